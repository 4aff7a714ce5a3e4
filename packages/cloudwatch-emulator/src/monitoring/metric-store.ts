export interface Dimension {
  Name: string;
  Value: string;
}

export interface MetricIdentity {
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
}

/**
 * One published datum. A raw value (`value` set) counts `count` times; a statistic set has no
 * `value`, only its summary, so it cannot take part in percentiles.
 */
export interface Sample {
  timestamp: number;
  value?: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  unit: string;
}

/** Two dimension lists name the same metric whatever their order, so they are kept sorted. */
export function sortDimensions(dimensions: Dimension[]): Dimension[] {
  return [...dimensions].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}

export function metricKey(identity: MetricIdentity): string {
  const dimensions = sortDimensions(identity.dimensions).map((d) => [d.Name, d.Value]);
  return JSON.stringify([identity.namespace, identity.metricName, dimensions]);
}

/**
 * The datapoints of one metric in columns ordered by timestamp, so that a time window is found by
 * binary search and a period is summed without allocating an object per datapoint.
 */
export class MetricSeries implements MetricIdentity {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Dimension[];
  readonly key: string;
  readonly timestamps: number[] = [];
  /** NaN where the datum was a statistic set. */
  readonly values: number[] = [];
  readonly counts: number[] = [];
  readonly sums: number[] = [];
  readonly mins: number[] = [];
  readonly maxs: number[] = [];
  readonly units: string[] = [];
  /** When data was last published, for ListMetrics' RecentlyActive. */
  lastPublishedAt = Number.NEGATIVE_INFINITY;

  constructor(identity: MetricIdentity) {
    this.namespace = identity.namespace;
    this.metricName = identity.metricName;
    this.dimensions = sortDimensions(identity.dimensions);
    this.key = metricKey(identity);
  }

  get size(): number {
    return this.timestamps.length;
  }

  add(sample: Sample, publishedAt: number): void {
    const at = this.upperBound(sample.timestamp);
    const value = sample.value ?? Number.NaN;
    if (at === this.timestamps.length) {
      this.timestamps.push(sample.timestamp);
      this.values.push(value);
      this.counts.push(sample.count);
      this.sums.push(sample.sum);
      this.mins.push(sample.min);
      this.maxs.push(sample.max);
      this.units.push(sample.unit);
    } else {
      this.timestamps.splice(at, 0, sample.timestamp);
      this.values.splice(at, 0, value);
      this.counts.splice(at, 0, sample.count);
      this.sums.splice(at, 0, sample.sum);
      this.mins.splice(at, 0, sample.min);
      this.maxs.splice(at, 0, sample.max);
      this.units.splice(at, 0, sample.unit);
    }
    this.lastPublishedAt = Math.max(this.lastPublishedAt, publishedAt);
  }

  /** Index of the first datapoint at or after `timestamp`. */
  lowerBound(timestamp: number): number {
    let low = 0;
    let high = this.timestamps.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.timestamps[mid]! < timestamp) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Index just past the last datapoint at or before `timestamp`. */
  private upperBound(timestamp: number): number {
    const last = this.timestamps.length - 1;
    if (last < 0 || this.timestamps[last]! <= timestamp) return last + 1;
    let low = 0;
    let high = this.timestamps.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.timestamps[mid]! <= timestamp) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

export class MetricStore {
  private readonly byKey = new Map<string, MetricSeries>();
  private sorted: MetricSeries[] | undefined;

  find(identity: MetricIdentity): MetricSeries | undefined {
    return this.byKey.get(metricKey(identity));
  }

  getOrCreate(identity: MetricIdentity): MetricSeries {
    const key = metricKey(identity);
    let series = this.byKey.get(key);
    if (!series) {
      series = new MetricSeries(identity);
      this.byKey.set(key, series);
      this.sorted = undefined;
    }
    return series;
  }

  /** Every metric, ordered by key so that pages of ListMetrics are stable. */
  all(): readonly MetricSeries[] {
    this.sorted ??= [...this.byKey.values()].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
    return this.sorted;
  }

  get size(): number {
    return this.byKey.size;
  }

  clear(): void {
    this.byKey.clear();
    this.sorted = undefined;
  }
}
