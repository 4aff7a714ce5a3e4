import { describe, expect, it } from 'vitest';
import { choosePeriod, MAX_AUTO_DATAPOINTS, validatePeriod, validateStat } from './period.js';

const NOW = Date.UTC(2024, 4, 15);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('choosePeriod', () => {
  it.each([
    [5 * 60_000, 0, 60],
    [HOUR, 0, 60],
    [100 * 60_000, 0, 60],
    [101 * 60_000, 0, 120],
    [3 * HOUR, 0, 120],
    [DAY, 0, 900],
    [7 * DAY, 0, 6060],
    [2 * HOUR, 20 * DAY, 300],
    [2 * HOUR, 70 * DAY, 3600],
    [30 * DAY, 70 * DAY, 28800],
  ])('a window of %d ms ending %d ms ago → %d s', (windowMs, ageMs, expected) => {
    const endMs = NOW - ageMs;
    const period = choosePeriod(endMs - windowMs, endMs, NOW);

    expect(period).toBe(expected);
    expect(period % 60).toBe(0);
    expect(Math.ceil(windowMs / 1000 / period)).toBeLessThanOrEqual(MAX_AUTO_DATAPOINTS);
  });
});

describe('validatePeriod', () => {
  it.each([1, 5, 10, 30, 60, 120, 300, 3600, 86400])('%d is valid', (period) => {
    expect(validatePeriod('getMetricData', period)).toBe(period);
  });

  it.each([0, -60, 2, 45, 90, 61, 1.5, '60', null])('%j is E_INPUT naming the rule', (period) => {
    expect(() => validatePeriod('getMetricData', period)).toThrow(
      expect.objectContaining({
        code: 'E_INPUT',
        message: expect.stringContaining('period must be 1, 5, 10, 30 or a multiple of 60'),
      }),
    );
  });
});

describe('validateStat', () => {
  it.each([
    [undefined, 'Average'],
    ['Sum', 'Sum'],
    ['Minimum', 'Minimum'],
    ['Maximum', 'Maximum'],
    ['SampleCount', 'SampleCount'],
    ['p50', 'p50'],
    ['p99', 'p99'],
    ['p99.9', 'p99.9'],
    ['p100', 'p100'],
    ['p0', 'p0'],
  ])('%j → %s', (stat, expected) => {
    expect(validateStat('getMetricData', stat)).toBe(expected);
  });

  it.each(['avg', 'average', 'P99', 'p101', 'p', 'tm99', ''])('%j is E_INPUT', (stat) => {
    expect(() => validateStat('getMetricData', stat)).toThrow(
      expect.objectContaining({
        code: 'E_INPUT',
        message: expect.stringContaining(`got ${JSON.stringify(stat)}`),
      }),
    );
  });
});
