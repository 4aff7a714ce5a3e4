import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorEnv, runCli } from './cli-process.js';

let emulator: Emulator;
let throttling: Emulator;
let failing: Emulator;

beforeAll(async () => {
  [emulator, throttling, failing] = await Promise.all([
    startEmulator({ seed: 'demo' }),
    startEmulator({ seed: 'none', faults: { throttleEvery: 1 } }),
    startEmulator({ seed: 'none', faults: { errorEvery: 1, errorStatus: 500 } }),
  ]);
});
afterAll(async () => {
  await Promise.all([emulator?.close(), throttling?.close(), failing?.close()]);
});

function expectOneErrorLine(stderr: string) {
  expect(stderr.endsWith('\n')).toBe(true);
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const { error } = JSON.parse(lines[0] ?? '');
  expect(error).toEqual(
    expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
  );
  expect('hint' in error).toBe(true);
  expect(stderr).not.toMatch(/\n\s+at /);
  return error as { code: string; message: string; hint: string | null };
}

describe('bad arguments', () => {
  it.each([
    // [arguments, error code, exit code, the message names]
    [['filter-log-events', '/ecs/payments', '-s', 'yesterday'], 'E_TIME', 2, 'yesterday'],
    [['filter-log-events', '/ecs/payments', '-s', '1h', '-e', '2h'], 'E_TIME', 2, 'not before'],
    [
      ['query', 'fields @message', '-g', '/ecs/payments', '-e', '1999-13-01'],
      'E_TIME',
      2,
      '1999-13-01',
    ],
    [['get-metric-data', 'AWS/Lambda', 'Errors', '-d', '{FunctionName:x}'], 'E_INPUT', 2, 'JSON'],
    [['get-metric-data', 'AWS/Lambda', 'Errors', '-d', '["x"]'], 'E_INPUT', 2, 'dimensions'],
    [['list-metrics', '-d', '{"FunctionName":5}'], 'E_INPUT', 2, 'FunctionName'],
    [['get-metric-data', 'AWS/Lambda', 'Errors', '--stat', 'Median'], 'E_INPUT', 2, 'Median'],
    [['get-metric-data', 'AWS/Lambda', 'Errors', '--period', '45'], 'E_INPUT', 2, '45'],
    [['describe-alarms', '--state', 'BROKEN'], 'E_INPUT', 2, 'BROKEN'],
    [['get-alarm-history', '-t', 'Nonsense'], 'E_INPUT', 2, 'Nonsense'],
    [['list-log-groups', '-n', '500'], 'E_INPUT', 2, '500'],
    [['list-log-groups', '-n', 'ten'], 'E_INPUT', 2, 'ten'],
    [['filter-log-events', '/ecs/payments', '-n', '0'], 'E_INPUT', 2, 'limit'],
    [['describe-alarms', '-n', '101'], 'E_INPUT', 2, '101'],
    [['list-log-groups', '--auth', 'magic'], 'E_INPUT', 2, 'magic'],
    [['list-log-groups', '--endpoint', 'ftp://example.com'], 'E_INPUT', 2, 'ftp://'],
    [['filter-log-events', '/does/not/exist'], 'E_NOT_FOUND', 4, 'log group does not exist'],
    [['tail', '/does/not/exist', '--follow'], 'E_NOT_FOUND', 4, 'log group does not exist'],
    [['filter-log-events'], 'E_MISSING_ARGUMENT', 2, 'GROUP'],
    [['start-query', 'fields @message'], 'E_MISSING_ARGUMENT', 2, '--group'],
    [['filter-log-events', '/ecs/payments', '--all', '-n', '5'], 'E_USAGE', 2, '--all'],
    [['list-log-groups', '--prefx', '/aws'], 'E_UNKNOWN_OPTION', 2, '--prefx'],
    [['list-log-groups', 'extra'], 'E_USAGE', 2, 'extra'],
    [['lst-log-groups'], 'E_UNKNOWN_COMMAND', 2, 'lst-log-groups'],
    [[], 'E_NO_COMMAND', 2, 'no command'],
    [['list-log-groups', '--output', 'xml'], 'E_INVALID_ARGUMENT', 2, 'xml'],
    [['list-log-groups', '--max-items', '-3'], 'E_INVALID_ARGUMENT', 2, '-3'],
    [['list-log-groups', '--next-token', 'kl1~garbage'], 'E_INVALID_ARGUMENT', 2, 'kl1~garbage'],
    [
      ['query', 'fields @message', '-g', 'x', '--wait-timeout', 'soon'],
      'E_INVALID_ARGUMENT',
      2,
      'soon',
    ],
  ])('%j → %s, exit %i', async (args, code, exitCode, named) => {
    const connection = [
      ...(args.includes('--endpoint') ? [] : ['--endpoint', emulator.url]),
      ...(args.includes('--auth') ? [] : ['--auth', 'sdk']),
    ];
    const run = await runCli([...args, ...connection], { env: emulatorEnv(emulator) });
    const error = expectOneErrorLine(run.stderr);
    expect({ code: error.code, status: run.status }).toEqual({ code, status: exitCode });
    expect(error.message).toContain(named);
    expect(run.stdout).toBe('');
  });

  it('a wrong secret key is an auth failure, exit 3', async () => {
    const env = { ...emulatorEnv(emulator), AWS_SECRET_ACCESS_KEY: 'not-the-secret' };
    const run = await runCli(['list-log-groups', '--endpoint', emulator.url, '--auth', 'sdk'], {
      env,
    });
    expect({ code: expectOneErrorLine(run.stderr).code, status: run.status }).toEqual({
      code: 'E_AUTH',
      status: 3,
    });
  });

  it('placeholder keys sent straight to AWS (no iron-proxy): refused, exit 3, a hint', async () => {
    const run = await runCli(['list-log-groups', '--endpoint', emulator.url, '--auth', 'proxy'], {
      env: emulatorEnv(emulator),
    });
    const error = expectOneErrorLine(run.stderr);
    expect({ code: error.code, status: run.status }).toEqual({ code: 'E_AUTH', status: 3 });
    expect(error.message + (error.hint ?? '')).toMatch(/placeholder|iron-proxy/i);
  });

  it('throttling that outlasts the retries exits 5', async () => {
    const run = await runCli(['describe-alarms', '--endpoint', throttling.url, '--auth', 'sdk'], {
      env: emulatorEnv(throttling),
    });
    const error = expectOneErrorLine(run.stderr);
    expect({ code: error.code, status: run.status }).toEqual({ code: 'E_THROTTLED', status: 5 });
  });

  it('an AWS server error exits 1', async () => {
    const run = await runCli(['list-log-groups', '--endpoint', failing.url, '--auth', 'sdk'], {
      env: emulatorEnv(failing),
    });
    const error = expectOneErrorLine(run.stderr);
    expect({ code: error.code, status: run.status }).toEqual({ code: 'E_AWS', status: 1 });
  });

  it('--debug adds the stack trace after the JSON line', async () => {
    const run = await runCli(['describe-alarms', '--state', 'BROKEN', '--debug'], {
      env: emulatorEnv(emulator),
    });
    const [line, ...rest] = run.stderr.trimEnd().split('\n');
    expect(JSON.parse(line ?? '').error.code).toBe('E_INPUT');
    expect(rest.join('\n')).toMatch(/Error: describeAlarms[\s\S]*\n\s+at /);
  });
});
