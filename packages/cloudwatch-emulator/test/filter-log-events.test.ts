import {
  type FilteredLogEvent,
  FilterLogEventsCommand,
  type FilterLogEventsCommandInput,
  PutLogEventsCommand,
  paginateFilterLogEvents,
} from '@aws-sdk/client-cloudwatch-logs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLogGroup, startFileEmulator } from './emulator-fixture.js';
import { failure } from './sdk-clients.js';

const { emulator, logs } = await startFileEmulator();

beforeEach(() => emulator.reset());

async function filterAll(input: FilterLogEventsCommandInput) {
  const events: FilteredLogEvent[] = [];
  const pageBytes: number[] = [];
  for await (const page of paginateFilterLogEvents({ client: logs }, input)) {
    events.push(...(page.events ?? []));
    pageBytes.push(
      (page.events ?? []).reduce((sum, e) => sum + Buffer.byteLength(e.message!) + 26, 0),
    );
  }
  return { events, pages: pageBytes.length, pageBytes };
}

function inTimeOrder(events: FilteredLogEvent[]): boolean {
  return events.every((e, i) => i === 0 || e.timestamp! >= events[i - 1]!.timestamp!);
}

async function putEvents(
  logStreamName: string,
  logEvents: { timestamp: number; message: string }[],
) {
  await logs.send(new PutLogEventsCommand({ logGroupName: 'app', logStreamName, logEvents }));
}

