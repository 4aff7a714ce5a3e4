import { CloudWatchError } from './errors.js';

/**
 * A point in time: a string (`15m`, `2h ago`, `now`, ISO 8601, epoch s/ms), epoch ms, or a Date.
 */
export type TimeInput = string | number | Date;

export interface TimeOptions {
  /** The clock in epoch ms; defaults to `Date.now()`. */
  now?: number;
  /** Which input this is (`start`, `end`), for the error message. */
  label?: string;
}

export interface TimeRange {
  startMs: number;
  endMs: number;
}

const ACCEPTED_FORMS =
  'a duration before now (30s, 15m, 2h, 1d, 1w, 1h30m; "-15m" and "15m ago" too), "now", ' +
  'an ISO 8601 date or date-time (no zone means UTC), or epoch seconds or milliseconds ' +
  '(e.g. 1714560000)';

const UNIT_MS: Record<string, number> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const RELATIVE = /^-?\s*((?:\d+\s*[smhdw]\s*)+)(?:ago)?$/;
const RELATIVE_PART = /(\d+)\s*([smhdw])/g;
// A date, then optionally a time and a zone; parseIso8601 reads the groups by position.
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/.source;
const ISO_TIME = /(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?/.source;
const ISO_ZONE = /(z|[+-]\d{2}(?::?\d{2})?)/.source;
const ISO_8601 = new RegExp(`^${ISO_DATE}(?:[t ]${ISO_TIME}${ISO_ZONE}?)?$`);
// At least 9 digits (1973 on): a bare "15" is far likelier a mistyped duration than 1970.
const EPOCH = /^\d{9,16}$/;
// Epoch values below this are read as seconds: 1e11 s is the year 5138, 1e11 ms is 1973.
const EPOCH_SECONDS_BELOW = 1e11;
const MAX_EPOCH_MS = 8.64e15;

/** Parses one time input to epoch milliseconds, or throws `E_TIME` naming the input. */
export function parseTime(input: TimeInput, options: TimeOptions = {}): number {
  const now = options.now ?? Date.now();
  const ms = toEpochMs(input, now);
  if (ms === undefined) {
    const what = options.label ? `${options.label} time` : 'time';
    throw new CloudWatchError(
      'E_TIME',
      `Invalid ${what} ${describe(input)}: expected ${ACCEPTED_FORMS}.`,
    );
  }
  return ms;
}

/**
 * Parses a start/end pair. `end` defaults to now, `start` to `end - defaultDurationMs` (1 h).
 * Throws `E_TIME` when either is invalid or start is not before end.
 */
export function parseTimeRange(
  range: { start?: TimeInput | undefined; end?: TimeInput | undefined },
  options: { now?: number; defaultDurationMs?: number } = {},
): TimeRange {
  const now = options.now ?? Date.now();
  const endMs = range.end === undefined ? now : parseTime(range.end, { now, label: 'end' });
  const startMs =
    range.start === undefined
      ? endMs - (options.defaultDurationMs ?? UNIT_MS.h!)
      : parseTime(range.start, { now, label: 'start' });

  if (startMs >= endMs) {
    const start = range.start === undefined ? 'default' : describe(range.start);
    const end = range.end === undefined ? '"now"' : describe(range.end);
    throw new CloudWatchError(
      'E_TIME',
      `Start time ${start} (${iso(startMs)}) is not before end time ${end} (${iso(endMs)}).`,
      { hint: 'Give a start earlier than the end, e.g. start "2h" and end "now".' },
    );
  }
  return { startMs, endMs };
}

function toEpochMs(input: TimeInput, now: number): number | undefined {
  if (input instanceof Date) return inRange(input.getTime());
  if (typeof input === 'number') return inRange(Math.floor(input));
  if (typeof input !== 'string') return undefined;

  const text = input.trim().toLowerCase();
  if (text === 'now') return now;
  if (EPOCH.test(text)) {
    const value = Number(text);
    return inRange(value < EPOCH_SECONDS_BELOW ? value * 1000 : value);
  }
  const relative = RELATIVE.exec(text);
  if (relative) return inRange(now - durationMs(relative[1]!));
  return parseIso8601(text);
}

function durationMs(text: string): number {
  let total = 0;
  for (const [, amount, unit] of text.matchAll(RELATIVE_PART)) {
    total += Number(amount) * UNIT_MS[unit!]!;
  }
  return total;
}

function parseIso8601(text: string): number | undefined {
  const match = ISO_8601.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second);

  // Date.UTC rolls 2024-02-30 over to March; an impossible date must be an error instead.
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;

  const offsetMs = zoneOffsetMs(zone);
  if (offsetMs === undefined) return undefined;
  const ms = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
  return inRange(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMs);
}

function zoneOffsetMs(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes) * 60_000;
}

function inRange(ms: number): number | undefined {
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_EPOCH_MS ? ms : undefined;
}

function describe(input: TimeInput): string {
  if (input instanceof Date)
    return Number.isNaN(input.getTime()) ? 'Invalid Date' : input.toISOString();
  return JSON.stringify(input) ?? String(input);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
