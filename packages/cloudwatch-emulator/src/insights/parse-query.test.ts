import { describe, expect, it } from 'vitest';
import type { Command, Expression, Projection } from './ast.js';
import { parseQuery } from './parse-query.js';
import { expectMalformedQuery } from './test-support.js';

/** A compact, readable form of a parsed query: one S-expression per command. */
function show(text: string): string[] {
  return parseQuery(text).commands.map(showCommand);
}

function showCommand(command: Command): string {
  switch (command.kind) {
    case 'fields':
      return `fields ${command.projections.map(showProjection).join(' ')}`;
    case 'stats': {
      const aggregates = command.aggregates.map(showProjection);
      const groups = command.groups.map(showProjection);
      return `stats ${aggregates.join(' ')}${groups.length ? ` by ${groups.join(' ')}` : ''}`;
    }
    case 'filter':
      return `filter ${showExpression(command.condition)}`;
    case 'sort':
      return `sort ${command.keys
        .map((k) => `${showExpression(k.expression)} ${k.descending ? 'desc' : 'asc'}`)
        .join(', ')}`;
    case 'limit':
      return `limit ${command.count}`;
    case 'display':
    case 'dedup':
      return `${command.kind} ${command.fields.map((f) => f.name).join(' ')}`;
    case 'parse': {
      const p = command.pattern;
      const pattern =
        p.kind === 'glob'
          ? `"${p.pattern}" as ${p.names.map((n) => n.name).join(' ')}`
          : `/${p.source}/`;
      return `parse ${showExpression(command.source)} ${pattern}`;
    }
  }
}

function showProjection(p: Projection): string {
  return `${showExpression(p.expression)}→${p.name}`;
}

function showList(items: Expression[]): string {
  return `[${items.map(showExpression).join(' ')}]`;
}

function showExpression(e: Expression): string {
  switch (e.kind) {
    case 'field':
      return e.name;
    case 'string':
      return JSON.stringify(e.value);
    case 'number':
      return String(e.value);
    case 'period':
      return `${e.amount}${e.unit}`;
    case 'regex':
      return `/${e.source}/`;
    case 'star':
      return '*';
    case 'unary':
      return `(${e.operator} ${showExpression(e.operand)})`;
    case 'binary':
      return `(${e.operator} ${showExpression(e.left)} ${showExpression(e.right)})`;
    case 'match': {
      const operator = e.negated ? 'not like' : 'like';
      return `(${operator} ${showExpression(e.operand)} ${showExpression(e.pattern)})`;
    }
    case 'in':
      return `(${e.negated ? 'not in' : 'in'} ${showExpression(e.operand)} ${showList(e.items)})`;
    case 'call':
      return `${e.name}(${e.args.map(showExpression).join(' ')})`;
  }
}

describe('parseQuery', () => {
  it.each<[string, string[]]>([
    ['fields @timestamp, @message', ['fields @timestamp→@timestamp @message→@message']],
    ['FIELDS a.b.0, `foo-bar`', ['fields a.b.0→a.b.0 foo-bar→foo-bar']],
    ['fields abs(x - y) as d, x*2', ['fields abs((- x y))→d (* x 2)→x*2']],
    ['display a, @log', ['display a @log']],
    ['filter latency > 100', ['filter (> latency 100)']],
    ['filter a = 1 or b = 2 and not c', ['filter (or (= a 1) (and (= b 2) (not c)))']],
    ['filter a OR b AND c', ['filter (or a (and b c))']],
    ['filter (a or b) and c', ['filter (and (or a b) c)']],
    ['filter 1 + 2 * 3 ^ 2 ^ 2 % 4', ['filter (+ 1 (% (* 2 (^ 3 (^ 2 2))) 4))']],
    ['filter -x < -1.5', ['filter (< (- x) (- 1.5))']],
    ['filter a / b > 2', ['filter (> (/ a b) 2)']],
    ['filter @message like "Exception"', ['filter (like @message "Exception")']],
    ['filter @message like /err(or)?/', ['filter (like @message /err(or)?/)']],
    ['filter @message =~ /\\/api\\//', ['filter (like @message /\\/api\\//)']],
    ['filter @message not like /debug/', ['filter (not like @message /debug/)']],
    ['filter level in ["ERROR", \'WARN\', 5]', ['filter (in level ["ERROR" "WARN" 5])']],
    ['filter level not in ["DEBUG"]', ['filter (not in level ["DEBUG"])']],
    [
      'filter isPresent(user) and strlen(user) >= 3',
      ['filter (and ispresent(user) (>= strlen(user) 3))'],
    ],
    ['filter x != "a\\"b"', ['filter (!= x "a\\"b")']],
    [
      'stats count(*), avg(latency) as avgLatency by bin(5m), service',
      ['stats count(*)→count(*) avg(latency)→avgLatency by bin(5m)→bin(5m) service→service'],
    ],
    ['stats pct(d, 99) by bin(1h) as hour', ['stats pct(d 99)→pct(d, 99) by bin(1h)→hour']],
    ['sort latency desc, name asc', ['sort latency desc, name asc']],
    ['sort @timestamp DESC | limit 25', ['sort @timestamp desc', 'limit 25']],
    ['parse @message "* [*] *" as a, b, c', ['parse @message "* [*] *" as a b c']],
    ['parse "user=*" as user', ['parse @message "user=*" as user']],
    [
      'parse @message /(?<user>\\w+) \\/ (?<n>\\d+)/',
      ['parse @message /(?<user>\\w+) \\/ (?<n>\\d+)/'],
    ],
    ['parse /(?<user>\\w+)/', ['parse @message /(?<user>\\w+)/']],
    ['dedup server, region', ['dedup server region']],
    ['# a comment\nfields a # trailing\n| filter a > 1', ['fields a→a', 'filter (> a 1)']],
  ])('%s', (query, expected) => {
    expect(show(query)).toEqual(expected);
  });
});

