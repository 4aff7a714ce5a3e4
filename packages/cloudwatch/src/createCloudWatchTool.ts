import {
  type DescribeAlarmsOptions,
  type DescribeAlarmsResult,
  describeAlarms,
} from './alarms/describeAlarms.js';
import {
  type GetAlarmHistoryOptions,
  type GetAlarmHistoryResult,
  getAlarmHistory,
} from './alarms/getAlarmHistory.js';
import { createToolContext } from './awsClients.js';
import {
  type GetQueryResultsOptions,
  type GetQueryResultsResult,
  getQueryResults,
  type StartQueryOptions,
  type StartQueryResult,
  type StopQueryResult,
  startQuery,
  stopQuery,
} from './insights/queries.js';
import { type QueryOptions, type QueryResult, query } from './insights/query.js';
import {
  type FilterLogEventsOptions,
  type FilterLogEventsResult,
  filterLogEvents,
} from './logs/filterLogEvents.js';
import type { LogEvent } from './logs/filterRequest.js';
import {
  type IterateLogEventsOptions,
  iterateLogEvents,
  type LogEventsPage,
} from './logs/iterateLogEvents.js';
import {
  type ListLogGroupsOptions,
  type ListLogGroupsResult,
  listLogGroups,
} from './logs/listLogGroups.js';
import { type TailLogEventsOptions, tailLogEvents } from './logs/tailLogEvents.js';
import {
  type GetMetricDataOptions,
  type GetMetricDataResult,
  getMetricData,
} from './metrics/getMetricData.js';
import {
  type ListMetricsOptions,
  type ListMetricsResult,
  listMetrics,
} from './metrics/listMetrics.js';
import { type AuthMode, type CloudWatchToolOptions, resolveToolConfig } from './options.js';

/** Read-only CloudWatch Logs, Logs Insights, metrics and alarms; every result is plain JSON. */
export interface CloudWatchTool {
  /** The auth mode and region in use, resolved from options and environment. */
  readonly auth: AuthMode;
  readonly region: string;

  listLogGroups(options?: ListLogGroupsOptions): Promise<ListLogGroupsResult>;
  filterLogEvents(options: FilterLogEventsOptions): Promise<FilterLogEventsResult>;
  startQuery(options: StartQueryOptions): Promise<StartQueryResult>;
  getQueryResults(options: GetQueryResultsOptions): Promise<GetQueryResultsResult>;
  stopQuery(options: { queryId: string }): Promise<StopQueryResult>;
  listMetrics(options?: ListMetricsOptions): Promise<ListMetricsResult>;
  getMetricData(options: GetMetricDataOptions): Promise<GetMetricDataResult>;
  describeAlarms(options?: DescribeAlarmsOptions): Promise<DescribeAlarmsResult>;
  getAlarmHistory(options?: GetAlarmHistoryOptions): Promise<GetAlarmHistoryResult>;

  /** StartQuery, then poll to a final status; stops the query on timeout or abort. */
  query(options: QueryOptions): Promise<QueryResult>;
  /** Pages of matching events, one page held at a time. */
  iterateLogEvents(options: IterateLogEventsOptions): AsyncIterable<LogEventsPage>;
  /** New matching events as they arrive, each once, until the signal aborts. */
  tailLogEvents(options: TailLogEventsOptions): AsyncIterable<LogEvent>;

  /** Closes pooled connections. The tool stays usable: a later call opens new ones. */
  destroy(): void;
}

/**
 * Creates the tool. Cheap and offline: options are checked now, but no AWS SDK module is loaded
 * and no credential is looked up until the first call.
 */
export function createCloudWatchTool(options: CloudWatchToolOptions = {}): CloudWatchTool {
  const ctx = createToolContext(resolveToolConfig(options));
  return {
    auth: ctx.config.auth,
    region: ctx.config.region,
    listLogGroups: (input) => listLogGroups(ctx, input),
    filterLogEvents: (input) => filterLogEvents(ctx, input),
    startQuery: (input) => startQuery(ctx, input),
    getQueryResults: (input) => getQueryResults(ctx, input),
    stopQuery: (input) => stopQuery(ctx, input),
    listMetrics: (input) => listMetrics(ctx, input),
    getMetricData: (input) => getMetricData(ctx, input),
    describeAlarms: (input) => describeAlarms(ctx, input),
    getAlarmHistory: (input) => getAlarmHistory(ctx, input),
    query: (input) => query(ctx, input),
    iterateLogEvents: (input) => iterateLogEvents(ctx, input),
    tailLogEvents: (input) => tailLogEvents(ctx, input),
    destroy: () => ctx.destroy(),
  };
}
