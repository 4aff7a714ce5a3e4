import { describe, expect, it } from 'vitest';
import { CloudWatchError } from './errors.js';
import { parseTime, parseTimeRange } from './time.js';

const NOW = Date.UTC(2024, 4, 15, 12, 0, 0); // 2024-05-15T12:00:00Z
const at = (iso: string) => Date.parse(iso);

describe('parseTime', () => {
  it.each([
    ['now', NOW],
    ['NOW', NOW],
    ['30s', NOW - 30_000],
    ['15m', NOW - 15 * 60_000],
    ['2h', NOW - 2 * 3_600_000],
    ['1d', NOW - 86_400_000],
    ['1w', NOW - 7 * 86_400_000],
    ['1h30m', NOW - 90 * 60_000],
    ['1d2h3m4s', NOW - (86_400_000 + 2 * 3_600_000 + 3 * 60_000 + 4_000)],
    ['-15m', NOW - 15 * 60_000],
    ['15m ago', NOW - 15 * 60_000],
    ['2h ago', NOW - 2 * 3_600_000],
    ['  2H AGO ', NOW - 2 * 3_600_000],
    ['1h 30m ago', NOW - 90 * 60_000],
    ['0m', NOW],
    ['2024-05-01', at('2024-05-01T00:00:00Z')],
    ['2024-05-01T10:20', at('2024-05-01T10:20:00Z')],
    ['2024-05-01T10:20:30', at('2024-05-01T10:20:30Z')],
    ['2024-05-01 10:20:30', at('2024-05-01T10:20:30Z')],
    ['2024-05-01T10:20:30.250', at('2024-05-01T10:20:30.250Z')],
    ['2024-05-01T10:20:30Z', at('2024-05-01T10:20:30Z')],
    ['2024-05-01T10:20:30+02:00', at('2024-05-01T08:20:30Z')],
    ['2024-05-01T10:20:30-0530', at('2024-05-01T15:50:30Z')],
    ['2024-02-29T00:00:00Z', at('2024-02-29T00:00:00Z')],
    ['1714560000', at('2024-05-01T10:40:00Z')],
    ['1714560000000', at('2024-05-01T10:40:00Z')],
    ['1714560000123', at('2024-05-01T10:40:00.123Z')],
  ])('%j → %d', (input, expected) => {
    expect(parseTime(input, { now: NOW })).toBe(expected);
  });

  it.each([
    [1714560000123, 1714560000123],
    [new Date('2024-05-01T10:40:00Z'), at('2024-05-01T10:40:00Z')],
  ])('non-string %j is epoch ms or a Date', (input, expected) => {
    expect(parseTime(input, { now: NOW })).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    '15',
    '12345678',
    '12345678901234567',
    '15x',
    '15 minutes',
    'm15',
    '2h from now',
    '2024-02-30',
    '2023-02-29T00:00:00Z',
    '2024-13-01',
    '2024-05-01T24:00',
    '2024-05-01T10:60',
    '2024-05-01T10:00+25:00',
    '2024-05',
    '05/01/2024',
    '1.5h',
    '-',
  ])('%j is E_TIME naming the input and the accepted forms', (input) => {
    let error: unknown;
    try {
      parseTime(input, { now: NOW, label: 'start' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CloudWatchError);
    expect(error).toMatchObject({ code: 'E_TIME' });
    const { message } = error as Error;
    expect(message).toContain(`Invalid start time ${JSON.stringify(input)}`);
    expect(message).toContain('15m ago');
    expect(message).toContain('ISO 8601');
    expect(message).toContain('epoch seconds or milliseconds');
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY, new Date('nope')])('%s is E_TIME', (input) => {
    expect(() => parseTime(input, { now: NOW })).toThrow(
      expect.objectContaining({ code: 'E_TIME' }),
    );
  });
});

describe('parseTimeRange', () => {
  it.each([
    [{}, undefined, { startMs: NOW - 3_600_000, endMs: NOW }],
    [{}, 3 * 3_600_000, { startMs: NOW - 3 * 3_600_000, endMs: NOW }],
    [{ start: '2h' }, undefined, { startMs: NOW - 2 * 3_600_000, endMs: NOW }],
    [{ end: '1h' }, undefined, { startMs: NOW - 2 * 3_600_000, endMs: NOW - 3_600_000 }],
    [
      { start: '2024-05-15T00:00:00Z', end: '2024-05-15T06:00:00Z' },
      undefined,
      { startMs: at('2024-05-15T00:00:00Z'), endMs: at('2024-05-15T06:00:00Z') },
    ],
  ])('%j with default duration %s', (range, defaultDurationMs, expected) => {
    const options =
      defaultDurationMs === undefined ? { now: NOW } : { now: NOW, defaultDurationMs };
    expect(parseTimeRange(range, options)).toEqual(expected);
  });

  it.each([
    [{ start: '1h', end: '2h' }, '"1h"', '"2h"'],
    [{ start: 'now' }, '"now"', '"now"'],
    [
      { start: '2024-05-15T06:00:00Z', end: '2024-05-15T06:00:00Z' },
      '"2024-05-15T06:00:00Z"',
      '"2024',
    ],
  ])('start not before end (%j) is E_TIME naming both', (range, start, end) => {
    expect(() => parseTimeRange(range, { now: NOW })).toThrow(
      expect.objectContaining({
        code: 'E_TIME',
        message: expect.stringMatching(
          new RegExp(
            `^Start time ${escapeRegExp(start)} .* is not before end time ${escapeRegExp(end)}`,
          ),
        ),
      }),
    );
  });

  it('names which side is invalid', () => {
    expect(() => parseTimeRange({ start: '2h', end: 'later' }, { now: NOW })).toThrow(
      /Invalid end time "later"/,
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
