import {
  type CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  type FilteredLogEvent,
  FilterLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsClients,
  callTool,
  connectMcpServer,
  emulatorEnv,
  type McpSession,
  readAllPages,
} from './mcpSession.js';

interface LogEventOut {
  timestamp: string;
  message: string;
  eventId: string;
  logStreamName?: string;
}

let emulator: Emulator;
let session: McpSession;
let logs: CloudWatchLogsClient;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo' });
  // The endpoint comes from the environment here; other suites pass --endpoint.
  session = await connectMcpServer({
    env: { ...emulatorEnv(emulator), AWS_ENDPOINT_URL: emulator.url },
  });
  logs = awsClients(emulator).logs;
});
afterAll(async () => {
  await session.close();
  logs.destroy();
  await emulator.close();
});

/** Every event FilterLogEvents gives for the window, read with the AWS SDK. */
async function sdkEvents(input: {
  logGroupName: string;
  filterPattern?: string;
  startTime: string;
  endTime: string;
}): Promise<FilteredLogEvent[]> {
  const events: FilteredLogEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: input.logGroupName,
        filterPattern: input.filterPattern,
        startTime: Date.parse(input.startTime),
        endTime: Date.parse(input.endTime),
        nextToken,
      }),
    );
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
}

describe('list_log_groups', () => {
  it('lists the log groups DescribeLogGroups has, with their details', async () => {
    const expected = (await logs.send(new DescribeLogGroupsCommand({}))).logGroups ?? [];
    const result = await callTool<{ logGroups: Record<string, unknown>[] }>(
      session,
      'list_log_groups',
      {},
    );
    expect(result.logGroups).toEqual(
      expected.map((group) => ({
        logGroupName: group.logGroupName,
        arn: group.arn,
        creationTime: new Date(group.creationTime!).toISOString(),
        ...(group.retentionInDays ? { retentionInDays: group.retentionInDays } : {}),
        storedBytes: group.storedBytes,
        logGroupClass: group.logGroupClass,
      })),
    );
    expect(result).not.toHaveProperty('nextToken');
  });

  it('pages by limit and by maxBytes without losing or repeating a group', async () => {
    const expected = ((await logs.send(new DescribeLogGroupsCommand({}))).logGroups ?? []).map(
      (group) => group.logGroupName,
    );
    for (const args of [{ limit: 1 }, { maxBytes: 400 }, { limit: 3, maxBytes: 500 }]) {
      const pages = await readAllPages(session, 'list_log_groups', args);
      const names = pages.flatMap((page) =>
        (page.logGroups as { logGroupName: string }[]).map((group) => group.logGroupName),
      );
      expect({ args, names }).toEqual({ args, names: expected });
      expect(pages.length).toBeGreaterThan(1);
    }
    const byBytes = await callTool(session, 'list_log_groups', { maxBytes: 400 });
    expect(byBytes.truncated).toBe(true);
    expect(byBytes.nextToken).toMatch(/^cwmcp1\./);
  });

  it('filters by name prefix', async () => {
    const result = await callTool<{ logGroups: { logGroupName: string }[] }>(
      session,
      'list_log_groups',
      { namePrefix: '/aws/lambda/' },
    );
    expect(result.logGroups.map((group) => group.logGroupName)).toEqual([
      '/aws/lambda/checkout-api',
      '/aws/lambda/inventory-sync',
    ]);
  });
});

describe('filter_log_events', () => {
  const endTime = new Date(Date.now() - 60_000).toISOString();
  const startTime = new Date(Date.parse(endTime) - 2 * 3_600_000).toISOString();

  it('returns the events FilterLogEvents matches in the window, oldest first', async () => {
    const query = {
      logGroupName: '/ecs/payments',
      filterPattern: '"connection pool exhausted"',
      startTime,
      endTime,
    };
    const expected = await sdkEvents(query);
    expect(expected.length).toBeGreaterThan(5);

    const result = await callTool<{ events: LogEventOut[]; startTime: string; endTime: string }>(
      session,
      'filter_log_events',
      {
        ...query,
        start: startTime,
        end: endTime,
        startTime: undefined,
        endTime: undefined,
        limit: 10_000,
      },
    );
    expect(result.startTime).toBe(startTime);
    expect(result.endTime).toBe(endTime);
    expect(result.events.map((event) => event.eventId)).toEqual(expected.map((e) => e.eventId));
    expect(result.events[0]).toEqual({
      timestamp: new Date(expected[0]!.timestamp!).toISOString(),
      ingestionTime: new Date(expected[0]!.ingestionTime!).toISOString(),
      logStreamName: expected[0]!.logStreamName,
      message: expected[0]!.message,
      eventId: expected[0]!.eventId,
    });
  });

  it('pages through a window with nextToken, the window of the first call kept', async () => {
    const args = {
      logGroupName: '/aws/lambda/checkout-api',
      start: '3h',
      limit: 40,
      maxBytes: 4_000,
    };
    const pages = await readAllPages(session, 'filter_log_events', args);
    const window = { startTime: pages[0]!.startTime, endTime: pages[0]!.endTime };
    for (const page of pages) expect(page).toMatchObject(window);

    const expected = await sdkEvents({
      logGroupName: args.logGroupName,
      startTime: window.startTime as string,
      endTime: window.endTime as string,
    });
    const eventIds = pages.flatMap((page) =>
      (page.events as LogEventOut[]).map((event) => event.eventId),
    );
    expect(eventIds).toEqual(expected.map((event) => event.eventId));
    expect(pages.some((page) => page.truncated === true)).toBe(true);
    expect(pages.slice(0, -1).every((page) => typeof page.nextToken === 'string')).toBe(true);
  });
});

