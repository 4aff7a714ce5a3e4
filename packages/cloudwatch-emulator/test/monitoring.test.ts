import {
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  PutMetricDataCommand,
  paginateGetMetricData,
} from '@aws-sdk/client-cloudwatch';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFileEmulator } from './emulator-fixture.js';

const MINUTE = 60_000;
// Whole minutes, 30 minutes back, so every datapoint sits well inside what PutMetricData accepts.
const base = Math.floor(Date.now() / MINUTE) * MINUTE - 30 * MINUTE;
const at = (minutes: number, seconds = 0) => new Date(base + minutes * MINUTE + seconds * 1000);

const { cloudwatch } = await startFileEmulator({ seed: 'none' });

describe('PutMetricData then reading back', () => {
  const namespace = 'Shop/RoundTrip';
  const dimensions = [{ Name: 'Service', Value: 'checkout' }];

  beforeAll(async () => {
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: namespace,
        MetricData: [
          {
            MetricName: 'Latency',
            Dimensions: dimensions,
            Timestamp: at(0, 5),
            Value: 10,
            Unit: 'Milliseconds',
          },
          {
            MetricName: 'Latency',
            Dimensions: dimensions,
            Timestamp: at(0, 40),
            Value: 30,
            Unit: 'Milliseconds',
          },
          {
            MetricName: 'Latency',
            Dimensions: dimensions,
            Timestamp: at(1, 10),
            Values: [5, 100, 1000],
            Counts: [97, 2, 1],
            Unit: 'Milliseconds',
          },
          {
            MetricName: 'Queue',
            Dimensions: dimensions,
            Timestamp: at(0, 30),
            StatisticValues: { SampleCount: 4, Sum: 22, Minimum: 1, Maximum: 9 },
            Unit: 'Count',
          },
        ],
      }),
    );
  });

  it('GetMetricStatistics gives exact statistics, percentiles and units per period', async () => {
    const result = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: namespace,
        MetricName: 'Latency',
        Dimensions: dimensions,
        StartTime: at(0),
        EndTime: at(2),
        Period: 60,
        Statistics: ['SampleCount', 'Sum', 'Average', 'Minimum', 'Maximum'],
        ExtendedStatistics: ['p50', 'p99', 'p100'],
      }),
    );
    expect(result.Label).toBe('Latency');
    expect(result.Datapoints).toEqual([
      {
        Timestamp: at(0),
        SampleCount: 2,
        Sum: 40,
        Average: 20,
        Minimum: 10,
        Maximum: 30,
        Unit: 'Milliseconds',
        ExtendedStatistics: { p50: 10, p99: 30, p100: 30 },
      },
      {
        Timestamp: at(1),
        SampleCount: 100,
        Sum: 1685,
        Average: 16.85,
        Minimum: 5,
        Maximum: 1000,
        Unit: 'Milliseconds',
        ExtendedStatistics: { p50: 5, p99: 100, p100: 1000 },
      },
    ]);
  });

  it('keeps statistic sets whole and gives them no percentile', async () => {
    const result = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: namespace,
        MetricName: 'Queue',
        Dimensions: dimensions,
        StartTime: at(0),
        EndTime: at(5),
        Period: 300,
        Statistics: ['SampleCount', 'Sum', 'Average', 'Minimum', 'Maximum'],
        ExtendedStatistics: ['p90'],
      }),
    );
    expect(result.Datapoints).toEqual([
      {
        Timestamp: at(0),
        SampleCount: 4,
        Sum: 22,
        Average: 5.5,
        Minimum: 1,
        Maximum: 9,
        Unit: 'Count',
        ExtendedStatistics: {},
      },
    ]);
  });

  it('GetMetricData answers several queries, labels, ScanBy, units and expressions', async () => {
    const metric = { Namespace: namespace, MetricName: 'Latency', Dimensions: dimensions };
    const result = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: at(0),
        EndTime: at(2),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [
          { Id: 'avg', MetricStat: { Metric: metric, Period: 60, Stat: 'Average' } },
          {
            Id: 'p99',
            MetricStat: { Metric: metric, Period: 60, Stat: 'p99' },
            Label: 'p99 latency',
          },
          {
            Id: 'count',
            MetricStat: { Metric: metric, Period: 120, Stat: 'SampleCount' },
            ReturnData: false,
          },
          {
            Id: 'seconds',
            MetricStat: { Metric: metric, Period: 60, Stat: 'Sum', Unit: 'Seconds' },
          },
          { Id: 'doubled', Expression: '2 * count', Label: 'twice the count' },
        ],
      }),
    );
    const complete = { StatusCode: 'Complete', Messages: [] };
    expect(result.MetricDataResults).toEqual([
      { Id: 'avg', Label: 'Latency', Timestamps: [at(0), at(1)], Values: [20, 16.85], ...complete },
      {
        Id: 'p99',
        Label: 'p99 latency',
        Timestamps: [at(0), at(1)],
        Values: [30, 100],
        ...complete,
      },
      { Id: 'seconds', Label: 'Latency', Timestamps: [], Values: [], ...complete },
      { Id: 'doubled', Label: 'twice the count', Timestamps: [at(0)], Values: [204], ...complete },
    ]);
    expect(result.NextToken).toBeUndefined();
  });

  it('GetMetricData pages by MaxDatapoints, newest first, with no loss or duplicate', async () => {
    const metric = { Namespace: 'Shop/Paging', MetricName: 'Orders', Dimensions: [] };
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: metric.Namespace,
        MetricData: Array.from({ length: 25 }, (_, minute) => ({
          MetricName: metric.MetricName,
          Timestamp: at(minute, 1),
          Value: minute,
        })),
      }),
    );
    const pages = [];
    for await (const page of paginateGetMetricData(
      { client: cloudwatch },
      {
        StartTime: at(0),
        EndTime: at(30),
        MaxDatapoints: 7,
        MetricDataQueries: [
          { Id: 'sum', MetricStat: { Metric: metric, Period: 60, Stat: 'Sum' } },
          { Id: 'max', MetricStat: { Metric: metric, Period: 300, Stat: 'Maximum' } },
        ],
      },
    )) {
      pages.push(page);
    }
    // 25 + 5 datapoints in pages of 7.
    expect(pages.map((page) => page.MetricDataResults!.map((r) => r.Values!.length))).toEqual([
      [7, 0],
      [7, 0],
      [7, 0],
      [4, 3],
      [0, 2],
    ]);
    expect(pages.map((page) => page.MetricDataResults!.map((r) => r.StatusCode))).toEqual([
      ['PartialData', 'PartialData'],
      ['PartialData', 'PartialData'],
      ['PartialData', 'PartialData'],
      ['Complete', 'PartialData'],
      ['Complete', 'Complete'],
    ]);
    const sums = pages.flatMap((page) => page.MetricDataResults![0]!.Values!);
    expect(sums).toEqual(Array.from({ length: 25 }, (_, minute) => 24 - minute));
    const maxima = pages.flatMap((page) => page.MetricDataResults![1]!.Values!);
    expect(maxima).toEqual([24, 19, 14, 9, 4]);
  });
});
