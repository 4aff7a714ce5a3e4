import { PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEvent } from '../src/index.js';
import { type LoadedEmulator, startLoadedEmulator, webEvents } from './emulatorFixture.js';

// The log methods of the tool against the emulator, compared with what was loaded.

let loaded: LoadedEmulator;
beforeAll(async () => {
  loaded = await startLoadedEmulator();
});
afterAll(() => loaded.close());

const byTime = (events: typeof webEvents) => [...events].sort((a, b) => a.at - b.at);

describe('logs', () => {
  it('listLogGroups returns the loaded groups under a prefix', async () => {
    const { logGroups } = await loaded.tool.listLogGroups({ namePrefix: '/keyless/' });

    expect(logGroups.map((group) => group.logGroupName)).toEqual([
      '/keyless/web',
      '/keyless/worker',
    ]);
    expect(logGroups[0]).toMatchObject({ retentionInDays: 7, creationTime: expect.any(String) });
    expect(Number.isNaN(Date.parse(logGroups[0]!.creationTime!))).toBe(false);
  });

  it('filterLogEvents finds the loaded events that match a pattern', async () => {
    const { events } = await loaded.tool.filterLogEvents({
      logGroupName: '/keyless/web',
      filterPattern: 'ERROR',
      start: '1h',
    });

    const expected = byTime(webEvents.filter((event) => event.message.startsWith('ERROR')));
    expect(events.map((event) => [event.timestamp, event.logStreamName, event.message])).toEqual(
      expected.map((event) => [new Date(event.at).toISOString(), event.stream, event.message]),
    );
  });

  it('filterLogEvents pages with nextToken, together returning every event once', async () => {
    const first = await loaded.tool.filterLogEvents({
      logGroupName: '/keyless/web',
      start: '1h',
      limit: 3,
    });
    expect(first.events).toHaveLength(3);
    expect(first.nextToken).toEqual(expect.any(String));

    const rest = await loaded.tool.filterLogEvents({
      logGroupName: '/keyless/web',
      start: '1h',
      limit: 100,
      ...(first.nextToken ? { nextToken: first.nextToken } : {}),
    });
    const ids = [...first.events, ...rest.events].map((event) => event.eventId);
    expect(new Set(ids).size).toBe(webEvents.length);
    expect([...first.events, ...rest.events].map((event) => event.message).sort()).toEqual(
      webEvents.map((event) => event.message).sort(),
    );
  });

  it('filterLogEvents on a missing group is E_NOT_FOUND', async () => {
    await expect(
      loaded.tool.filterLogEvents({ logGroupName: '/keyless/missing' }),
    ).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
      awsErrorName: 'ResourceNotFoundException',
    });
  });

  it('iterateLogEvents streams every loaded event in pages of at most pageSize', async () => {
    const pages: LogEvent[][] = [];
    for await (const page of loaded.tool.iterateLogEvents({
      logGroupName: '/keyless/web',
      start: '1h',
      pageSize: 3,
    })) {
      pages.push(page.events);
    }

    expect(pages.every((page) => page.length > 0 && page.length <= 3)).toBe(true);
    expect(
      pages
        .flat()
        .map((event) => event.message)
        .sort(),
    ).toEqual(webEvents.map((event) => event.message).sort());
  });

  it('tailLogEvents yields events written after it started, each once, until aborted', async () => {
    const controller = new AbortController();
    const written = ['tail one', 'tail two', 'tail three'];
    const tail = loaded.tool.tailLogEvents({
      logGroupName: '/keyless/worker',
      pollIntervalMs: 500,
      signal: controller.signal,
    });

    const put = async (messages: string[]) => {
      const now = Date.now();
      await loaded.logs.send(
        new PutLogEventsCommand({
          logGroupName: '/keyless/worker',
          logStreamName: 'w-1',
          logEvents: messages.map((message, index) => ({ timestamp: now + index, message })),
        }),
      );
    };
    setTimeout(() => void put(written.slice(0, 2)), 200);
    setTimeout(() => void put(written.slice(2)), 1_200);

    const received: string[] = [];
    for await (const event of tail) {
      received.push(event.message);
      if (received.length === written.length) setTimeout(() => controller.abort(), 1_200);
    }
    expect(received).toEqual(written);
  });
});
