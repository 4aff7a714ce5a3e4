import {
  dimension,
  list,
  metricDataQuery,
  type OperationShapes,
  strings,
  struct,
  tag,
} from './query-shapes.js';

const alarmCommon = {
  AlarmName: 'string',
  AlarmArn: 'string',
  AlarmDescription: 'string',
  AlarmConfigurationUpdatedTimestamp: 'timestamp',
  ActionsEnabled: 'boolean',
  OKActions: strings,
  AlarmActions: strings,
  InsufficientDataActions: strings,
  StateValue: 'string',
  StateReason: 'string',
  StateReasonData: 'string',
  StateUpdatedTimestamp: 'timestamp',
  StateTransitionedTimestamp: 'timestamp',
} as const;
// What PutMetricAlarm sets and DescribeAlarms returns of a metric alarm.
const metricAlarmSettings = {
  MetricName: 'string',
  Namespace: 'string',
  Statistic: 'string',
  ExtendedStatistic: 'string',
  Dimensions: list(dimension),
  Period: 'integer',
  Unit: 'string',
  EvaluationPeriods: 'integer',
  DatapointsToAlarm: 'integer',
  Threshold: 'double',
  ComparisonOperator: 'string',
  TreatMissingData: 'string',
  EvaluateLowSampleCountPercentile: 'string',
  Metrics: list(metricDataQuery),
  ThresholdMetricId: 'string',
} as const;
const metricAlarm = struct({
  ...alarmCommon,
  ...metricAlarmSettings,
  EvaluationState: 'string',
});
const compositeAlarm = struct({
  ...alarmCommon,
  AlarmRule: 'string',
  ActionsSuppressedBy: 'string',
  ActionsSuppressedReason: 'string',
  ActionsSuppressor: 'string',
  ActionsSuppressorWaitPeriod: 'integer',
  ActionsSuppressorExtensionPeriod: 'integer',
});
const alarmInput = {
  AlarmName: 'string',
  AlarmDescription: 'string',
  ActionsEnabled: 'boolean',
  OKActions: strings,
  AlarmActions: strings,
  InsufficientDataActions: strings,
  Tags: list(tag),
} as const;

export const ALARM_OPERATION_SHAPES: Record<string, OperationShapes> = {
  DescribeAlarms: {
    input: struct({
      AlarmNames: strings,
      AlarmNamePrefix: 'string',
      AlarmTypes: strings,
      ChildrenOfAlarmName: 'string',
      ParentsOfAlarmName: 'string',
      StateValue: 'string',
      ActionPrefix: 'string',
      MaxRecords: 'integer',
      NextToken: 'string',
    }),
    output: struct({
      CompositeAlarms: list(compositeAlarm),
      MetricAlarms: list(metricAlarm),
      NextToken: 'string',
    }),
  },
  DescribeAlarmHistory: {
    input: struct({
      AlarmName: 'string',
      AlarmContributorId: 'string',
      AlarmTypes: strings,
      HistoryItemType: 'string',
      StartDate: 'timestamp',
      EndDate: 'timestamp',
      MaxRecords: 'integer',
      NextToken: 'string',
      ScanBy: 'string',
    }),
    output: struct({
      AlarmHistoryItems: list(
        struct({
          AlarmName: 'string',
          AlarmContributorId: 'string',
          AlarmType: 'string',
          Timestamp: 'timestamp',
          HistoryItemType: 'string',
          HistorySummary: 'string',
          HistoryData: 'string',
        }),
      ),
      NextToken: 'string',
    }),
  },
  PutMetricAlarm: {
    input: struct({
      ...alarmInput,
      ...metricAlarmSettings,
    }),
    output: struct({}),
  },
  PutCompositeAlarm: {
    input: struct({
      ...alarmInput,
      AlarmRule: 'string',
      ActionsSuppressor: 'string',
      ActionsSuppressorWaitPeriod: 'integer',
      ActionsSuppressorExtensionPeriod: 'integer',
    }),
    output: struct({}),
  },
  SetAlarmState: {
    input: struct({
      AlarmName: 'string',
      StateValue: 'string',
      StateReason: 'string',
      StateReasonData: 'string',
    }),
    output: struct({}),
  },
  DeleteAlarms: { input: struct({ AlarmNames: strings }), output: struct({}) },
};
