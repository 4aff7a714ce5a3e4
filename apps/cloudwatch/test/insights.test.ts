import { spawn } from 'node:child_process';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH, cliFor, emulatorEnv, runCli } from './cli-process.js';

let quick: Emulator;
// Queries on this one take 20 s on the server, so every stop seen there is one the CLI made.
let slow: Emulator;

beforeAll(async () => {
  [quick, slow] = await Promise.all([
    startEmulator({ seed: 'demo' }),
    startEmulator({ seed: 'demo', insights: { runTimeMs: 20_000 } }),
  ]);
});
afterAll(async () => {
  await Promise.all([quick?.close(), slow?.close()]);
});

const cloudwatch = (emulator: Emulator, args: string[]) => cliFor(emulator).json(args);

/** get-query-results, which warns on stderr while the query is still running. */
async function queryResults(emulator: Emulator, queryId: string) {
  const run = await runCli(
    ['get-query-results', queryId, '--endpoint', emulator.url, '--auth', 'sdk'],
    {
      env: emulatorEnv(emulator),
    },
  );
  expect(run.status).toBe(0);
  const output = JSON.parse(run.stdout);
  const running = output.status === 'Running' || output.status === 'Scheduled';
  expect(run.stderr).toBe(
    running ? `warning: query ${queryId} is ${output.status}; rows so far are partial\n` : '',
  );
  return output;
}

const statusOf = async (emulator: Emulator, queryId: string) =>
  (await queryResults(emulator, queryId)).status;

const stopQueryCalls = (emulator: Emulator) =>
  emulator.requests().filter((request) => request.target?.endsWith('.StopQuery')).length;

const COUNT_BY_5M = [
  'stats count(*) as events by bin(5m)',
  '-g',
  '/aws/lambda/checkout-api',
  '-s',
  '1h',
];

describe('Logs Insights', () => {
  it('query waits for the result and prints the rows', async () => {
    const output = await cloudwatch(quick, ['query', ...COUNT_BY_5M]);
    expect(output).toMatchObject({ status: 'Complete', queryId: expect.any(String) });
    expect(output.rows.length).toBeGreaterThan(5);
    for (const row of output.rows) expect(Number(row.events)).toBeGreaterThan(0);
  });

  it('start-query over two groups, then get-query-results on its id', async () => {
    const { queryId } = await cloudwatch(quick, [
      'start-query',
      'fields @timestamp, @message | filter @message like /ERROR/ | limit 5',
      '-g',
      '/ecs/payments',
      '-g',
      '/aws/lambda/checkout-api',
      '-s',
      '1h',
    ]);
    expect(queryId).toEqual(expect.any(String));

    let results = await queryResults(quick, queryId);
    for (let attempt = 0; attempt < 50 && results.status !== 'Complete'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      results = await queryResults(quick, queryId);
    }
    expect(results).toMatchObject({ queryId, status: 'Complete' });
    expect(results.rows).toHaveLength(5);
    for (const row of results.rows) expect(row['@message']).toContain('ERROR');
  });

  it('stop-query stops a running query', async () => {
    const { queryId } = await cloudwatch(slow, ['start-query', ...COUNT_BY_5M]);
    expect(await statusOf(slow, queryId)).toMatch(/^(Scheduled|Running)$/);

    expect(await cloudwatch(slow, ['stop-query', queryId])).toEqual({ queryId, success: true });
    expect(await statusOf(slow, queryId)).toBe('Cancelled');
  });

  it('query --wait-timeout stops the query on the server and exits 1 with a warning', async () => {
    const before = stopQueryCalls(slow);
    const run = await runCli(
      ['query', ...COUNT_BY_5M, '--wait-timeout', '1s', '--endpoint', slow.url, '--auth', 'sdk'],
      {
        env: emulatorEnv(slow),
      },
    );
    expect(run.status).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ status: 'Timeout', stoppedBy: 'timeout' });
    expect(run.stderr).toMatch(/did not finish within the wait timeout/);
    expect(stopQueryCalls(slow)).toBe(before + 1);
    expect(await statusOf(slow, output.queryId)).toBe('Cancelled');
  });

  it('Ctrl-C during query stops it on the server, prints what was read and exits 130', async () => {
    const child = spawn(
      process.execPath,
      [CLI_PATH, 'query', ...COUNT_BY_5M, '--endpoint', slow.url, '--auth', 'sdk'],
      {
        env: { PATH: process.env.PATH, ...emulatorEnv(slow) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    const closed = new Promise((resolve) => child.on('close', resolve));

    // Interrupt once the CLI is polling the running query.
    const polls = () =>
      slow.requests().filter((r) => r.target?.endsWith('.GetQueryResults')).length;
    const pollsBefore = polls();
    for (let attempt = 0; attempt < 200 && polls() === pollsBefore; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const stopsBefore = stopQueryCalls(slow);
    child.kill('SIGINT');

    expect(await closed).toBe(130);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({ status: 'Cancelled', stoppedBy: 'signal' });
    expect(stopQueryCalls(slow)).toBe(stopsBefore + 1);
    expect(await statusOf(slow, output.queryId)).toBe('Cancelled');
  }, 15_000);
});
