import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { logsClient } from './sdk-clients.js';

const CLI = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

interface Ready {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  auth: boolean;
  caCertPath?: string;
}

function run(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  const ready = new Promise<Ready>((resolve, reject) => {
    child.stdout.on('data', () => {
      const line = stdout.split('\n')[0];
      if (!stdout.includes('\n') || !line) return;
      try {
        resolve(JSON.parse(line) as Ready);
      } catch (error) {
        reject(error);
      }
    });
    exited.then(() => reject(new Error(`exited before it was ready: ${stderr}`)));
  });
  // Runs that are expected to fail never become ready; nobody awaits their rejection.
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

async function stop(child: ChildProcess, signal: NodeJS.Signals) {
  child.kill(signal);
  return once(child, 'exit');
}

function asEmulator(ready: Ready): Emulator {
  return {
    url: ready.endpoint,
    credentials: { accessKeyId: ready.accessKeyId, secretAccessKey: ready.secretAccessKey },
  } as Emulator;
}

describe('cloudwatch-emulator bin', () => {
  it('prints its endpoint and key pair as one JSON line and stops cleanly on SIGTERM', async () => {
    const cli = run(['--seed', 'demo']);
    const ready = await cli.ready;
    expect(ready).toEqual({
      endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      region: 'us-east-1',
      accessKeyId: 'AKIAEMULATORLOCAL000',
      secretAccessKey: 'emulator-local-secret-for-tests-only',
      auth: true,
    });
    const { logGroups } = await logsClient(asEmulator(ready)).send(
      new DescribeLogGroupsCommand({}),
    );
    expect(logGroups!.map((g) => g.logGroupName)).toContain('/ecs/payments');

    const [code] = await stop(cli.child, 'SIGTERM');
    expect(code).toBe(0);
    expect(cli.output().stderr).toContain('stopped');
    expect(cli.output().stdout.trim().split('\n')).toHaveLength(1);
  });

  it('serves TLS without auth on a given key pair, prints the CA path; SIGINT stops', async () => {
    const cli = run([
      '--tls',
      '--no-auth',
      '--seed',
      'generate:events=100,groups=2,streams=1,seed=1',
      '--access-key-id',
      'AKIACUSTOM',
      '--secret-access-key',
      'custom-secret',
    ]);
    const ready = await cli.ready;
    expect(ready.endpoint).toMatch(/^https:/);
    expect(ready).toMatchObject({
      auth: false,
      accessKeyId: 'AKIACUSTOM',
      secretAccessKey: 'custom-secret',
    });
    expect(existsSync(ready.caCertPath!)).toBe(true);
    const [code] = await stop(cli.child, 'SIGINT');
    expect(code).toBe(0);
    expect(existsSync(ready.caCertPath!)).toBe(false);
  });

  it.each([
    [['--port', 'abc'], 2, "--port: expected a non-negative integer, got 'abc'"],
    [['--bogus'], 2, "Unknown option '--bogus'"],
    [['--access-key-id', 'A'], 2, '--access-key-id and --secret-access-key go together'],
    [['--seed', 'generate:events=x'], 2, "cannot read 'events=x'"],
    [['--seed', '/no/such/seed.json'], 1, 'cannot read the seed file (ENOENT) (E_SEED)'],
  ])('%j exits %i with a message and no stack trace', async (args, expectedCode, message) => {
    const cli = run(args);
    const { code } = await cli.exited;
    expect(code).toBe(expectedCode);
    expect(cli.output().stderr).toContain(message);
    expect(cli.output().stderr).not.toMatch(/\n\s+at /);
    expect(cli.output().stdout).toBe('');
  });

  it('prints usage for --help', async () => {
    const cli = run(['--help']);
    const { code } = await cli.exited;
    expect(code).toBe(0);
    expect(cli.output().stdout).toContain('Usage: cloudwatch-emulator');
  });
});
