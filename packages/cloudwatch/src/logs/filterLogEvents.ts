import type { ToolContext } from '../awsClients.js';
import { compact } from '../clean.js';
import { integerInRange, optionalString } from '../input.js';
import { nextPageToken } from '../nextPageToken.js';
import { parseTimeRange } from '../time.js';
import { filterRequest, type LogEvent, type LogEventsWindow, toLogEvent } from './filterRequest.js';
import { readFilterPage } from './readFilterPage.js';

export interface FilterLogEventsOptions extends LogEventsWindow {
  /** Events to return, 1 to 10000, default 100. */
  limit?: number;
  nextToken?: string;
}

export interface FilterLogEventsResult {
  events: LogEvent[];
  /** Present when more events match; pass it back to read on. */
  nextToken?: string;
}

const METHOD = 'filterLogEvents';

/**
 * Up to `limit` matching events. FilterLogEvents may answer with short or even empty pages while
 * it scans, so pages are read until the limit is reached or no page is left.
 */
export async function filterLogEvents(
  ctx: ToolContext,
  options: FilterLogEventsOptions,
): Promise<FilterLogEventsResult> {
  const request = filterRequest(METHOD, options);
  const limit = integerInRange(METHOD, 'limit', options.limit, {
    default: 100,
    min: 1,
    max: 10_000,
  });
  let nextToken = optionalString(METHOD, 'nextToken', options.nextToken);
  const { startMs, endMs } = parseTimeRange(options, { now: ctx.now() });

  const events: LogEvent[] = [];
  do {
    const input = {
      ...request,
      startTime: startMs,
      endTime: endMs,
      limit: limit - events.length,
      ...(nextToken === undefined ? {} : { nextToken }),
    };
    const page = (await readFilterPage(ctx, input))!;
    events.push(...(page.events ?? []).map(toLogEvent));
    nextToken = nextPageToken(nextToken, page.nextToken);
  } while (nextToken !== undefined && events.length < limit);

  return compact({ events, nextToken });
}
