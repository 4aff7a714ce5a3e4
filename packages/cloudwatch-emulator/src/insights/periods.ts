/** A period of a datetime function, such as the `5m` of `bin(5m)`. */
export type Period =
  | { kind: 'fixed'; ms: number }
  /** Calendar months (a quarter is 3, a year 12), which have no fixed length. */
  | { kind: 'months'; months: number };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Units AWS documents for periods; a unit longer than one letter may also take a plural s. */
const FIXED_UNITS: Record<string, number> = {
  ms: 1,
  msec: 1,
  millisecond: 1,
  s: SECOND,
  sec: SECOND,
  second: SECOND,
  m: MINUTE,
  min: MINUTE,
  minute: MINUTE,
  h: HOUR,
  hr: HOUR,
  hour: HOUR,
  d: DAY,
  day: DAY,
};
const MONTH_UNITS: Record<string, number> = {
  mo: 1,
  mon: 1,
  month: 1,
  q: 3,
  qtr: 3,
  quarter: 3,
  y: 12,
  yr: 12,
  year: 12,
};
const WEEK_UNITS = new Set(['w', 'week']);

/** The period for an amount and unit, or the reason it is refused. */
export function toPeriod(amount: number, unitText: string): Period | string {
  const lower = unitText.toLowerCase();
  const unit = lower.length > 2 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (!Number.isInteger(amount) || amount < 1) {
    return `A period needs a whole number above 0, got ${amount}`;
  }
  const fixed = FIXED_UNITS[unit];
  if (fixed !== undefined) return { kind: 'fixed', ms: amount * fixed };
  const months = MONTH_UNITS[unit];
  if (months !== undefined) {
    // TODO(insights): periods of several months (2mo, 2q) need AWS's alignment, undocumented.
    if (amount !== 1) return `Periods of more than one ${unit} are not supported by this emulator`;
    return { kind: 'months', months };
  }
  if (WEEK_UNITS.has(unit)) {
    // TODO(insights): AWS does not document on which weekday its week periods start.
    return 'Week periods are not supported by this emulator';
  }
  return `Unknown period unit '${unitText}'; expected ms, s, m, h, d, mo, q or y`;
}

/** The start of the period that holds `ms`, in UTC. */
export function floorToPeriod(ms: number, period: Period): number {
  if (period.kind === 'fixed') return Math.floor(ms / period.ms) * period.ms;
  const date = new Date(ms);
  const month = Math.floor(date.getUTCMonth() / period.months) * period.months;
  return Date.UTC(date.getUTCFullYear(), month, 1);
}

/** The end of the period that holds `ms`; a time already on a boundary stays where it is. */
export function ceilToPeriod(ms: number, period: Period): number {
  const floor = floorToPeriod(ms, period);
  if (floor === ms) return ms;
  if (period.kind === 'fixed') return floor + period.ms;
  const date = new Date(floor);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + period.months, 1);
}
