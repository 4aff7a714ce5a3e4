import { describe, expect, it } from 'vitest';
import { alignStartTime, isValidAlarmPeriod, isValidPeriod } from './periods.js';

describe('isValidPeriod', () => {
  it.each([1, 5, 10, 20, 30, 60, 120, 300, 3600, 86_400])('accepts %i', (period) => {
    expect(isValidPeriod(period)).toBe(true);
  });
  it.each([0, -60, 2, 15, 45, 61, 90, 1.5])('refuses %d', (period) => {
    expect(isValidPeriod(period)).toBe(false);
  });
});

describe('isValidAlarmPeriod', () => {
  it.each([
    [10, true],
    [30, true],
    [60, true],
    [300, true],
    [1, false],
    [5, false],
    [20, false],
    [45, false],
  ])('%i → %s', (period, valid) => {
    expect(isValidAlarmPeriod(period)).toBe(valid);
  });
});

describe('alignStartTime', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  it.each([
    ['2024-05-01T11:32:34.500Z', 60, '2024-05-01T11:32:00.000Z'],
    ['2024-05-01T11:32:34.500Z', 300, '2024-05-01T11:32:00.000Z'],
    ['2024-05-01T11:05:23.000Z', 10, '2024-05-01T11:05:20.000Z'],
    ['2024-05-01T11:07:17.000Z', 5, '2024-05-01T11:07:15.000Z'],
    ['2024-04-01T12:32:34.000Z', 300, '2024-04-01T12:30:00.000Z'],
    ['2024-01-01T12:32:34.000Z', 3600, '2024-01-01T12:00:00.000Z'],
  ])('rounds %s with period %i down to %s', (start, period, expected) => {
    expect(new Date(alignStartTime(Date.parse(start), period, now)).toISOString()).toBe(expected);
  });
});
