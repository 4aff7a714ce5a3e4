import type { ToolContext } from '../awsClients.js';
import { delay } from '../delay.js';
import { CloudWatchError } from '../errors.js';
import { integerInRange, requireOptions } from '../input.js';
import {
  type GetQueryResultsResult,
  getQueryResults,
  type QueryStatus,
  type StartQueryOptions,
  startQuery,
  stopQuery,
} from './queries.js';

export interface QueryOptions extends StartQueryOptions {
  /** Give up after this long (1 to 3600000 ms, default 60000): the query is stopped. */
  timeoutMs?: number;
  /** Stops the query when aborted; query() then returns what it has. */
  signal?: AbortSignal;
  /** Keep the `@ptr` field of each row; dropped by default. */
  includePtr?: boolean;
  /** Called with each GetQueryResults answer while the query runs, for progress reports. */
  onPoll?: (poll: GetQueryResultsResult) => void;
}

export interface QueryResult extends GetQueryResultsResult {
  queryId: string;
  /**
   * Set when query() stopped the query itself: status is then `Timeout` (timeoutMs passed) or
   * `Cancelled` (the signal aborted), and rows hold the partial results read last.
   */
  stoppedBy?: 'timeout' | 'signal';
}

const FINAL_STATUSES: ReadonlySet<QueryStatus> = new Set([
  'Complete',
  'Failed',
  'Cancelled',
  'Timeout',
  'Unknown',
]);
// Polls start fast for short queries and slow down to one per second, which stays within the
// GetQueryResults rate quota for a few concurrent queries.
const FIRST_POLL_MS = 100;
const MAX_POLL_MS = 1_000;
const POLL_GROWTH = 1.5;

/** Runs a Logs Insights query to a final status: StartQuery, then GetQueryResults with backoff. */
export async function query(ctx: ToolContext, options: QueryOptions): Promise<QueryResult> {
  requireOptions('query', options);
  const timeoutMs = integerInRange('query', 'timeoutMs', options.timeoutMs, {
    default: 60_000,
    min: 1,
    max: 3_600_000,
  });
  const timeout = AbortSignal.timeout(timeoutMs);
  const stop = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  if (options.signal?.aborted) {
    throw new CloudWatchError(
      'E_TIMEOUT',
      'query: the signal was aborted before the query started.',
    );
  }

  const { queryId } = await startQuery(ctx, options);
  let last: GetQueryResultsResult = { status: 'Scheduled', rows: [] };
  let finished = false;
  try {
    let waitMs = FIRST_POLL_MS;
    while (await delay(waitMs, stop)) {
      last = await getQueryResults(ctx, { queryId, includePtr: options.includePtr === true }, stop);
      options.onPoll?.(last);
      if (FINAL_STATUSES.has(last.status)) {
        finished = true;
        return { queryId, ...last };
      }
      waitMs = Math.min(waitMs * POLL_GROWTH, MAX_POLL_MS);
    }
  } catch (error) {
    if (!stop.aborted) throw error;
  } finally {
    // A query left running keeps scanning (and billing), so every early exit stops it. A failing
    // stop (the query may have ended since the last poll) must not hide the outcome.
    if (!finished) await stopQuery(ctx, { queryId }).catch(() => undefined);
  }

  const stoppedBy = options.signal?.aborted ? 'signal' : 'timeout';
  return {
    queryId,
    ...last,
    status: stoppedBy === 'signal' ? 'Cancelled' : 'Timeout',
    stoppedBy,
  };
}
