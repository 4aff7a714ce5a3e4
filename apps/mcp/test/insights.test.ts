import {
  type CloudWatchLogsClient,
  DescribeQueriesCommand,
  FilterLogEventsCommand,
  GetQueryResultsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsClients,
  callTool,
  connectMcpServer,
  emulatorEnv,
  type McpSession,
  readAllPages,
} from './mcpSession.js';

interface Server {
  emulator: Emulator;
  session: McpSession;
  logs: CloudWatchLogsClient;
}

// Queries answer at once on `fast`; on `slow` each runs ten seconds, long enough to cancel.
let fast: Server;
let slow: Server;

async function startServer(runTimeMs: number): Promise<Server> {
  const emulator = await startEmulator({
    seed: 'demo',
    insights: { runTimeMs, maxConcurrentQueries: 20 },
  });
  const session = await connectMcpServer({
    args: ['--endpoint', emulator.url],
    env: emulatorEnv(emulator),
  });
  return { emulator, session, logs: awsClients(emulator).logs };
}

async function stopServer(server: Server | undefined) {
  await server?.session.close();
  server?.logs.destroy();
  await server?.emulator.close();
}

beforeAll(async () => {
  [fast, slow] = await Promise.all([startServer(200), startServer(10_000)]);
});
afterAll(async () => {
  await Promise.all([stopServer(fast), stopServer(slow)]);
});

const endTime = new Date().toISOString();
const startTime = new Date(Date.parse(endTime) - 2 * 3_600_000).toISOString();
const window = { start: startTime, end: endTime };
const payments = ['/ecs/payments'];

/** The status Logs Insights reports for the query with this text, read with the AWS SDK. */
async function statusOf(server: Server, queryString: string): Promise<string | undefined> {
  const { queries } = await server.logs.send(new DescribeQueriesCommand({}));
  return queries?.find((query) => query.queryString === queryString)?.status;
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 8_000) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

async function sdkRows(server: Server, queryId: string) {
  const output = await server.logs.send(new GetQueryResultsCommand({ queryId }));
  return (output.results ?? []).map((fields) =>
    Object.fromEntries(
      fields.filter((f) => f.field !== '@ptr').map((f) => [f.field!, f.value ?? '']),
    ),
  );
}

describe('query (start and wait)', () => {
  it('returns the rows of the finished query: a count FilterLogEvents agrees with', async () => {
    let expected = 0;
    let nextToken: string | undefined;
    do {
      const page = await fast.logs.send(
        new FilterLogEventsCommand({
          logGroupName: '/ecs/payments',
          filterPattern: '"connection pool exhausted"',
          startTime: Date.parse(startTime),
          endTime: Date.parse(endTime),
          nextToken,
        }),
      );
      expected += page.events?.length ?? 0;
      nextToken = page.nextToken;
    } while (nextToken);
    expect(expected).toBeGreaterThan(5);

    const result = await callTool(fast.session, 'query', {
      logGroupNames: payments,
      queryString: 'filter @message like /connection pool exhausted/ | stats count(*) as events',
      ...window,
    });
    expect(result).toMatchObject({ status: 'Complete', rows: [{ events: String(expected) }] });
    expect(result).not.toHaveProperty('stoppedBy');
  });

  it('caps rows, and get_query_results reads on from its nextToken', async () => {
    const queryString = 'fields @timestamp, @message | sort @timestamp asc | limit 30';
    const first = await callTool(fast.session, 'query', {
      logGroupNames: payments,
      queryString,
      ...window,
      maxItems: 12,
    });
    expect(first).toMatchObject({ status: 'Complete', truncated: true });
    const queryId = first.queryId as string;
    const rest = await readAllPages(fast.session, 'get_query_results', {
      queryId,
      nextToken: first.nextToken,
      maxItems: 12,
    });
    const rows = [first, ...rest].flatMap((page) => page.rows as unknown[]);
    expect(rows).toEqual(await sdkRows(fast, queryId));
    expect(rows).toHaveLength(30);
  });
});

