import type { MetricSeries } from './metric-store.js';

export interface AggregationWindow {
  /** Start of the first period (already aligned), epoch ms, inclusive. */
  startTime: number;
  /** Epoch ms, exclusive. */
  endTime: number;
  periodSeconds: number;
  /** Only datapoints published with this unit count; all units when absent. */
  unit?: string;
}

/** The datapoints of one metric that fall in one period. */
export class Bucket {
  sampleCount = 0;
  sum = 0;
  minimum = Number.POSITIVE_INFINITY;
  maximum = Number.NEGATIVE_INFINITY;
  unit: string;
  private readonly indexes: number[] = [];
  private percentilesAvailable = true;
  private sorted: Array<[number, number]> | undefined;

  constructor(
    readonly timestamp: number,
    private readonly series: MetricSeries,
    firstUnit: string,
  ) {
    this.unit = firstUnit;
  }

  add(index: number): void {
    const { counts, sums, mins, maxs, values } = this.series;
    this.sampleCount += counts[index]!;
    this.sum += sums[index]!;
    this.minimum = Math.min(this.minimum, mins[index]!);
    this.maximum = Math.max(this.maximum, maxs[index]!);
    const value = values[index]!;
    if (Number.isNaN(value) || value < 0) this.percentilesAvailable = false;
    this.indexes.push(index);
  }

  /** `[value, count]` pairs by ascending value, or undefined when percentiles are unavailable. */
  sortedValues(): Array<[number, number]> | undefined {
    if (!this.percentilesAvailable) return undefined;
    if (!this.sorted) {
      const { values, counts } = this.series;
      this.sorted = this.indexes.map((i): [number, number] => [values[i]!, counts[i]!]);
      this.sorted.sort((a, b) => a[0] - b[0]);
    }
    return this.sorted;
  }
}

/** Periods of the window that hold data, in ascending time; empty periods are left out. */
export function aggregate(series: MetricSeries, window: AggregationWindow): Bucket[] {
  const period = window.periodSeconds * 1000;
  const buckets: Bucket[] = [];
  let current: Bucket | undefined;
  const end = series.lowerBound(window.endTime);

  for (let index = series.lowerBound(window.startTime); index < end; index++) {
    const unit = series.units[index]!;
    if (window.unit !== undefined && unit !== window.unit) continue;
    const timestamp = series.timestamps[index]!;
    const bucketStart =
      window.startTime + Math.floor((timestamp - window.startTime) / period) * period;
    if (current?.timestamp !== bucketStart) {
      current = new Bucket(bucketStart, series, unit);
      buckets.push(current);
    }
    current.add(index);
  }
  return buckets;
}
