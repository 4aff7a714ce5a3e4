import {
  dimension,
  list,
  messageData,
  metric,
  metricDataQuery,
  type OperationShapes,
  strings,
  struct,
} from './query-shapes.js';

const statisticSet = struct({
  SampleCount: 'double',
  Sum: 'double',
  Minimum: 'double',
  Maximum: 'double',
});
const metricDatum = struct({
  MetricName: 'string',
  Dimensions: list(dimension),
  Timestamp: 'timestamp',
  Value: 'double',
  StatisticValues: statisticSet,
  Values: list('double'),
  Counts: list('double'),
  Unit: 'string',
  StorageResolution: 'integer',
});

const datapoint = struct({
  Timestamp: 'timestamp',
  SampleCount: 'double',
  Average: 'double',
  Sum: 'double',
  Minimum: 'double',
  Maximum: 'double',
  Unit: 'string',
  ExtendedStatistics: { map: 'double' },
});

export const METRIC_OPERATION_SHAPES: Record<string, OperationShapes> = {
  ListMetrics: {
    input: struct({
      Namespace: 'string',
      MetricName: 'string',
      Dimensions: list(dimension),
      NextToken: 'string',
      RecentlyActive: 'string',
      IncludeLinkedAccounts: 'boolean',
      OwningAccount: 'string',
    }),
    output: struct({ Metrics: list(metric), NextToken: 'string', OwningAccounts: strings }),
  },
  GetMetricData: {
    input: struct({
      MetricDataQueries: list(metricDataQuery),
      StartTime: 'timestamp',
      EndTime: 'timestamp',
      NextToken: 'string',
      ScanBy: 'string',
      MaxDatapoints: 'integer',
      LabelOptions: struct({ Timezone: 'string' }),
    }),
    output: struct({
      MetricDataResults: list(
        struct({
          Id: 'string',
          Label: 'string',
          Timestamps: list('timestamp'),
          Values: list('double'),
          StatusCode: 'string',
          Messages: list(messageData),
        }),
      ),
      NextToken: 'string',
      Messages: list(messageData),
    }),
  },
  GetMetricStatistics: {
    input: struct({
      Namespace: 'string',
      MetricName: 'string',
      Dimensions: list(dimension),
      StartTime: 'timestamp',
      EndTime: 'timestamp',
      Period: 'integer',
      Statistics: strings,
      ExtendedStatistics: strings,
      Unit: 'string',
    }),
    output: struct({ Label: 'string', Datapoints: list(datapoint) }),
  },
  PutMetricData: {
    input: struct({
      Namespace: 'string',
      MetricData: list(metricDatum),
      StrictEntityValidation: 'boolean',
    }),
    output: struct({}),
  },
};
