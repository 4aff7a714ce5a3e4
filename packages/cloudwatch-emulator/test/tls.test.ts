import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent, get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.js';
import { startFileEmulator } from './emulator-fixture.js';
import { failure, logsClient } from './sdk-clients.js';

const { emulator } = await startFileEmulator({ tls: true });

function httpsGet(url: string, ca: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('TLS with a generated CA', () => {
  it('serves HTTPS and writes the CA it generated', async () => {
    expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.caCertPem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(await readFile(emulator.caCertPath!, 'utf8')).toBe(emulator.caCertPem);
  });

  it('is trusted by the SDK given the CA, and refused without it', async () => {
    const trusting = logsClient(emulator, {
      requestHandler: { httpsAgent: new Agent({ ca: emulator.caCertPem }) },
    });
    const result = await trusting.send(new DescribeLogGroupsCommand({}));
    expect(result.$metadata.httpStatusCode).toBe(200);

    const error = await failure(logsClient(emulator).send(new DescribeLogGroupsCommand({})));
    expect(`${(error as { code?: string }).code} ${error.message}`).toMatch(
      /SELF_SIGNED|self.signed|UNABLE_TO_VERIFY/i,
    );
  });

  it('names localhost and 127.0.0.1 in the server certificate', async () => {
    const port = new URL(emulator.url).port;
    const ca = emulator.caCertPem!;
    expect(await httpsGet(`https://localhost:${port}/__emulator/health`, ca)).toBe(200);
    expect(await httpsGet(`https://127.0.0.1:${port}/__emulator/health`, ca)).toBe(200);
  });

  it('removes its temporary CA on close, and reuses a CA kept in a directory', async () => {
    const once = await startEmulator({ tls: true });
    const path = once.caCertPath!;
    expect(existsSync(path)).toBe(true);
    await once.close();
    expect(existsSync(path)).toBe(false);

    const dir = await mkdtemp(join(tmpdir(), 'emulator-ca-'));
    try {
      const first = await startEmulator({ tls: { dir } });
      await first.close();
      const second = await startEmulator({ tls: { dir } });
      await second.close();
      expect(second.caCertPem).toBe(first.caCertPem);
      expect(second.caCertPath).toBe(join(dir, 'ca.pem'));
      expect(existsSync(join(dir, 'ca.pem'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
