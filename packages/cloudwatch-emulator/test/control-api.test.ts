import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeLogGroupsCommand, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultOptions, RequestLogEntry } from '../src/index.js';
import { startFileEmulator } from './emulator-fixture.js';
import { rawRequest } from './raw-http.js';
import { logsClient } from './sdk-clients.js';

const { emulator } = await startFileEmulator();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emulator-control-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => emulator.reset());

/** The JSON bodies the control API answers with. */
interface ControlBody {
  status?: string;
  logGroups?: number;
  logEvents?: number;
  reset?: boolean;
  loaded?: { logGroups: number; logEvents: number };
  requests?: RequestLogEntry[];
  faults?: FaultOptions;
  error?: { code: string; message: string };
}

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulator.url}/__emulator/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ControlBody };
}

async function groupNames() {
  const { logGroups } = await logsClient(emulator).send(new DescribeLogGroupsCommand({}));
  return logGroups!.map((g) => g.logGroupName);
}

describe('control API', () => {
  it('reports health without a signature', async () => {
    const { status, body } = await control('GET', 'health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', logGroups: 0, logEvents: 0 });
  });

  it('loads the demo seed, then reset empties everything', async () => {
    const seeded = await control('POST', 'seed', 'demo');
    expect(seeded.status).toBe(200);
    expect(seeded.body.loaded!.logGroups).toBe(4);
    expect(seeded.body.loaded!.logEvents).toBeGreaterThan(5000);
    expect(await groupNames()).toContain('/aws/lambda/checkout-api');

    expect((await control('POST', 'reset')).body).toEqual({ reset: true });
    expect(await groupNames()).toEqual([]);
    expect((await control('GET', 'health')).body.logEvents).toBe(0);
  });

  it('loads generated, inline and file seeds', async () => {
    const generated = await control('POST', 'seed', {
      generate: { events: 300, groups: 3, streams: 2, seed: 5 },
    });
    expect(generated.body.loaded).toEqual({ logEvents: 300, logGroups: 3 });

    const inline = await control('POST', 'seed', {
      data: {
        events: [{ logGroupName: 'inline', logStreamName: 's', timestamp: '-5m', message: 'hi' }],
      },
    });
    expect(inline.body.loaded).toEqual({ logEvents: 1, logGroups: 4 });

    const file = join(dir, 'seed.ndjson');
    await writeFile(
      file,
      '{"logGroupName":"from-file","logStreamName":"s","timestamp":"now","message":"a"}\n',
    );
    const fromFile = await control('POST', 'seed', { file });
    expect(fromFile.body.loaded).toEqual({ logEvents: 1, logGroups: 5 });
  });

  it('answers 400 with a code and a message naming the bad part', async () => {
    const bad = await control('POST', 'seed', { generate: { events: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error!.code).toBe('E_SEED');
    expect(bad.body.error!.message).toContain('body.generate.events');

    const notJson = await fetch(`${emulator.url}/__emulator/seed`, {
      method: 'POST',
      body: 'demo',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as ControlBody).error?.code).toBe('E_INPUT');

    const unknown = await control('GET', 'nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error!.message).toContain('POST reset');
  });

  it('lists requests newest last, with raw headers in arrival order and spelling', async () => {
    await logsClient(emulator).send(new DescribeLogGroupsCommand({}));
    await rawRequest(emulator, {
      headers: [
        ['X-Zeta', 'first'],
        ['x-alpha', 'second'],
        ['X-Amz-Target', 'Logs_20140328.DescribeLogGroups'],
        ['X-Zeta', 'third'],
      ],
      body: '{}',
    });
    const { body } = await control('GET', 'requests?limit=1');
    expect(body.requests).toHaveLength(1);
    const [last] = body.requests!;
    expect(last!.rawHeaders.slice(1, 5)).toEqual([
      ['X-Zeta', 'first'],
      ['x-alpha', 'second'],
      ['X-Amz-Target', 'Logs_20140328.DescribeLogGroups'],
      ['X-Zeta', 'third'],
    ]);
    expect(last!).toMatchObject({
      method: 'POST',
      path: '/',
      status: 400,
      errorCode: 'MissingAuthenticationTokenException',
    });

    const all = await control('GET', 'requests');
    expect(all.body.requests!.map((r) => r.status)).toEqual([200, 400]);
    expect(all.body.requests![0]!.accessKeyId).toBe('AKIAEMULATORLOCAL000');
    expect(all.body.requests![0]!.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('sets faults that apply to AWS calls only', async () => {
    const set = await control('POST', 'faults', { throttleEvery: 1 });
    expect(set.body.faults).toEqual({ throttleEvery: 1 });
    const logs = logsClient(emulator);
    await expect(logs.send(new FilterLogEventsCommand({ logGroupName: 'x' }))).rejects.toThrow(
      'Rate exceeded',
    );
    expect((await control('GET', 'health')).status).toBe(200);
    const invalid = await control('POST', 'faults', { throttleEvery: 0 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error!.message).toContain('body.throttleEvery');
  });
});
