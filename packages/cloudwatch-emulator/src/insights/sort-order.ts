import { Instant, type Value } from './values.js';

/** A value prepared once for sorting: a number, a text, or null when missing. */
export type SortKeyValue = number | string | null;

export function toSortKey(value: Value): SortKeyValue {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (value instanceof Instant) return value.ms;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return NUMBER_VALUE.test(value) ? Number(value) : value;
}

/** "Number values" in AWS's sort: only digits, with an optional sign and decimals. */
const NUMBER_VALUE = /^[-+]?\d+(\.\d+)?$/;
const CHUNK = /\d+|\D+/g;

/**
 * Ascending order as Logs Insights sorts: every text before every number, numbers by value,
 * texts in natural order (runs of digits compare by length, then value; other runs by code
 * point). Missing values come last in both directions.
 */
export function compareSortKeys(a: SortKeyValue, b: SortKeyValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number') return typeof b === 'number' ? a - b : 1;
  if (typeof b === 'number') return -1;
  return compareNatural(a, b);
}

export function compareNatural(a: string, b: string): number {
  const left = a.match(CHUNK) ?? [];
  const right = b.match(CHUNK) ?? [];
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    if (isDigits(x) && isDigits(y)) {
      if (x.length !== y.length) return x.length - y.length;
      return x < y ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

function isDigits(chunk: string): boolean {
  const c = chunk.charCodeAt(0);
  return c >= 48 && c <= 57;
}
