import {
  type CloudWatchLogsClient,
  DescribeQueriesCommand,
  GetLogRecordCommand,
  GetQueryResultsCommand,
  type GetQueryResultsCommandOutput,
  PutLogEventsCommand,
  StartQueryCommand,
  StopQueryCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { createLogGroup } from './emulator-fixture.js';
import { failure, logsClient } from './sdk-clients.js';

const GROUP = '/app/orders';
const now = Date.now();
const seconds = (ms: number) => Math.floor(ms / 1000);
const levels = ['INFO', 'INFO', 'ERROR', 'INFO', 'WARN', 'ERROR', 'INFO'];

let fast: Emulator;
let slow: Emulator;
let fastLogs: CloudWatchLogsClient;
let slowLogs: CloudWatchLogsClient;

async function load(logs: CloudWatchLogsClient) {
  await createLogGroup(logs, GROUP, ['web-1']);
  await logs.send(
    new PutLogEventsCommand({
      logGroupName: GROUP,
      logStreamName: 'web-1',
      logEvents: levels.map((level, i) => ({
        timestamp: now - (levels.length - i) * 60_000,
        message: JSON.stringify({ level, orderId: `o-${i}`, latencyMs: 100 * (i + 1) }),
      })),
    }),
  );
}

beforeAll(async () => {
  [fast, slow] = await Promise.all([
    startEmulator({ insights: { runTimeMs: 50 } }),
    startEmulator({ insights: { runTimeMs: 60_000, maxConcurrentQueries: 1 } }),
  ]);
  fastLogs = logsClient(fast);
  slowLogs = logsClient(slow);
  await Promise.all([load(fastLogs), load(slowLogs)]);
});
afterAll(async () => {
  await Promise.all([fast?.close(), slow?.close()]);
});

const window = { startTime: seconds(now - 3_600_000), endTime: seconds(now) + 1 };

async function start(logs: CloudWatchLogsClient, queryString: string) {
  const { queryId } = await logs.send(
    new StartQueryCommand({ logGroupName: GROUP, queryString, ...window }),
  );
  return queryId as string;
}

async function waitForResults(queryId: string): Promise<GetQueryResultsCommandOutput> {
  for (;;) {
    const output = await fastLogs.send(new GetQueryResultsCommand({ queryId }));
    if (output.status !== 'Scheduled' && output.status !== 'Running') return output;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const rowsOf = (output: GetQueryResultsCommandOutput) =>
  (output.results ?? []).map((row) =>
    Object.fromEntries(row.filter((f) => f.field !== '@ptr').map((f) => [f.field, f.value])),
  );

describe('Logs Insights through the SDK', () => {
  it('runs a stats query to Complete, with rows and statistics', async () => {
    const queryId = await start(fastLogs, 'stats count(*) as n by level | sort n desc');
    const output = await waitForResults(queryId);

    expect(output.status).toBe('Complete');
    expect(rowsOf(output)).toEqual([
      { level: 'INFO', n: '4' },
      { level: 'ERROR', n: '2' },
      { level: 'WARN', n: '1' },
    ]);
    expect(output.statistics).toEqual({
      recordsMatched: 7,
      recordsScanned: 7,
      bytesScanned: expect.any(Number),
    });
  });

  it('returns a @ptr per row that GetLogRecord resolves to the whole event', async () => {
    const queryId = await start(fastLogs, 'filter level = "WARN" | fields orderId');
    const output = await waitForResults(queryId);
    const pointer = output.results?.[0]?.find((f) => f.field === '@ptr')?.value;

    const { logRecord } = await fastLogs.send(
      new GetLogRecordCommand({ logRecordPointer: pointer }),
    );
    expect(logRecord).toMatchObject({ '@logStream': 'web-1', orderId: 'o-4', level: 'WARN' });
  });

  it('stops a running query; stopping it again reports no success', async () => {
    const queryId = await start(slowLogs, 'fields @message');
    expect((await slowLogs.send(new GetQueryResultsCommand({ queryId }))).status).toMatch(
      /Scheduled|Running/,
    );

    expect(await slowLogs.send(new StopQueryCommand({ queryId }))).toMatchObject({ success: true });
    expect((await slowLogs.send(new GetQueryResultsCommand({ queryId }))).status).toBe('Cancelled');
    expect(await slowLogs.send(new StopQueryCommand({ queryId }))).toMatchObject({
      success: false,
    });
    const { queries } = await slowLogs.send(new DescribeQueriesCommand({ logGroupName: GROUP }));
    expect(queries?.find((q) => q.queryId === queryId)?.status).toBe('Cancelled');
  });

  it('answers LimitExceededException past the concurrency limit', async () => {
    const running = await start(slowLogs, 'fields @message');
    const error = await failure(start(slowLogs, 'fields @message'));
    expect(error.name).toBe('LimitExceededException');
    await slowLogs.send(new StopQueryCommand({ queryId: running }));
  });

  it.each([
    ['a syntax error', GROUP, 'stats count(* by level', 'MalformedQueryException'],
    ['an unknown command', GROUP, 'frobnicate @message', 'MalformedQueryException'],
    ['an unknown log group', '/no/such/group', 'fields @message', 'ResourceNotFoundException'],
  ])('refuses %s', async (_, logGroupName, queryString, name) => {
    const error = await failure(
      fastLogs.send(new StartQueryCommand({ logGroupName, queryString, ...window })),
    );
    expect(error.name).toBe(name);
  });

  it('says where a malformed query fails, in the message and in queryCompileError', async () => {
    const error = (await failure(start(fastLogs, 'fields @message | sort'))) as unknown as {
      message: string;
      queryCompileError?: { location: Record<string, number> };
    };
    expect(error.message).toMatch(/line 1, column \d+/);
    expect(error.queryCompileError?.location).toEqual({ startCharOffset: 22, endCharOffset: 22 });
  });
});