describe('recent_log_events', () => {
  const at = (ms: number) => new Date(Date.now() - ms).toISOString();
  const seed = (logGroupName: string, events: [number, string][]) =>
    emulator.seed({
      data: {
        events: events.map(([agoMs, message]) => ({
          logGroupName,
          logStreamName: 'web-1',
          timestamp: at(agoMs),
          message,
        })),
      },
    });
  const messages = (result: { events: LogEventOut[] }) => result.events.map((e) => e.message);

  it('returns the last minutes, then with followToken only what arrived since, once', async () => {
    const group = '/test/recent';
    await seed(group, [
      [30 * 60_000, 'too old'],
      [8 * 60_000, 'a'],
      [5 * 60_000, 'b'],
      [60_000, 'c'],
    ]);
    const first = await callTool<{ events: LogEventOut[]; followToken: string }>(
      session,
      'recent_log_events',
      { logGroupName: group, minutes: 10 },
    );
    expect(messages(first)).toEqual(['a', 'b', 'c']);
    expect(first).not.toHaveProperty('truncated');

    const nothingNew = await callTool<{ events: LogEventOut[]; followToken: string }>(
      session,
      'recent_log_events',
      { logGroupName: group, followToken: first.followToken },
    );
    expect(messages(nothingNew)).toEqual([]);

    // A new event, and one that shows up late with a timestamp 20 s in the past.
    await seed(group, [
      [20_000, 'late'],
      [1_000, 'd'],
    ]);
    const next = await callTool<{ events: LogEventOut[]; followToken: string }>(
      session,
      'recent_log_events',
      { logGroupName: group, followToken: nothingNew.followToken },
    );
    expect(messages(next)).toEqual(['late', 'd']);

    const again = await callTool<{ events: LogEventOut[] }>(session, 'recent_log_events', {
      logGroupName: group,
      followToken: next.followToken,
    });
    expect(messages(again)).toEqual([]);
  });

  it('keeps the newest events under limit, and says how to read the ones left out', async () => {
    const group = '/test/busy';
    await seed(
      group,
      Array.from({ length: 10 }, (_, index): [number, string] => [
        (10 - index) * 50_000,
        `event ${index}`,
      ]),
    );
    const result = await callTool<{
      events: LogEventOut[];
      omittedEvents: number;
      nextToken: string;
      truncated: true;
    }>(session, 'recent_log_events', { logGroupName: group, limit: 3 });
    expect(messages(result)).toEqual(['event 7', 'event 8', 'event 9']);
    expect(result).toMatchObject({ truncated: true, omittedEvents: 7 });

    const older = await callTool<{ events: LogEventOut[] }>(session, 'filter_log_events', {
      logGroupName: group,
      nextToken: result.nextToken,
    });
    // The boundary millisecond is read again: the oldest event returned may come twice.
    expect(messages(older).filter((message) => message !== 'event 7')).toEqual(
      Array.from({ length: 7 }, (_, index) => `event ${index}`),
    );
  });

  it('filters with a pattern', async () => {
    const result = await callTool<{ events: LogEventOut[] }>(session, 'recent_log_events', {
      logGroupName: '/test/recent',
      filterPattern: 'late',
      minutes: 5,
    });
    expect(messages(result)).toEqual(['late']);
  });
});

describe('stderr', () => {
  it('holds only the start line after AWS calls: no SDK warning, no other output', async () => {
    await callTool(session, 'list_log_groups', { limit: 1 });
    expect(session.stderr()).toBe(
      'cloudwatch-mcp: serving 11 tools on stdio (auth sdk, region us-east-1)\n',
    );
  });
});
