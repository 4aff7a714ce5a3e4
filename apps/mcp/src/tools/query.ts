import { parseTimeRange, type GetQueryResultsResult as QueryPoll } from '@keyless/cloudwatch';
import * as z from 'zod';
import { capHeldList } from '../cappedResult.js';
import { defineCloudWatchTool, type ToolRunContext } from '../defineCloudWatchTool.js';
import {
  isoWindow,
  MAX_BYTES_FIELD,
  NEXT_TOKEN_OUTPUT,
  TRUNCATED_OUTPUT,
  WINDOW_OUTPUT,
} from '../toolFields.js';
import {
  MAX_ROWS_FIELD,
  QUERY_FIELDS,
  QUERY_ROWS,
  QUERY_STATISTICS,
  QUERY_STATUS,
} from './insightsSchemas.js';

const PROGRESS_EVERY_MS = 1_000;

export const queryTool = defineCloudWatchTool({
  name: 'query',
  title: 'Run a Logs Insights query',
  description:
    'Run a Logs Insights query over one or more log groups and wait for its rows: counts, ' +
    'statistics, parsing and filtering in one call. Sends progress notifications while it waits ' +
    'when the request carries a progressToken; cancelling the request stops the query in AWS.',
  input: z.strictObject({
    ...QUERY_FIELDS,
    timeoutSeconds: z
      .number()
      .int()
      .min(1)
      .max(3_600)
      .default(60)
      .describe(
        'Stop the query and return the rows found so far after this many seconds, 1 to 3600. ' +
          'Default 60. Many clients cancel a request after 60 s unless progress resets their ' +
          'timeout; for long queries use start_query and get_query_results.',
      ),
    maxItems: MAX_ROWS_FIELD,
    maxBytes: MAX_BYTES_FIELD,
  }),
  output: z.object({
    queryId: z.string(),
    status: QUERY_STATUS,
    rows: QUERY_ROWS,
    statistics: QUERY_STATISTICS,
    ...WINDOW_OUTPUT,
    stoppedBy: z
      .enum(['timeout', 'signal'])
      .optional()
      .describe('Present when the wait ended early and the query was stopped; rows are partial.'),
    warning: z.string().optional().describe('Why the rows may be incomplete.'),
    nextToken: NEXT_TOKEN_OUTPUT.describe(
      'Present when rows were cut: pass it with queryId to get_query_results to read on.',
    ),
    truncated: TRUNCATED_OUTPUT,
  }),
  idempotent: false,
  async run(input, { cloudwatch, signal, progress }) {
    const window = parseTimeRange(input);
    const waiting = reportWaiting(progress, input.timeoutSeconds);
    let result: Awaited<ReturnType<typeof cloudwatch.query>>;
    try {
      result = await cloudwatch.query({
        logGroupNames: input.logGroupNames,
        queryString: input.queryString,
        start: window.startMs,
        end: window.endMs,
        limit: input.limit,
        timeoutMs: input.timeoutSeconds * 1_000,
        signal,
        onPoll: waiting.update,
      });
    } finally {
      waiting.stop();
    }

    const rows = capHeldList(result.rows, { skip: 0, ...input });
    return {
      queryId: result.queryId,
      status: result.status,
      rows: rows.items,
      statistics: result.statistics,
      ...isoWindow(window),
      stoppedBy: result.stoppedBy,
      warning: warningFor(result, input.timeoutSeconds),
      nextToken: rows.nextToken,
      truncated: rows.truncated,
    };
  },
});

/**
 * A notice a second while the query runs, counting seconds against the timeout and saying what
 * the last poll reported.
 */
function reportWaiting(progress: ToolRunContext['progress'], timeoutSeconds: number) {
  let seconds = 0;
  let lastPoll = '';
  const timer = setInterval(() => {
    seconds += PROGRESS_EVERY_MS / 1_000;
    progress(seconds, timeoutSeconds, `Logs Insights query ${lastPoll || 'started'}: ${seconds} s`);
  }, PROGRESS_EVERY_MS);
  return {
    update(poll: QueryPoll) {
      const scanned = poll.statistics?.recordsScanned;
      lastPoll = `${poll.status}${scanned === undefined ? '' : `, ${scanned} records scanned`}`;
    },
    stop: () => clearInterval(timer),
  };
}

function warningFor(
  result: { status: string; stoppedBy?: 'timeout' | 'signal' | undefined },
  timeoutSeconds: number,
): string | undefined {
  if (result.stoppedBy === 'timeout') {
    return (
      `The query did not finish within ${timeoutSeconds} s and was stopped; rows are partial. ` +
      'Narrow the time window or the log groups, or raise timeoutSeconds.'
    );
  }
  if (result.stoppedBy === 'signal') return 'The request was cancelled and the query stopped.';
  if (result.status !== 'Complete') return `The query ended with status ${result.status}.`;
  return undefined;
}
