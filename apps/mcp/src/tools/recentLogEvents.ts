import type { LogEvent } from '@keyless/cloudwatch';
import * as z from 'zod';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { writeNextToken } from '../nextToken.js';
import {
  FILTER_PATTERN_FIELD,
  isoWindow,
  LOG_GROUP_NAME_FIELD,
  limitField,
  MAX_BYTES_FIELD,
  truncatedWhen,
  WINDOW_OUTPUT,
} from '../toolFields.js';
import { eventIdHash, readFollowToken, writeFollowToken } from './followToken.js';
import { LOG_EVENT } from './logEventSchemas.js';
import { newestEvents } from './newestEvents.js';

// CloudWatch can show an event some seconds after its timestamp; a follow-up call rereads this
// far back so that such late events are still returned, once.
const LOOKBACK_MS = 30_000;
// Bounds the followToken (12 bytes an event); past it, the reread window is shortened instead.
const MAX_REMEMBERED_EVENTS = 200;

export const recentLogEventsTool = defineCloudWatchTool({
  name: 'recent_log_events',
  title: 'Recent log events (tail)',
  description:
    'The newest log events of one log group, like `tail`: the last N minutes, oldest first, ' +
    'each event once. Call again with the returned followToken to get only the events that ' +
    'arrived since, without repeats.',
  input: z.strictObject({
    logGroupName: LOG_GROUP_NAME_FIELD,
    filterPattern: FILTER_PATTERN_FIELD,
    minutes: z
      .number()
      .int()
      .min(1)
      .max(1_440)
      .default(10)
      .describe('How far back to look on the first call, in minutes, 1 to 1440. Default 10.'),
    followToken: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The followToken of the previous call: return only events not returned yet (minutes ' +
          'is then ignored). Leave out on the first call.',
      ),
    limit: limitField('Newest events to return', 10_000, 100),
    maxBytes: MAX_BYTES_FIELD,
  }),
  output: z.object({
    events: z.array(LOG_EVENT).describe('Oldest first; the newest events when some were left out.'),
    ...WINDOW_OUTPUT,
    followToken: z.string().describe('Pass it back to get the events that arrive after these.'),
    truncated: z
      .literal(true)
      .optional()
      .describe('Present when older events of the window were left out (limit or maxBytes).'),
    omittedEvents: z.number().int().optional().describe('How many older events were left out.'),
    nextToken: z
      .string()
      .optional()
      .describe(
        'With truncated: give it to filter_log_events (same logGroupName and filterPattern) to ' +
          'read the events left out; an event at the boundary millisecond may come twice.',
      ),
  }),
  idempotent: true,
  async run(input, { cloudwatch, signal }) {
    const follow = input.followToken === undefined ? undefined : readFollowToken(input.followToken);
    const endMs = Date.now();
    const startMs = Math.min(follow?.fromMs ?? endMs - input.minutes * 60_000, endMs - 1);

    const pages = cloudwatch.iterateLogEvents({
      logGroupName: input.logGroupName,
      filterPattern: input.filterPattern,
      start: startMs,
      end: endMs,
      pageSize: 1_000,
      signal,
    });
    const read = await newestEvents(pages, { ...input, seen: follow?.seen });

    const window = { startMs, endMs };
    const oldestMs = read.events.length > 0 ? Date.parse(read.events[0]!.timestamp) : endMs;
    const omitted = read.omitted > 0;
    return {
      events: read.events,
      ...isoWindow(window),
      followToken: followTokenAfter(read, { startMs, endMs, oldestMs, omitted }),
      truncated: truncatedWhen(omitted),
      omittedEvents: omitted ? read.omitted : undefined,
      nextToken: omitted
        ? writeNextToken({ skip: 0, window: { startMs, endMs: Math.max(oldestMs, startMs + 1) } })
        : undefined,
    };
  },
});

function followTokenAfter(
  read: { events: LogEvent[]; seenAgain: { hash: string; ms: number }[] },
  at: { startMs: number; endMs: number; oldestMs: number; omitted: boolean },
): string {
  // Events left out are older than those returned; the next call must not return them as new.
  let fromMs = Math.max(at.startMs, at.endMs - LOOKBACK_MS, at.omitted ? at.oldestMs : 0);
  const returned = read.events.map((event) => ({
    hash: eventIdHash(event.eventId),
    ms: Date.parse(event.timestamp),
  }));
  let remembered = [...read.seenAgain, ...returned]
    .filter((event) => event.ms >= fromMs)
    .sort((a, b) => b.ms - a.ms);
  if (remembered.length > MAX_REMEMBERED_EVENTS) {
    remembered = remembered.slice(0, MAX_REMEMBERED_EVENTS);
    fromMs = remembered[remembered.length - 1]!.ms;
  }
  return writeFollowToken(
    fromMs,
    remembered.map((event) => event.hash),
  );
}
