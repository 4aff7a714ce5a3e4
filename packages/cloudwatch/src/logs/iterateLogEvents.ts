import type { ToolContext } from '../awsClients.js';
import { integerInRange } from '../input.js';
import { nextPageToken } from '../nextPageToken.js';
import { parseTimeRange } from '../time.js';
import { filterRequest, type LogEvent, type LogEventsWindow, toLogEvent } from './filterRequest.js';
import { readFilterPage } from './readFilterPage.js';

export interface IterateLogEventsOptions extends LogEventsWindow {
  /** Events per page, 1 to 10000, default 1000. */
  pageSize?: number;
  /** Ends the iteration (without an error) when aborted. */
  signal?: AbortSignal;
}

export interface LogEventsPage {
  events: LogEvent[];
}

const METHOD = 'iterateLogEvents';

/**
 * Every matching event, one FilterLogEvents page at a time: only the current page is held, so a
 * read of millions of events stays small. Pages the scan returns empty are skipped.
 */
export async function* iterateLogEvents(
  ctx: ToolContext,
  options: IterateLogEventsOptions,
): AsyncGenerator<LogEventsPage, void, undefined> {
  const request = filterRequest(METHOD, options);
  const pageSize = integerInRange(METHOD, 'pageSize', options.pageSize, {
    default: 1000,
    min: 1,
    max: 10_000,
  });
  const { startMs, endMs } = parseTimeRange(options, { now: ctx.now() });
  const { signal } = options;

  let nextToken: string | undefined;
  do {
    const input = {
      ...request,
      startTime: startMs,
      endTime: endMs,
      limit: pageSize,
      ...(nextToken === undefined ? {} : { nextToken }),
    };
    const page = await readFilterPage(ctx, input, signal);
    if (page === undefined) return;

    if (page.events && page.events.length > 0) yield { events: page.events.map(toLogEvent) };
    nextToken = nextPageToken(nextToken, page.nextToken);
  } while (nextToken !== undefined && !signal?.aborted);
}
