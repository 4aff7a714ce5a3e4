/**
 * A point in time. Timestamps are values of their own so that `@timestamp`, `bin(5m)` and
 * `fromMillis()` print as dates while still comparing and computing as milliseconds.
 */
export class Instant {
  constructor(readonly ms: number) {}
}

/** A field's value; `null` is a missing field. */
export type Value = string | number | boolean | Instant | null;

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** The number a value stands for: numbers, timestamps, booleans and numeric strings. */
export function toNumber(value: Value): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return NUMERIC.test(value) ? Number(value) : null;
  if (value instanceof Instant) return value.ms;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

/** How a value is shown in results: strings as they are, timestamps as AWS prints them. */
export function toText(value: Value): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Instant) return formatTimestamp(value.ms);
  return value ? '1' : '0';
}

/** `2024-01-02 03:04:05.678`, in UTC, as Logs Insights prints timestamps. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23).replace('T', ' ');
}

export function isTruthy(value: Value): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value !== '';
  return true;
}

/**
 * Equality as a filter sees it: numerically when both sides are numbers or numeric text (a
 * parsed `"200"` equals `200`), else as text. A missing field equals nothing.
 */
export function valuesEqual(left: Value, right: Value): boolean {
  if (left === null || right === null) return false;
  const a = toNumber(left);
  const b = toNumber(right);
  if (a !== null && b !== null) return a === b;
  return toText(left) === toText(right);
}

/** Order for `<`, `>`: numeric when both sides are numbers, else text; null if missing. */
export function compareValues(left: Value, right: Value): number | null {
  if (left === null || right === null) return null;
  const a = toNumber(left);
  const b = toNumber(right);
  if (a !== null && b !== null) return a - b;
  if (left instanceof Instant || right instanceof Instant) {
    const leftMs = left instanceof Instant ? left.ms : Date.parse(String(left));
    const rightMs = right instanceof Instant ? right.ms : Date.parse(String(right));
    return Number.isNaN(leftMs) || Number.isNaN(rightMs) ? null : leftMs - rightMs;
  }
  const x = toText(left)!;
  const y = toText(right)!;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A key under which `stats ... by` and `dedup` group values: the printed text, so that values
 * that print alike group alike, with timestamps kept apart and cheap to build.
 */
export function groupingKey(value: Value): string {
  if (value === null) return '\u0000';
  if (typeof value === 'string') return value;
  if (value instanceof Instant) return `\u0001${value.ms}`;
  return toText(value)!;
}
