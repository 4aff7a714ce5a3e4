import { CloudWatchError } from '../errors.js';
import { show } from '../input.js';

/** An automatic period gives at most this many datapoints over the window. */
export const MAX_AUTO_DATAPOINTS = 100;

const DAY_MS = 86_400_000;

/**
 * The smallest period (a multiple of 60 s) giving at most MAX_AUTO_DATAPOINTS points. CloudWatch
 * keeps data older than 15 days at 5-minute and older than 63 days at 1-hour resolution, and
 * returns nothing for a finer period there, so the period is rounded up to that step.
 */
export function choosePeriod(startMs: number, endMs: number, nowMs: number): number {
  const windowSeconds = (endMs - startMs) / 1000;
  const minutes = Math.max(1, Math.ceil(windowSeconds / MAX_AUTO_DATAPOINTS / 60));
  const ageMs = nowMs - startMs;
  const step = ageMs > 63 * DAY_MS ? 3600 : ageMs > 15 * DAY_MS ? 300 : 60;
  return Math.ceil((minutes * 60) / step) * step;
}

/** A period CloudWatch accepts: 1, 5, 10, 30 (high-resolution metrics) or a multiple of 60. */
export function validatePeriod(method: string, period: unknown): number {
  const valid =
    typeof period === 'number' &&
    Number.isInteger(period) &&
    period > 0 &&
    ([1, 5, 10, 30].includes(period) || period % 60 === 0);
  if (!valid) {
    throw new CloudWatchError(
      'E_INPUT',
      `${method}: period must be 1, 5, 10, 30 or a multiple of 60 (seconds), got ${show(period)}.`,
      { hint: 'Leave period out to get one that gives at most 100 datapoints.' },
    );
  }
  return period;
}

const STATISTICS = ['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount'];
const PERCENTILE = /^p(?:100|\d{1,2}(?:\.\d{1,10})?)$/;

/** Average, Sum, Minimum, Maximum, SampleCount or a percentile such as p99 or p99.9. */
export function validateStat(method: string, stat: unknown): string {
  if (stat === undefined) return 'Average';
  if (typeof stat === 'string' && (STATISTICS.includes(stat) || PERCENTILE.test(stat))) return stat;
  throw new CloudWatchError(
    'E_INPUT',
    `${method}: stat must be ${STATISTICS.join(', ')} or a percentile pNN (p50, p99, p99.9), ` +
      `got ${show(stat)}.`,
  );
}
