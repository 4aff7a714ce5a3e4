import type { Row } from './rows.js';
import { compareSortKeys, type SortKeyValue, toSortKey } from './sort-order.js';
import { groupingKey, toNumber, type Value } from './values.js';

/** Folds the rows of one group into one value. */
export interface Accumulator {
  add(row: Row): void;
  result(): Value;
}

export type Evaluate = (row: Row) => Value;

/** Aggregate functions of `stats`, with how many arguments each takes. */
export const AGGREGATE_ARITY: Record<string, [number, number]> = {
  count: [0, 1],
  count_distinct: [1, 1],
  sum: [1, 1],
  avg: [1, 1],
  min: [1, 1],
  max: [1, 1],
  pct: [2, 2],
  earliest: [1, 1],
  latest: [1, 1],
  sortsfirst: [1, 1],
  sortslast: [1, 1],
};

/**
 * A factory of one aggregate's accumulators, one per group. `argument` is null for `count(*)`;
 * `percentile` is the N of `pct(field, N)`.
 */
export function accumulatorFactory(
  name: string,
  argument: Evaluate | null,
  percentile = 50,
): () => Accumulator {
  if (argument === null) return () => new CountAll();
  switch (name) {
    case 'count':
      return () => new CountPresent(argument);
    case 'count_distinct':
      return () => new CountDistinct(argument);
    case 'sum':
      return () => new Sum(argument, false);
    case 'avg':
      return () => new Sum(argument, true);
    case 'min':
    case 'sortsfirst':
      return () => new Extreme(argument, -1);
    case 'max':
    case 'sortslast':
      return () => new Extreme(argument, 1);
    case 'pct':
      return () => new Percentile(argument, percentile);
    case 'earliest':
      return () => new ByTime(argument, -1);
    default:
      return () => new ByTime(argument, 1);
  }
}

class CountAll implements Accumulator {
  private n = 0;
  add(): void {
    this.n++;
  }
  result(): Value {
    return this.n;
  }
}

class CountPresent implements Accumulator {
  private n = 0;
  constructor(private readonly argument: Evaluate) {}
  add(row: Row): void {
    if (this.argument(row) !== null) this.n++;
  }
  result(): Value {
    return this.n;
  }
}

class CountDistinct implements Accumulator {
  private readonly seen = new Set<string>();
  constructor(private readonly argument: Evaluate) {}
  add(row: Row): void {
    const value = this.argument(row);
    if (value !== null) this.seen.add(groupingKey(value));
  }
  result(): Value {
    return this.seen.size;
  }
}

/** Sum, or average when `average`; values that are not numbers are left out of both. */
class Sum implements Accumulator {
  private total = 0;
  private n = 0;
  constructor(
    private readonly argument: Evaluate,
    private readonly average: boolean,
  ) {}
  add(row: Row): void {
    const n = toNumber(this.argument(row));
    if (n === null) return;
    this.total += n;
    this.n++;
  }
  result(): Value {
    if (this.n === 0) return null;
    return this.average ? this.total / this.n : this.total;
  }
}

/** The value that sorts first (direction -1) or last (1) in AWS's sort order. */
class Extreme implements Accumulator {
  private best: Value = null;
  private bestKey: SortKeyValue = null;
  constructor(
    private readonly argument: Evaluate,
    private readonly direction: -1 | 1,
  ) {}
  add(row: Row): void {
    const value = this.argument(row);
    if (value === null) return;
    const key = toSortKey(value);
    if (this.best === null || compareSortKeys(key, this.bestKey) * this.direction > 0) {
      this.best = value;
      this.bestKey = key;
    }
  }
  result(): Value {
    return this.best;
  }
}

/**
 * Nearest-rank percentile: the smallest value with at least N% of the values at or below. AWS
 * estimates percentiles and distinct counts; the emulator's are exact.
 */
class Percentile implements Accumulator {
  private readonly values: number[] = [];
  constructor(
    private readonly argument: Evaluate,
    private readonly percentile: number,
  ) {}
  add(row: Row): void {
    const n = toNumber(this.argument(row));
    if (n !== null) this.values.push(n);
  }
  result(): Value {
    if (this.values.length === 0) return null;
    const sorted = Float64Array.from(this.values).sort();
    const rank = Math.ceil((this.percentile / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
  }
}

/** The value from the event with the earliest (-1) or latest (1) `@timestamp`. */
class ByTime implements Accumulator {
  private best: Value = null;
  private bestTime = 0;
  constructor(
    private readonly argument: Evaluate,
    private readonly direction: -1 | 1,
  ) {}
  add(row: Row): void {
    const value = this.argument(row);
    if (value === null) return;
    const time = toNumber(row.get('@timestamp')) ?? 0;
    if (this.best === null || (time - this.bestTime) * this.direction > 0) {
      this.best = value;
      this.bestTime = time;
    }
  }
  result(): Value {
    return this.best;
  }
}
