const HIGH_RESOLUTION_PERIODS = new Set([1, 5, 10, 20, 30]);
const MINUTE = 60_000;
const DAY = 86_400_000;

/** A period of GetMetricData or GetMetricStatistics: 1, 5, 10, 20, 30 or a multiple of 60 s. */
export function isValidPeriod(seconds: number): boolean {
  if (!Number.isInteger(seconds) || seconds < 1) return false;
  return HIGH_RESOLUTION_PERIODS.has(seconds) || seconds % 60 === 0;
}

/** An alarm's period: 10, 30 or a multiple of 60 seconds. */
export function isValidAlarmPeriod(seconds: number): boolean {
  return (
    seconds === 10 ||
    seconds === 30 ||
    (Number.isInteger(seconds) && seconds > 0 && seconds % 60 === 0)
  );
}

/**
 * Where the first period starts, as CloudWatch rounds a start time down: to the period's own
 * division of a minute for sub-minute periods, else to a minute, 5 minutes or an hour depending on
 * how old the start time is (older data is only kept at coarser resolution).
 */
export function alignStartTime(startTime: number, periodSeconds: number, now: number): number {
  const step = periodSeconds < 60 ? periodSeconds * 1000 : startGranularity(now - startTime);
  return Math.floor(startTime / step) * step;
}

function startGranularity(age: number): number {
  if (age > 63 * DAY) return 60 * MINUTE;
  if (age > 15 * DAY) return 5 * MINUTE;
  return MINUTE;
}
