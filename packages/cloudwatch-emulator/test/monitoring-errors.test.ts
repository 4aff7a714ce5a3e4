import {
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
  GetMetricStatisticsCommand,
  type GetMetricStatisticsCommandInput,
  ListMetricsCommand,
  type MetricDatum,
  PutDashboardCommand,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { expect, it } from 'vitest';
import { expectCloudWatchError } from './cloudwatch-errors.js';
import { startFileEmulator } from './emulator-fixture.js';

const { cloudwatch } = await startFileEmulator({ seed: 'none' }, { region: 'us-east-1' });
const now = new Date();
const hourAgo = new Date(now.getTime() - 3_600_000);
const metric = { Namespace: 'Shop/Errors', MetricName: 'Latency', Dimensions: [] };

// biome-ignore lint/suspicious/noExplicitAny: rows send deliberately malformed input
type Loose = any;
const put = (datum: Loose, namespace = 'N') =>
  new PutMetricDataCommand({ Namespace: namespace, MetricData: [{ MetricName: 'x', ...datum }] });
const stats = (input: Partial<GetMetricStatisticsCommandInput>) =>
  new GetMetricStatisticsCommand({
    ...metric,
    StartTime: hourAgo,
    EndTime: now,
    Period: 60,
    Statistics: ['Sum'],
    ...input,
  });
const data = (queries: Loose[], input: Partial<GetMetricDataCommandInput> = {}) =>
  new GetMetricDataCommand({
    StartTime: hourAgo,
    EndTime: now,
    MetricDataQueries: queries,
    ...input,
  });
const stat = (Period: number, Stat: string) => ({
  Id: 'm',
  MetricStat: { Metric: metric, Period, Stat },
});
const set = { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 };
const dimensions = Array.from({ length: 31 }, (_, i) => ({ Name: `d${i}`, Value: 'v' }));

it.each<[string, Loose, string, RegExp]>([
  [
    'PutMetricData without Namespace',
    new PutMetricDataCommand({ MetricData: [{ MetricName: 'x', Value: 1 }] } as Loose),
    'MissingParameter',
    /^The parameter Namespace is required\.$/,
  ],
  [
    'PutMetricData into AWS/',
    put({ Value: 1 }, 'AWS/Lambda'),
    'InvalidParameterValue',
    /AWS\/Lambda for parameter Namespace/,
  ],
  [
    'PutMetricData with Value and StatisticValues',
    put({ Value: 1, StatisticValues: set }),
    'InvalidParameterCombination',
    /member\.1\.Value and MetricData\.member\.1\.StatisticValues are mutually exclusive/,
  ],
  [
    'PutMetricData without a value',
    put({}),
    'InvalidParameterCombination',
    /One of the parameters MetricData\.member\.1\.Value/,
  ],
  [
    'PutMetricData with fewer Counts than Values',
    put({ Values: [1, 2], Counts: [1] }),
    'InvalidParameterValue',
    /1 counts for parameter MetricData\.member\.1\.Counts/,
  ],
  [
    'PutMetricData with 31 dimensions',
    put({ Value: 1, Dimensions: dimensions }),
    'InvalidParameterValue',
    /31 dimensions .*at most 30/,
  ],
  [
    'PutMetricData three weeks back',
    put({ Value: 1, Timestamp: new Date(now.getTime() - 21 * 86_400_000) }),
    'InvalidParameterValue',
    /Timestamp is invalid: no more than two weeks in the past/,
  ],
  [
    'PutMetricData with an unknown unit',
    put({ Value: 1, Unit: 'Parsecs' }),
    'InvalidParameterValue',
    /Parsecs .*expected one of Seconds/,
  ],
  [
    'PutMetricData with NaN',
    put({ Value: Number.NaN }),
    'InvalidParameterValue',
    /NaN for parameter MetricData\.member\.1\.Value/,
  ],
  [
    'GetMetricStatistics with a 45 s period',
    stats({ Period: 45 }),
    'InvalidParameterValue',
    /45 for parameter Period/,
  ],
  [
    'GetMetricStatistics ending before it starts',
    stats({ StartTime: now, EndTime: hourAgo }),
    'InvalidParameterValue',
    /StartTime must be less than the parameter EndTime/,
  ],
  [
    'GetMetricStatistics without statistics',
    stats({ Statistics: undefined }),
    'InvalidParameterCombination',
    /Statistics and ExtendedStatistics/,
  ],
  [
    'GetMetricStatistics with tm99',
    stats({ Statistics: undefined, ExtendedStatistics: ['tm99'] }),
    'InvalidParameterValue',
    /tm99/,
  ],
  [
    'GetMetricStatistics over 1,440 datapoints',
    stats({ Period: 1 }),
    'InvalidParameterCombination',
    /exceeds the limit of 1440/,
  ],
  [
    'GetMetricData with a 7 s period',
    data([stat(7, 'Sum')]),
    'ValidationError',
    /7 for MetricDataQueries\.member\.1\.MetricStat\.Period/,
  ],
  [
    'GetMetricData with Stat Median',
    data([stat(60, 'Median')]),
    'ValidationError',
    /Median for MetricDataQueries\.member\.1\.MetricStat\.Stat/,
  ],
  [
    'GetMetricData with a math function',
    data([{ Id: 'e', Expression: 'SUM(METRICS())' }]),
    'ValidationError',
    /function SUM is not supported/,
  ],
  [
    'GetMetricData with a repeated Id',
    data([stat(60, 'Sum'), stat(60, 'Sum')]),
    'ValidationError',
    /Id m is used by more than one query/,
  ],
  [
    'GetMetricData reading an unknown id',
    data([{ Id: 'e', Expression: 'm1 * 2' }]),
    'ValidationError',
    /unknown query id m1/,
  ],
  [
    'GetMetricData ending before it starts',
    data([stat(60, 'Sum')], { StartTime: now, EndTime: hourAgo }),
    'ValidationError',
    /StartTime must be less than/,
  ],
  [
    'GetMetricData with a forged NextToken',
    data([stat(60, 'Sum')], { NextToken: 'bm9wZQ' }),
    'InvalidNextToken',
    /NextToken/,
  ],
  [
    'ListMetrics with RecentlyActive PT1H',
    new ListMetricsCommand({ RecentlyActive: 'PT1H' as Loose }),
    'InvalidParameterValue',
    /PT1H .*PT3H/,
  ],
  [
    'ListMetrics with a forged NextToken',
    new ListMetricsCommand({ NextToken: 'garbage' }),
    'InvalidNextToken',
    /NextToken/,
  ],
  [
    'an operation the emulator does not serve',
    new PutDashboardCommand({ DashboardName: 'd', DashboardBody: '{}' }),
    'InvalidAction',
    /PutDashboard is not served/,
  ],
])('%s', async (_, command, code, message) => {
  await expectCloudWatchError(cloudwatch, command, code, message);
});

it('stores nothing of a batch with one refused datum', async () => {
  const send = cloudwatch.send(
    new PutMetricDataCommand({
      Namespace: 'Shop/Atomic',
      MetricData: [
        { MetricName: 'good', Value: 1 },
        { MetricName: 'bad', Value: 1, Unit: 'Parsecs' as MetricDatum['Unit'] },
      ],
    }),
  );
  await expect(send).rejects.toThrow(/MetricData\.member\.2\.Unit/);
  const listed = await cloudwatch.send(new ListMetricsCommand({ Namespace: 'Shop/Atomic' }));
  expect(listed.Metrics).toEqual([]);
});