describe('start_query, get_query_results, stop_query', () => {
  it('starts a query and reads the same rows GetQueryResults gives', async () => {
    const started = await callTool(fast.session, 'start_query', {
      logGroupNames: ['/aws/lambda/checkout-api', '/ecs/payments'],
      queryString: 'filter @message like /ERROR/ | stats count(*) as errors by @logStream',
      ...window,
    });
    expect(started).toMatchObject({ queryId: expect.any(String), startTime, endTime });
    const queryId = started.queryId as string;

    const done = await waitFor(
      () => callTool(fast.session, 'get_query_results', { queryId }),
      (result) => result.status === 'Complete',
    );
    expect(done.status).toBe('Complete');
    expect(done.rows).toEqual(await sdkRows(fast, queryId));
    expect((done.rows as unknown[]).length).toBeGreaterThan(0);
  });

  it('stops a running query in Logs Insights', async () => {
    const queryString = 'fields @message | limit 1 | display @message';
    const { queryId } = await callTool(slow.session, 'start_query', {
      logGroupNames: payments,
      queryString,
    });
    expect(await statusOf(slow, queryString)).toMatch(/^(Scheduled|Running)$/);
    expect(await callTool(slow.session, 'stop_query', { queryId })).toEqual({
      queryId,
      success: true,
    });
    expect(await statusOf(slow, queryString)).toBe('Cancelled');
  });
});

describe('a long query', () => {
  it('sends progress, and a cancelled request stops the query in Logs Insights', async () => {
    const queryString = 'fields @message | filter @message like /cancel me/';
    const progress: Progress[] = [];
    const controller = new AbortController();
    const call = slow.session.client.callTool(
      { name: 'query', arguments: { logGroupNames: payments, queryString } },
      undefined,
      {
        signal: controller.signal,
        onprogress: (notice) => {
          progress.push(notice);
          if (progress.length === 2) controller.abort('the agent moved on');
        },
      },
    );
    await expect(call).rejects.toThrow();
    expect(progress.map((notice) => notice.progress)).toEqual([1, 2]);
    expect(progress[0]).toMatchObject({
      total: 60,
      // What the last GetQueryResults said, as the emulator reports it.
      message: expect.stringMatching(
        /^Logs Insights query (Scheduled|Running), \d+ records scanned: 1 s$/,
      ),
    });

    const status = await waitFor(
      () => statusOf(slow, queryString),
      (value) => value === 'Cancelled',
    );
    expect(status).toBe('Cancelled');
  });

  it('does not hold up other calls while it runs', async () => {
    const queryString = 'fields @message | filter @message like /still running/';
    const controller = new AbortController();
    let settled = false;
    const call = slow.session.client
      .callTool({ name: 'query', arguments: { logGroupNames: payments, queryString } }, undefined, {
        signal: controller.signal,
      })
      .catch(() => undefined)
      .finally(() => {
        settled = true;
      });
    await waitFor(
      () => statusOf(slow, queryString),
      (value) => value === 'Running',
    );

    const groups = await callTool(slow.session, 'list_log_groups', {});
    expect((groups.logGroups as unknown[]).length).toBe(4);
    expect(settled).toBe(false);
    controller.abort();
    await call;
  });

  it('stops the query and returns what it has when timeoutSeconds passes', async () => {
    const queryString = 'fields @message | filter @message like /too slow/';
    const result = await callTool(slow.session, 'query', {
      logGroupNames: payments,
      queryString,
      timeoutSeconds: 1,
    });
    expect(result).toMatchObject({
      status: 'Timeout',
      stoppedBy: 'timeout',
      warning: expect.stringMatching(/did not finish within 1 s/),
    });
    expect(await statusOf(slow, queryString)).toBe('Cancelled');
  });

  it('is stopped when the client goes away while it runs', async () => {
    const session = await connectMcpServer({
      args: ['--endpoint', slow.emulator.url],
      env: emulatorEnv(slow.emulator),
    });
    const queryString = 'fields @message | filter @message like /client gone/';
    session.client
      .callTool({ name: 'query', arguments: { logGroupNames: payments, queryString } })
      .catch(() => undefined);
    await waitFor(
      () => statusOf(slow, queryString),
      (value) => value === 'Running',
    );
    await session.close();
    expect(await statusOf(slow, queryString)).toBe('Cancelled');
  });
});