describe('FilterLogEvents over generated data', () => {
  const GROUP = '/generated/service-01';

  beforeEach(async () => {
    await emulator.seed({ generate: { events: 25_000, groups: 1, streams: 5, seed: 3 } });
  });

  it('pages 25,000 events interleaved in time order with no loss or duplicate', async () => {
    const { events, pages } = await filterAll({ logGroupName: GROUP, limit: 1000 });
    expect(events).toHaveLength(25_000);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(25_000);
    expect(pages).toBe(25);
    expect(inTimeOrder(events)).toBe(true);
    expect(new Set(events.map((e) => e.logStreamName)).size).toBe(5);

    // Without a limit a page holds up to 10,000 events or 1 MB, whichever comes first.
    const defaultPages = await filterAll({ logGroupName: GROUP });
    expect(defaultPages.pages).toBeGreaterThanOrEqual(3);
    expect(Math.max(...defaultPages.pageBytes)).toBeLessThanOrEqual(1_048_576);
    expect(Math.max(...defaultPages.pageBytes)).toBeGreaterThan(1_000_000);
    expect(defaultPages.events.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
  });

  it('returns exactly the events a JSON pattern selects', async () => {
    const { events: all } = await filterAll({ logGroupName: GROUP });
    const expected = all.filter((e) => {
      if (!e.message!.startsWith('{')) return false;
      const doc = JSON.parse(e.message!);
      return doc.level === 'error' && doc.status >= 502;
    });
    expect(expected.length).toBeGreaterThan(50);
    const { events } = await filterAll({
      logGroupName: GROUP,
      filterPattern: '{ $.level = "error" && $.status >= 502 }',
      limit: 100,
    });
    expect(events.map((e) => e.eventId)).toEqual(expected.map((e) => e.eventId));
  });

  it('keeps to the time range (both ends included) and to the chosen streams', async () => {
    const { events: all } = await filterAll({ logGroupName: GROUP });
    const start = all[1000]!.timestamp!;
    const end = all[1999]!.timestamp!;
    const expected = all.filter((e) => e.timestamp! >= start && e.timestamp! <= end);
    const ranged = await filterAll({ logGroupName: GROUP, startTime: start, endTime: end });
    expect(ranged.events.map((e) => e.eventId)).toEqual(expected.map((e) => e.eventId));

    const named = await filterAll({
      logGroupName: GROUP,
      logStreamNames: ['stream-002', 'stream-004'],
    });
    expect(named.events).toHaveLength(10_000);
    expect(new Set(named.events.map((e) => e.logStreamName))).toEqual(
      new Set(['stream-002', 'stream-004']),
    );
    const prefixed = await filterAll({ logGroupName: GROUP, logStreamNamePrefix: 'stream-00' });
    expect(prefixed.events).toHaveLength(25_000);
  });
});

describe('FilterLogEvents paging edge cases', () => {
  beforeEach(async () => {
    await createLogGroup(logs, 'app', ['a', 'b', 'c']);
  });

  it('interleaves streams by timestamp', async () => {
    const t = Date.now() - 10_000;
    await putEvents('a', [
      { timestamp: t, message: 'a0' },
      { timestamp: t + 3, message: 'a3' },
    ]);
    await putEvents('b', [
      { timestamp: t + 1, message: 'b1' },
      { timestamp: t + 4, message: 'b4' },
    ]);
    await putEvents('c', [{ timestamp: t + 2, message: 'c2' }]);
    const { events } = await logs.send(new FilterLogEventsCommand({ logGroupName: 'app' }));
    expect(events!.map((e) => e.message)).toEqual(['a0', 'b1', 'c2', 'a3', 'b4']);
  });

  it('splits a run of equal timestamps across pages without loss or duplicate', async () => {
    const t = Date.now() - 10_000;
    for (const name of ['a', 'b', 'c']) {
      await putEvents(
        name,
        Array.from({ length: 10 }, (_, i) => ({ timestamp: t, message: `${name}${i}` })),
      );
    }
    const { events, pages } = await filterAll({ logGroupName: 'app', limit: 7 });
    expect(pages).toBe(5);
    expect(events).toHaveLength(30);
    expect(new Set(events.map((e) => e.message)).size).toBe(30);
  });

  it('neither repeats nor skips when events arrive between pages', async () => {
    const t = Date.now() - 10_000;
    await putEvents(
      'a',
      Array.from({ length: 10 }, (_, i) => ({ timestamp: t + i * 10, message: `old${i}` })),
    );
    const first = await logs.send(new FilterLogEventsCommand({ logGroupName: 'app', limit: 5 }));
    await putEvents('b', [
      { timestamp: t + 1, message: 'late-before-page' },
      { timestamp: t + 95, message: 'late-after-page' },
    ]);
    const rest = await logs.send(
      new FilterLogEventsCommand({ logGroupName: 'app', nextToken: first.nextToken }),
    );
    expect(first.events!.map((e) => e.message)).toEqual(['old0', 'old1', 'old2', 'old3', 'old4']);
    expect(rest.events!.map((e) => e.message)).toEqual([
      'old5',
      'old6',
      'old7',
      'old8',
      'old9',
      'late-after-page',
    ]);
    expect(rest.nextToken).toBeUndefined();
  });

  it('answers InvalidParameterException naming what it cannot use', async () => {
    const pattern = await failure(
      logs.send(new FilterLogEventsCommand({ logGroupName: 'app', filterPattern: '{ $.a = }' })),
    );
    expect(pattern.name).toBe('InvalidParameterException');
    expect(pattern.message).toContain("Invalid filter pattern '{ $.a = }'");
    expect(pattern.message).toContain("'}'");

    const limit = await failure(
      logs.send(new FilterLogEventsCommand({ logGroupName: 'app', limit: 10_001 })),
    );
    expect(limit.message).toContain('less than or equal to 10000');

    const both = await failure(
      logs.send(
        new FilterLogEventsCommand({
          logGroupName: 'app',
          logStreamNames: ['a'],
          logStreamNamePrefix: 'a',
        }),
      ),
    );
    expect(both.name).toBe('InvalidParameterException');

    const token = await failure(
      logs.send(new FilterLogEventsCommand({ logGroupName: 'app', nextToken: 'not-a-token' })),
    );
    expect(token.name).toBe('InvalidParameterException');

    const group = await failure(logs.send(new FilterLogEventsCommand({ logGroupName: 'missing' })));
    expect(group.name).toBe('ResourceNotFoundException');
  });
});
