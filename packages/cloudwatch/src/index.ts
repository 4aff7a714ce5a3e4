export type {
  Alarm,
  AlarmState,
  DescribeAlarmsOptions,
  DescribeAlarmsResult,
} from './alarms/describeAlarms.js';
export type {
  AlarmHistoryItem,
  AlarmStateSnapshot,
  GetAlarmHistoryOptions,
  GetAlarmHistoryResult,
  HistoryItemType,
} from './alarms/getAlarmHistory.js';
export { type CloudWatchTool, createCloudWatchTool } from './createCloudWatchTool.js';
export { type AwsCredentials, PLACEHOLDER_CREDENTIALS } from './credentials.js';
export {
  CloudWatchError,
  type CloudWatchErrorCode,
  type CloudWatchErrorDetails,
} from './errors.js';
export type {
  GetQueryResultsOptions,
  GetQueryResultsResult,
  QueryStatistics,
  QueryStatus,
  StartQueryOptions,
  StartQueryResult,
  StopQueryResult,
} from './insights/queries.js';
export type { QueryOptions, QueryResult } from './insights/query.js';
export type { FilterLogEventsOptions, FilterLogEventsResult } from './logs/filterLogEvents.js';
export type { LogEvent, LogEventsFilter, LogEventsWindow } from './logs/filterRequest.js';
export type { IterateLogEventsOptions, LogEventsPage } from './logs/iterateLogEvents.js';
export type { ListLogGroupsOptions, ListLogGroupsResult, LogGroup } from './logs/listLogGroups.js';
export type { TailLogEventsOptions } from './logs/tailLogEvents.js';
export type {
  Datapoint,
  GetMetricDataOptions,
  GetMetricDataResult,
} from './metrics/getMetricData.js';
export type { ListMetricsOptions, ListMetricsResult, Metric } from './metrics/listMetrics.js';
export type { AuthMode, CloudWatchToolOptions, Environment } from './options.js';
export {
  parseTime,
  parseTimeRange,
  type TimeInput,
  type TimeOptions,
  type TimeRange,
} from './time.js';
