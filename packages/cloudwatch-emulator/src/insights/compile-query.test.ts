import { describe, expect, it } from 'vitest';
import { compileQuery } from './compile-query.js';
import { parseQuery } from './parse-query.js';
import { expectMalformedQuery } from './test-support.js';

function compile(query: string) {
  return compileQuery(parseQuery(query));
}

describe('compileQuery columns', () => {
  it.each<[string, string[], boolean]>([
    ['filter x > 1', ['@timestamp', '@message'], true],
    ['fields a, b | fields c, a', ['a', 'b', 'c'], true],
    ['fields a | display b, c', ['b', 'c'], true],
    ['parse @message "* *" as x, y', ['@timestamp', '@message', 'x', 'y'], true],
    ['fields a | parse @message "*" as x', ['a', 'x'], true],
    ['stats count(*) as n, avg(d) by bin(5m), host', ['bin(5m)', 'host', 'n', 'avg(d)'], false],
    ['stats count(*) by host | fields count(*) * 2 as twice', ['host', 'count(*)', 'twice'], false],
  ])('%s', (query, columns, eventRows) => {
    const compiled = compile(query);
    expect(compiled.columns).toEqual(columns);
    expect(compiled.eventRows).toBe(eventRows);
  });
});

describe('compileQuery errors', () => {
  it.each<[string, string, number, number]>([
    ['fields count(*)', 'The aggregate function count() can only be used in stats', 7, 12],
    ['filter avg(x) > 1', 'The aggregate function avg() can only be used in stats', 7, 10],
    ['stats x by y', 'stats needs an aggregate function such as count(*), got x', 6, 7],
    ['stats sum(count(*))', 'Aggregate functions cannot be nested', 10, 18],
    ['stats sum(*)', 'sum() needs a field, not *', 10, 11],
    ['stats count(a, b)', 'count() takes 0 to 1 arguments, got 2', 6, 17],
    ['stats pct(x)', 'pct() takes 2 arguments, got 1', 6, 12],
    ['stats pct(x, 200)', 'pct() needs a percentile from 0 to 100', 13, 16],
    ['stats pct(x, y)', 'pct() needs a percentile from 0 to 100', 13, 14],
    ['fields nosuch(x)', 'Unknown function nosuch()', 7, 13],
    [
      'fields jsonParse(@message)',
      'The function jsonParse() is not supported by this emulator',
      7,
      16,
    ],
    ['stats stddev(x)', 'The function stddev() is not supported by this emulator', 6, 12],
    ['fields strlen()', 'strlen() takes 1 argument, got 0', 7, 15],
    ['fields substr(s)', 'substr() takes 2 to 3 arguments, got 1', 7, 16],
    ['fields concat()', 'concat() takes at least 1 arguments, got 0', 7, 15],
    ['stats count(*) by bin(1w)', 'Week periods are not supported by this emulator', 22, 24],
    ['stats count(*) by bin(2mo)', 'Periods of more than one mo are not supported', 22, 25],
    [
      'stats count(*) by bin(5x)',
      "Unknown period unit 'x'; expected ms, s, m, h, d, mo, q or y",
      22,
      24,
    ],
    ['stats count(*) by bin(0m)', 'A period needs a whole number above 0, got 0', 22, 24],
    ['stats count(*) by bin(x)', 'Expected a period such as 5m or 1h', 22, 23],
    ['fields datefloor(@timestamp)', 'datefloor() takes 2 arguments, got 1', 7, 28],
    [
      'fields 5m',
      'A period such as 5m can only be an argument of bin, datefloor or dateceil',
      7,
      9,
    ],
    ['fields *', '* can only be the argument of count(*)', 7, 8],
    ['filter x like /(/', 'Invalid regular expression /(/', 14, 17],
    ['filter x like /a(?i)b/', 'Inline regex flags are supported only at the start', 14, 22],
    ['filter x like /(?x)a b/', 'The regex flag (?x) is not supported here', 14, 23],
    ['parse @message "* *" as a', 'The parse pattern has 2 * but 1 names follow as', 15, 20],
    ['parse @message /(\\w+)/', 'A parse regex needs named groups such as (?<user>\\w+)', 15, 22],
    ['dedup a | sort b asc', 'Only limit can follow dedup', 10, 20],
  ])('%j', (query, message, start, end) => {
    expectMalformedQuery(() => compile(query), message, start, end);
  });
});
