/**
 * CloudWatch Logs read actions that accept a resource ARN, from the AWS Service Authorization
 * Reference (Amazon CloudWatch Logs, read in 2026). Every logs action not listed here, and every
 * `cloudwatch:` metrics action, must stay on `"Resource": "*"`: DescribeLogGroups,
 * DescribeQueries, DescribeQueryDefinitions, StopQuery, ListLogGroups, ListLogGroupsForQuery,
 * TestMetricFilter, cloudwatch:ListMetrics, GetMetricData, GetMetricStatistics and
 * DescribeAlarmsForMetric among them.
 */
export const LOGS_ACTION_RESOURCE: Readonly<Record<string, 'log-group' | 'log-stream'>> = {
  DescribeLogStreams: 'log-group',
  DescribeMetricFilters: 'log-group',
  DescribeSubscriptionFilters: 'log-group',
  FilterLogEvents: 'log-group',
  GetDataProtectionPolicy: 'log-group',
  GetLogGroupFields: 'log-group',
  GetLogRecord: 'log-group',
  GetQueryResults: 'log-group',
  GetTransformer: 'log-group',
  ListTagsLogGroup: 'log-group',
  StartLiveTail: 'log-group',
  StartQuery: 'log-group',
  Unmask: 'log-group',
  GetLogEvents: 'log-stream',
};
