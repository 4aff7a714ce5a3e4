import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregation.js';
import { MetricSeries } from './metric-store.js';
import { parseStatistic, statisticValue } from './statistics.js';

function seriesOf(samples: Array<{ value: number; count?: number }>) {
  const series = new MetricSeries({ namespace: 'App', metricName: 'Latency', dimensions: [] });
  for (const { value, count = 1 } of samples) {
    series.add(
      {
        timestamp: 1_000,
        value,
        count,
        sum: value * count,
        min: value,
        max: value,
        unit: 'Milliseconds',
      },
      1_000,
    );
  }
  return series;
}

function onlyBucket(series: MetricSeries) {
  const [bucket] = aggregate(series, { startTime: 0, endTime: 60_000, periodSeconds: 60 });
  return bucket!;
}

describe('parseStatistic', () => {
  it.each([
    ['Average', { kind: 'basic', name: 'Average' }],
    ['SampleCount', { kind: 'basic', name: 'SampleCount' }],
    ['p99', { kind: 'percentile', name: 'p99', percentile: 99 }],
    ['p99.9', { kind: 'percentile', name: 'p99.9', percentile: 99.9 }],
    ['p0', { kind: 'percentile', name: 'p0', percentile: 0 }],
    ['p100', { kind: 'percentile', name: 'p100', percentile: 100 }],
  ])('reads %s', (text, expected) => {
    expect(parseStatistic(text)).toEqual(expected);
  });

  it.each(['average', 'p101', 'p', 'P99', 'tm99', 'IQM', 'p99.'])('refuses %s', (text) => {
    expect(parseStatistic(text)).toBeUndefined();
  });
});

describe('statisticValue', () => {
  const bucket = onlyBucket(seriesOf([{ value: 10 }, { value: 20 }, { value: 60 }]));

  it.each([
    ['SampleCount', 3],
    ['Sum', 90],
    ['Average', 30],
    ['Minimum', 10],
    ['Maximum', 60],
    ['p50', 20],
    ['p100', 60],
    ['p0', 10],
  ])('gives %s', (stat, expected) => {
    expect(statisticValue(bucket, parseStatistic(stat)!)).toBe(expected);
  });

  it('weights percentiles by the counts of Values/Counts', () => {
    // 1 request at 5 ms, 98 at 10 ms, 1 at 1000 ms: p99 is still 10, p100 the outlier.
    const weighted = onlyBucket(
      seriesOf([
        { value: 1000, count: 1 },
        { value: 5, count: 1 },
        { value: 10, count: 98 },
      ]),
    );
    expect(weighted.sampleCount).toBe(100);
    expect(statisticValue(weighted, parseStatistic('p99')!)).toBe(10);
    expect(statisticValue(weighted, parseStatistic('p99.5')!)).toBe(1000);
    expect(statisticValue(weighted, parseStatistic('p1')!)).toBe(5);
  });

  it('gives no percentile where a statistic set or a negative value was published', () => {
    const withSet = seriesOf([{ value: 3 }]);
    withSet.add(
      { timestamp: 2_000, count: 2, sum: 10, min: 4, max: 6, unit: 'Milliseconds' },
      2_000,
    );
    const bucket = onlyBucket(withSet);
    expect(statisticValue(bucket, parseStatistic('Sum')!)).toBe(13);
    expect(statisticValue(bucket, parseStatistic('SampleCount')!)).toBe(3);
    expect(statisticValue(bucket, parseStatistic('p50')!)).toBeUndefined();
    expect(
      statisticValue(onlyBucket(seriesOf([{ value: -1 }, { value: 2 }])), parseStatistic('p50')!),
    ).toBeUndefined();
  });
});
