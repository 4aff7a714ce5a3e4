import type { ToolContext } from '../awsClients.js';
import { delay } from '../delay.js';
import { integerInRange } from '../input.js';
import { nextPageToken } from '../nextPageToken.js';
import { parseTime, type TimeInput } from '../time.js';
import { filterRequest, type LogEvent, type LogEventsFilter, toLogEvent } from './filterRequest.js';
import { readFilterPage } from './readFilterPage.js';

export interface TailLogEventsOptions extends LogEventsFilter {
  /** First event time to show; default now. */
  start?: TimeInput;
  /** Pause between polls, 500 to 60000 ms, default 2000 (FilterLogEvents allows few calls/s). */
  pollIntervalMs?: number;
  /**
   * How far back each poll rereads, 0 to 600000 ms, default 30000: CloudWatch can show an event
   * some seconds after its timestamp, and such late events are still caught within this window.
   */
  lookbackMs?: number;
  /** Stops the tail: the iteration ends without an error. */
  signal?: AbortSignal;
}

const METHOD = 'tailLogEvents';
// Ids of events older than the reread window are forgotten; this caps the rest.
const MAX_REMEMBERED_EVENT_IDS = 50_000;

/**
 * Follows a log group: yields matching events as they arrive, each event once, until the signal
 * aborts. Memory stays bounded: only ids of events inside the reread window are remembered.
 */
export async function* tailLogEvents(
  ctx: ToolContext,
  options: TailLogEventsOptions,
): AsyncGenerator<LogEvent, void, undefined> {
  const request = filterRequest(METHOD, options);
  const pollIntervalMs = integerInRange(METHOD, 'pollIntervalMs', options.pollIntervalMs, {
    default: 2_000,
    min: 500,
    max: 60_000,
  });
  const lookbackMs = integerInRange(METHOD, 'lookbackMs', options.lookbackMs, {
    default: 30_000,
    min: 0,
    max: 600_000,
  });
  const { signal } = options;
  let windowStartMs =
    options.start === undefined ? ctx.now() : parseTime(options.start, { label: 'start' });
  const seen = new Map<string, number>();

  do {
    const pollStartedMs = ctx.now();
    let nextToken: string | undefined;
    do {
      const input = {
        ...request,
        startTime: windowStartMs,
        ...(nextToken === undefined ? {} : { nextToken }),
      };
      const page = await readFilterPage(ctx, input, signal);
      if (page === undefined) return;

      for (const event of page.events ?? []) {
        if (!event.eventId || seen.has(event.eventId)) continue;
        remember(seen, event.eventId, event.timestamp ?? pollStartedMs);
        yield toLogEvent(event);
      }
      nextToken = nextPageToken(nextToken, page.nextToken);
    } while (nextToken !== undefined);

    windowStartMs = Math.max(windowStartMs, pollStartedMs - lookbackMs);
    forgetBefore(seen, windowStartMs);
  } while (await delay(pollIntervalMs, signal));
}

function remember(seen: Map<string, number>, eventId: string, timestamp: number): void {
  seen.set(eventId, timestamp);
  if (seen.size > MAX_REMEMBERED_EVENT_IDS) {
    // Map keeps insertion order: the first key is the one remembered longest.
    const oldest = seen.keys().next().value;
    if (oldest !== undefined) seen.delete(oldest);
  }
}

function forgetBefore(seen: Map<string, number>, windowStartMs: number): void {
  // Later polls start at windowStartMs, so an event before it cannot be returned again.
  for (const [eventId, timestamp] of seen) {
    if (timestamp < windowStartMs) seen.delete(eventId);
  }
}
