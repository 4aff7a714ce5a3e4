import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregation.js';
import { MetricSeries } from './metric-store.js';

const MINUTE = 60_000;

function series(points: Array<[timestamp: number, value: number, unit?: string]>) {
  const result = new MetricSeries({ namespace: 'App', metricName: 'Requests', dimensions: [] });
  for (const [timestamp, value, unit = 'Count'] of points) {
    result.add({ timestamp, value, count: 1, sum: value, min: value, max: value, unit }, timestamp);
  }
  return result;
}

describe('aggregate', () => {
  it('sums datapoints into periods from the start time, leaving out empty periods', () => {
    const data = series([
      [0, 1],
      [30_000, 2],
      [MINUTE, 4],
      [3 * MINUTE + 59_999, 8],
      [4 * MINUTE, 16],
    ]);
    const buckets = aggregate(data, { startTime: 0, endTime: 4 * MINUTE, periodSeconds: 60 });
    expect(buckets.map((b) => [b.timestamp, b.sum, b.sampleCount])).toEqual([
      [0, 3, 2],
      [MINUTE, 4, 1],
      [3 * MINUTE, 8, 1],
    ]);
  });

  it('treats the start as inclusive and the end as exclusive', () => {
    const data = series([
      [MINUTE, 1],
      [2 * MINUTE, 2],
    ]);
    const buckets = aggregate(data, { startTime: MINUTE, endTime: 2 * MINUTE, periodSeconds: 60 });
    expect(buckets.map((b) => b.sum)).toEqual([1]);
  });

  it('keeps datapoints in time order when they arrive out of order', () => {
    const data = series([
      [3 * MINUTE, 3],
      [MINUTE, 1],
      [2 * MINUTE, 2],
      [MINUTE, 10],
    ]);
    expect(data.timestamps).toEqual([MINUTE, MINUTE, 2 * MINUTE, 3 * MINUTE]);
    const buckets = aggregate(data, { startTime: 0, endTime: 10 * MINUTE, periodSeconds: 120 });
    expect(buckets.map((b) => [b.timestamp, b.sum, b.minimum, b.maximum])).toEqual([
      [0, 11, 1, 10],
      [2 * MINUTE, 5, 2, 3],
    ]);
  });

  it('counts only the requested unit', () => {
    const data = series([
      [0, 1, 'Count'],
      [1_000, 1_000, 'Milliseconds'],
    ]);
    const window = { startTime: 0, endTime: MINUTE, periodSeconds: 60 };
    expect(aggregate(data, { ...window, unit: 'Milliseconds' }).map((b) => b.sum)).toEqual([1_000]);
    expect(aggregate(data, { ...window, unit: 'Seconds' })).toEqual([]);
    expect(aggregate(data, window).map((b) => b.sum)).toEqual([1_001]);
  });
});
