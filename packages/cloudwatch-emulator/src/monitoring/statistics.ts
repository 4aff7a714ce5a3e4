import type { Bucket } from './aggregation.js';

export type StatisticName = 'SampleCount' | 'Average' | 'Sum' | 'Minimum' | 'Maximum';

export const STATISTIC_NAMES: readonly StatisticName[] = [
  'SampleCount',
  'Average',
  'Sum',
  'Minimum',
  'Maximum',
];

export type Statistic =
  | { kind: 'basic'; name: StatisticName }
  | { kind: 'percentile'; name: string; percentile: number };

const PERCENTILE = /^p(\d{1,3}(?:\.\d{1,3})?)$/;

/** `Average`, `Sum`, … or a percentile `p90`, `p99.9`; undefined for anything else. */
export function parseStatistic(text: string): Statistic | undefined {
  if ((STATISTIC_NAMES as readonly string[]).includes(text)) {
    return { kind: 'basic', name: text as StatisticName };
  }
  const match = PERCENTILE.exec(text);
  if (!match) return undefined;
  const percentile = Number(match[1]);
  if (percentile > 100) return undefined;
  return { kind: 'percentile', name: text, percentile };
}

/** The statistic of one period, or undefined where CloudWatch would return no value. */
export function statisticValue(bucket: Bucket, statistic: Statistic): number | undefined {
  if (statistic.kind === 'percentile') return percentileOf(bucket, statistic.percentile);
  switch (statistic.name) {
    case 'SampleCount':
      return bucket.sampleCount;
    case 'Sum':
      return bucket.sum;
    case 'Average':
      return bucket.sum / bucket.sampleCount;
    case 'Minimum':
      return bucket.minimum;
    case 'Maximum':
      return bucket.maximum;
  }
}

/**
 * Nearest-rank percentile over the raw values of the period, each weighted by its count.
 * CloudWatch gives no percentile where a statistic set or a negative value was published.
 */
export function percentileOf(bucket: Bucket, percentile: number): number | undefined {
  const sorted = bucket.sortedValues();
  if (!sorted) return undefined;
  const rank = Math.max(1, Math.ceil((percentile / 100) * bucket.sampleCount));
  let seen = 0;
  for (const [value, count] of sorted) {
    seen += count;
    if (seen >= rank) return value;
  }
  return sorted.at(-1)?.[0];
}