describe('parseQuery errors', () => {
  it.each<[string, string, number, number]>([
    ['', 'The query is empty', 0, 0],
    ['   # only a comment', 'The query is empty', 0, 19],
    ['fields', 'Expected an expression but found the end of the query', 6, 6],
    [
      'foo x',
      'Expected a command (fields, display, filter, stats, sort, limit, parse, dedup) ' +
        "but found 'foo'",
      0,
      3,
    ],
    ['fields a |', 'Expected a command', 10, 10],
    ['fields a b', "Expected '|' or the end of the query but found 'b'", 9, 10],
    ['pattern @message', "The 'pattern' command is not supported by this emulator", 0, 7],
    ['fields a | unmask', "The 'unmask' command is not supported", 11, 17],
    ['filter x = "abc', 'Unterminated string', 11, 15],
    ['filter x like /abc', 'Unterminated regular expression', 14, 18],
    ['fields `abc', 'Unterminated backtick-quoted field name', 7, 11],
    ['filter x ~ 1', "Unexpected '~'", 9, 10],
    [
      'filter x like 5',
      'Expected a "string" or /regular expression/ to match but found \'5\'',
      14,
      15,
    ],
    [
      'filter x in [1, 2',
      "Expected ']' to close the list after in but found the end of the query",
      17,
      17,
    ],
    ['filter x in 1', "Expected '[' to open the list after in", 12, 13],
    ['fields (a + b', "Expected ')' to close the parenthesis", 13, 13],
    ['fields f(a', "Expected ')' to close the arguments of f", 10, 10],
    ['sort x', 'Expected asc or desc after the sort key but found the end of the query', 6, 6],
    ['sort x up', "Expected asc or desc after the sort key but found 'up'", 7, 9],
    ['limit 0', "Expected a whole number of rows after limit but found '0'", 6, 7],
    ['limit 2.5', 'Expected a whole number of rows after limit', 6, 9],
    ['limit x', 'Expected a whole number of rows after limit', 6, 7],
    ['limit 10001', 'limit 10001 is above the maximum of 10000 rows', 6, 11],
    ['parse @message "x"', "Expected 'as' and the names of the fields the * capture", 18, 18],
    ['parse @message 5', 'Expected a "pattern" or /regex/ to parse with but found \'5\'', 15, 16],
    ['parse @message "*" as 5', 'Expected a field name', 22, 23],
    ['filter /abc/', 'A /regular expression/ can only follow like, =~ or parse', 7, 12],
    ['fields and', "Expected an expression but found 'and'", 7, 10],
    ['display 5', "Expected a field name but found '5'", 8, 9],
    [
      'fields a,\n  b c',
      "Expected '|' or the end of the query but found 'c' (line 2, column 5)",
      14,
      15,
    ],
  ])('%j', (query, message, start, end) => {
    expectMalformedQuery(() => parseQuery(query), message, start, end);
  });
});
