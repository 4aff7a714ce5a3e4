import { spawn } from 'node:child_process';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH, emulatorEnv } from './cli-process.js';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo' });
});
afterAll(async () => {
  await emulator?.close();
});

/** Runs `cloudwatch ARGS | head -1` in bash with pipefail, so the CLI's own exit status shows. */
function pipeToHead(args: string[]) {
  const quoted = [CLI_PATH, ...args, '--endpoint', emulator.url, '--auth', 'sdk']
    .map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`)
    .join(' ');
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      'bash',
      ['--norc', '--noprofile', '-c', `set -o pipefail; node ${quoted} | head -1`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH, ...emulatorEnv(emulator) },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('a reader that goes away', () => {
  it.each([
    [['filter-log-events', '/aws/apigateway/access', '-s', '1d', '--all', '--output', 'ndjson']],
    [['tail', '/aws/lambda/checkout-api', '-s', '1d']],
    [['tail', '/aws/lambda/checkout-api', '-s', '1d', '--follow']],
  ])('%j | head -1 exits 0 without a word on stderr', async (args) => {
    const run = await pipeToHead(args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('eventId');
  });
});

describe('tail --follow', () => {
  it('prints each event once and ends cleanly on SIGINT', async () => {
    const child = spawn(
      process.execPath,
      [
        CLI_PATH,
        'tail',
        '/aws/apigateway/access',
        '-s',
        '15m',
        '--follow',
        '--poll-interval',
        '500ms',
        '--endpoint',
        emulator.url,
        '--auth',
        'sdk',
      ],
      {
        env: { PATH: process.env.PATH, ...emulatorEnv(emulator) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // Let it poll a few times: the rereads of the look-back window must not repeat events.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    child.kill('SIGINT');
    const status = await new Promise((resolve) => child.on('close', resolve));

    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const events = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.length).toBeGreaterThan(3);
    expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length);
  });
});
