import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../src/index.js';
import { toolFor } from './fakeAwsFixture.js';

const event = (id: string, timestamp: number) => ({
  eventId: id,
  timestamp,
  ingestionTime: timestamp + 500,
  logStreamName: 'web-1',
  message: `event ${id}`,
});

describe('listLogGroups', () => {
  it('maps options to DescribeLogGroups and groups to JSON', async () => {
    const { tool, server } = await toolFor(() => ({
      body: {
        logGroups: [
          {
            logGroupName: '/app/web',
            arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/app/web:*',
            creationTime: 1714560000123,
            retentionInDays: 30,
            storedBytes: 2048,
            logGroupClass: 'STANDARD',
            metricFilterCount: 0,
          },
        ],
        nextToken: 'page-2',
      },
    }));

    const result = await tool.listLogGroups({ namePrefix: '/app', limit: 10 });

    expect(server.requests[0]!.body).toEqual({ logGroupNamePrefix: '/app', limit: 10 });
    expect(result).toEqual({
      logGroups: [
        {
          logGroupName: '/app/web',
          arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/app/web:*',
          creationTime: '2024-05-01T10:40:00.123Z',
          retentionInDays: 30,
          storedBytes: 2048,
          logGroupClass: 'STANDARD',
        },
      ],
      nextToken: 'page-2',
    });
  });

  it.each([0, 51, 2.5, '10'])('limit %j is E_INPUT before any request', async (limit) => {
    const { tool, server } = await toolFor(() => ({ body: {} }));
    const got = JSON.stringify(limit);
    await expect(tool.listLogGroups({ limit: limit as number })).rejects.toMatchObject({
      code: 'E_INPUT',
      message: `listLogGroups: limit must be an integer from 1 to 50, got ${got}.`,
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('filterLogEvents', () => {
  it('reads short and empty pages until the limit, and returns the token to go on', async () => {
    const pages = [
      { events: [event('a', 1000)], nextToken: 't1' },
      { events: [], nextToken: 't2' },
      { events: [event('b', 2000), event('c', 3000)], nextToken: 't3' },
    ];
    const { tool, server } = await toolFor(() => ({ body: pages.shift() ?? { events: [] } }));

    const result = await tool.filterLogEvents({
      logGroupName: '/app/web',
      filterPattern: 'ERROR',
      start: '2024-05-01T00:00:00Z',
      end: '2024-05-01T01:00:00Z',
      limit: 3,
    });

    expect(result.events.map((e) => e.eventId)).toEqual(['a', 'b', 'c']);
    expect(result.nextToken).toBe('t3');
    expect(result.events[0]).toEqual({
      eventId: 'a',
      timestamp: '1970-01-01T00:00:01.000Z',
      ingestionTime: '1970-01-01T00:00:01.500Z',
      logStreamName: 'web-1',
      message: 'event a',
    });
    expect(server.requests.map((r) => [r.body.limit, r.body.nextToken])).toEqual([
      [3, undefined],
      [2, 't1'],
      [2, 't2'],
    ]);
    expect(server.requests[0]!.body).toMatchObject({
      logGroupName: '/app/web',
      filterPattern: 'ERROR',
      startTime: Date.parse('2024-05-01T00:00:00Z'),
      endTime: Date.parse('2024-05-01T01:00:00Z'),
    });
  });

  it.each([
    [{ logGroupName: '' }, 'logGroupName must be a non-empty string'],
    [{ logGroupName: 'g', limit: 10_001 }, 'limit must be an integer from 1 to 10000'],
    [{ logGroupName: 'g', logStreamNames: ['a'], logStreamNamePrefix: 'b' }, 'not both'],
    [{ logGroupName: 'g', logStreamNames: [] }, 'logStreamNames must be a list of 1 to 100'],
  ])('%j is E_INPUT: %s', async (options, message) => {
    const { tool } = await toolFor(() => ({ body: {} }));
    await expect(tool.filterLogEvents(options)).rejects.toMatchObject({
      code: 'E_INPUT',
      message: expect.stringContaining(message),
    });
  });

  it('a start after the end is E_TIME before any request', async () => {
    const { tool, server } = await toolFor(() => ({ body: {} }));
    await expect(
      tool.filterLogEvents({ logGroupName: 'g', start: '1h', end: '2h' }),
    ).rejects.toMatchObject({ code: 'E_TIME' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('iterateLogEvents', () => {
  it('streams non-empty pages, asking for the next page only when it is wanted', async () => {
    const pages = [
      { events: [event('a', 1000), event('b', 1001)], nextToken: 't1' },
      { events: [], nextToken: 't2' },
      { events: [event('c', 1002)] },
    ];
    const { tool, server } = await toolFor(() => ({ body: pages.shift() }));

    const seen: string[][] = [];
    const requestsWhenYielded: number[] = [];
    for await (const page of tool.iterateLogEvents({ logGroupName: 'g', pageSize: 2 })) {
      seen.push(page.events.map((e) => e.eventId));
      requestsWhenYielded.push(server.requests.length);
    }

    expect(seen).toEqual([['a', 'b'], ['c']]);
    expect(requestsWhenYielded).toEqual([1, 3]);
    expect(server.requests.map((r) => r.body.limit)).toEqual([2, 2, 2]);
  });

  it('ends without an error when the signal aborts', async () => {
    let page = 0;
    const { tool } = await toolFor(() => {
      page += 1;
      return { body: { events: [event(`e${page}`, page)], nextToken: `t${page}` } };
    });
    const controller = new AbortController();

    let pages = 0;
    for await (const _ of tool.iterateLogEvents({ logGroupName: 'g', signal: controller.signal })) {
      pages += 1;
      if (pages === 3) controller.abort();
    }
    expect(pages).toBe(3);
  });
});

describe('tailLogEvents', () => {
  it('yields each event once across overlapping polls and stops on abort', async () => {
    const now = Date.now();
    const polls = [
      [event('a', now - 5000), event('b', now - 4000)],
      // The reread window returns a and b again, plus a late event and a new one.
      [event('a', now - 5000), event('b', now - 4000), event('late', now - 4500), event('c', now)],
    ];
    const { tool, server } = await toolFor(() => ({ body: { events: polls.shift() ?? [] } }));
    const controller = new AbortController();

    const events: LogEvent[] = [];
    for await (const tailed of tool.tailLogEvents({
      logGroupName: 'g',
      start: '1m',
      pollIntervalMs: 500,
      lookbackMs: 10_000,
      signal: controller.signal,
    })) {
      events.push(tailed);
      if (events.length === 4) controller.abort();
    }

    expect(events.map((e) => e.eventId)).toEqual(['a', 'b', 'late', 'c']);
    const [first, second] = server.requests.map((r) => r.body.startTime as number);
    // start '1m' is read a moment after `now` was taken.
    expect(first).toBeGreaterThanOrEqual(now - 60_000);
    expect(first).toBeLessThan(now - 55_000);
    // The second poll rereads only the lookback window before the first poll.
    expect(second).toBeGreaterThan(now - 11_000);
    expect(server.requests[0]!.body.endTime).toBeUndefined();
  });

  it('ends at once when the signal is already aborted', async () => {
    const { tool, server } = await toolFor(() => ({ body: { events: [] } }));
    const events = [];
    for await (const tailed of tool.tailLogEvents({
      logGroupName: 'g',
      signal: AbortSignal.abort(),
    })) {
      events.push(tailed);
    }
    expect(events).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });
});
