import {
  GetLogEventsCommand,
  type GetLogEventsCommandInput,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLogGroup, startFileEmulator } from './emulator-fixture.js';
import { failure } from './sdk-clients.js';

const { emulator, logs } = await startFileEmulator();
let base: number;

beforeEach(async () => {
  emulator.reset();
  base = Date.now() - 60_000;
  await createLogGroup(logs, 'app', ['s']);
  await putEvents(0, 25);
});

async function putEvents(from: number, to: number) {
  const logEvents = [];
  for (let i = from; i < to; i++) logEvents.push({ timestamp: base + i * 100, message: `e${i}` });
  await logs.send(new PutLogEventsCommand({ logGroupName: 'app', logStreamName: 's', logEvents }));
}

const get = (input: Partial<GetLogEventsCommandInput>) =>
  logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 's', ...input }));

describe('GetLogEvents', () => {
  it('reads forward from the head page by page; the end returns the same token', async () => {
    const seen: string[] = [];
    let page = await get({ startFromHead: true, limit: 10 });
    const sizes = [page.events!.length];
    seen.push(...page.events!.map((e) => e.message!));
    for (;;) {
      const next = await get({ nextToken: page.nextForwardToken, limit: 10 });
      if (next.nextForwardToken === page.nextForwardToken) {
        expect(next.events).toEqual([]);
        break;
      }
      sizes.push(next.events!.length);
      seen.push(...next.events!.map((e) => e.message!));
      page = next;
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `e${i}`));
  });

  it('starts from the tail by default and reads backward to the head', async () => {
    let page = await get({ limit: 10 });
    expect(page.events!.map((e) => e.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `e${15 + i}`),
    );
    const seen = [...page.events!];
    for (;;) {
      const previous = await get({ nextToken: page.nextBackwardToken, limit: 10 });
      if (previous.nextBackwardToken === page.nextBackwardToken) break;
      seen.unshift(...previous.events!);
      page = previous;
    }
    expect(seen.map((e) => e.message)).toEqual(Array.from({ length: 25 }, (_, i) => `e${i}`));
    expect(seen.every((e) => e.ingestionTime! >= e.timestamp!)).toBe(true);
  });

  it('follows new events with the forward token once the end is reached', async () => {
    const all = await get({ startFromHead: true });
    expect(all.events).toHaveLength(25);
    const atEnd = await get({ nextToken: all.nextForwardToken });
    expect(atEnd.events).toEqual([]);
    await putEvents(25, 28);
    const fresh = await get({ nextToken: all.nextForwardToken });
    expect(fresh.events!.map((e) => e.message)).toEqual(['e25', 'e26', 'e27']);
  });

  it('includes startTime and excludes endTime', async () => {
    const page = await get({ startTime: base + 500, endTime: base + 1000, startFromHead: true });
    expect(page.events!.map((e) => e.message)).toEqual(['e5', 'e6', 'e7', 'e8', 'e9']);
  });

  it('refuses a malformed token, a limit above 10,000 and an unknown stream', async () => {
    const token = await failure(get({ nextToken: 'f/123' }));
    expect(token.name).toBe('InvalidParameterException');
    const limit = await failure(get({ limit: 10_001 }));
    expect(limit.name).toBe('InvalidParameterException');
    const stream = await failure(get({ logStreamName: 'other' }));
    expect(stream.name).toBe('ResourceNotFoundException');
  });
});
