import type { GetQueryResultsCommandOutput } from '@aws-sdk/client-cloudwatch-logs';
import type { ToolContext } from '../awsClients.js';
import { compact } from '../clean.js';
import { integerInRange, requireOptions, requireString, requireStringList } from '../input.js';
import { parseTimeRange, type TimeInput } from '../time.js';

export interface StartQueryOptions {
  /** 1 to 50 log group names. */
  logGroupNames: string[];
  /** Logs Insights query language, e.g. `fields @timestamp, @message | sort @timestamp desc`. */
  queryString: string;
  /** Default: end − 1 h. */
  start?: TimeInput;
  /** Default: now. */
  end?: TimeInput;
  /** Rows to return, 1 to 10000, default 100. */
  limit?: number;
}

export interface StartQueryResult {
  queryId: string;
}

export interface GetQueryResultsOptions {
  queryId: string;
  /** Keep the `@ptr` field of each row (an opaque record pointer); dropped by default. */
  includePtr?: boolean;
}

/** Scheduled and Running are not final; the others are. */
export type QueryStatus =
  | 'Scheduled'
  | 'Running'
  | 'Complete'
  | 'Failed'
  | 'Cancelled'
  | 'Timeout'
  | 'Unknown';

export interface QueryStatistics {
  recordsMatched?: number;
  recordsScanned?: number;
  estimatedRecordsSkipped?: number;
  bytesScanned?: number;
  estimatedBytesSkipped?: number;
  logGroupsScanned?: number;
}

export interface GetQueryResultsResult {
  status: QueryStatus;
  /** One object per result row, `{field: value}`; Logs Insights gives every value as a string. */
  rows: Record<string, string>[];
  statistics?: QueryStatistics;
}

export interface StopQueryResult {
  success: boolean;
}

export async function startQuery(
  ctx: ToolContext,
  options: StartQueryOptions,
): Promise<StartQueryResult> {
  const method = 'startQuery';
  requireOptions(method, options);
  const input = {
    logGroupNames: requireStringList(method, 'logGroupNames', options.logGroupNames, {
      min: 1,
      max: 50,
    }),
    queryString: requireString(method, 'queryString', options.queryString),
    limit: integerInRange(method, 'limit', options.limit, { default: 100, min: 1, max: 10_000 }),
  };
  const { startMs, endMs } = parseTimeRange(options, { now: ctx.now() });

  const output = await ctx.call('logs', 'StartQuery', ({ sdk, client }) => {
    // Logs Insights takes whole epoch seconds; the window is widened, never narrowed.
    const window = { startTime: Math.floor(startMs / 1000), endTime: Math.ceil(endMs / 1000) };
    return client.send(new sdk.StartQueryCommand({ ...input, ...window }));
  });
  return { queryId: output.queryId ?? '' };
}

export async function getQueryResults(
  ctx: ToolContext,
  options: GetQueryResultsOptions,
  signal?: AbortSignal,
): Promise<GetQueryResultsResult> {
  const method = 'getQueryResults';
  requireOptions(method, options);
  const queryId = requireString(method, 'queryId', options.queryId);

  const output = await ctx.call('logs', 'GetQueryResults', ({ sdk, client }) => {
    const command = new sdk.GetQueryResultsCommand({ queryId });
    return client.send(command, signal ? { abortSignal: signal } : {});
  });
  return toQueryResults(output, options.includePtr === true);
}

export async function stopQuery(
  ctx: ToolContext,
  options: { queryId: string },
): Promise<StopQueryResult> {
  const method = 'stopQuery';
  requireOptions(method, options);
  const queryId = requireString(method, 'queryId', options.queryId);

  const output = await ctx.call('logs', 'StopQuery', ({ sdk, client }) =>
    client.send(new sdk.StopQueryCommand({ queryId })),
  );
  return { success: output.success === true };
}

function toQueryResults(output: GetQueryResultsCommandOutput, includePtr: boolean) {
  const rows = (output.results ?? []).map((fields) => {
    const row: Record<string, string> = {};
    for (const { field, value } of fields) {
      if (field === undefined || (field === '@ptr' && !includePtr)) continue;
      row[field] = value ?? '';
    }
    return row;
  });
  const statistics = output.statistics ? compact({ ...output.statistics }) : undefined;
  return compact({
    status: (output.status ?? 'Unknown') as QueryStatus,
    rows,
    statistics: statistics as QueryStatistics | undefined,
  });
}
