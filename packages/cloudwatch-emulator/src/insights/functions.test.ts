import { describe, expect, it } from 'vitest';
import { json, rows, T0 } from './test-support.js';

describe('functions and operators', () => {
  const one = [json(0, { s: '  Hello World  ', n: -2.5, a: 7, b: 2, t: T0, e: '', w: ' ' })];

  it.each<[string, string]>([
    ['strlen(s)', '15'],
    ['strlen("héllo👍")', '6'],
    ['tolower(trim(s))', 'hello world'],
    ['toupper(s)', '  HELLO WORLD  '],
    ['ltrim(s)', 'Hello World  '],
    ['rtrim(s)', '  Hello World'],
    ['trim("xyZfooxyZ", "xyZ")', 'foo'],
    ['concat(a, "-", b, missing)', '7-2'],
    ['replace("foo", "o", "0")', 'f00'],
    ['substr("xyZfooxyZ", 3, 3)', 'foo'],
    ['substr("xyZfooxyZ", 6)', 'xyZ'],
    ['strcontains(s, "World")', '1'],
    ['abs(n)', '2.5'],
    ['ceil(n)', '-2'],
    ['floor(n)', '-3'],
    ['sqrt(16)', '4'],
    ['greatest(a, b, 3)', '7'],
    ['least(a, b, 3)', '2'],
    ['coalesce(missing, e, a)', ''],
    ['coalesce(missing, a)', '7'],
    ['ispresent(a)', '1'],
    ['isempty(e)', '1'],
    ['isempty(w)', '0'],
    ['isblank(w)', '1'],
    ['a + b * 3', '13'],
    ['(a + b) * 3', '27'],
    ['a / b', '3.5'],
    ['a % b', '1'],
    ['2 ^ 3 ^ 2', '512'],
    ['-a + 1', '-6'],
    ['a > b and not (b > a)', '1'],
    ['a < b or e = ""', '1'],
    ['fromMillis(t)', '2024-01-02 03:04:05.678'],
    ['toMillis(@timestamp)', String(T0)],
    ['toMillis(@timestamp) - t', '0'],
    ['datefloor(@timestamp, 1h)', '2024-01-02 03:00:00.000'],
    ['dateceil(@timestamp, 1h)', '2024-01-02 04:00:00.000'],
    ['datefloor(@timestamp, 1d)', '2024-01-02 00:00:00.000'],
    ['datefloor(@timestamp, 1mo)', '2024-01-01 00:00:00.000'],
    ['dateceil(@timestamp, 1y)', '2025-01-01 00:00:00.000'],
    ['bin(30s)', '2024-01-02 03:04:00.000'],
    ['bin(100ms)', '2024-01-02 03:04:05.600'],
    ['@timestamp > fromMillis(t - 1)', '1'],
  ])('%s = %j', (expression, expected) => {
    expect(rows(`fields ${expression} as v`, one)).toEqual([{ v: expected }]);
  });

  it.each([
    'a / 0',
    'a % 0',
    's + 1',
    'missing * 2',
    'abs(s)',
    'strlen(missing)',
    'fromMillis("soon")',
  ])('%s has no value', (expression) => {
    expect(rows(`fields ${expression} as v`, one)).toEqual([{}]);
  });
});
