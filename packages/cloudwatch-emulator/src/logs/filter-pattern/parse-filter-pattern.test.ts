import { describe, expect, it } from 'vitest';
import { EmulatorError } from '../../errors.js';
import { parseFilterPattern } from './parse-filter-pattern.js';

const APACHE =
  '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /apache_pb.gif HTTP/1.0" 200 1534';

function matches(pattern: string, message: string): boolean {
  const matcher = parseFilterPattern(pattern);
  if (!matcher) throw new Error(`'${pattern}' parsed to match-all`);
  return matcher(message);
}

describe('unstructured terms', () => {
  it.each([
    ['ERROR', '[ERROR 400] BAD REQUEST', true],
    ['ERROR', 'error in lower case', false],
    ['ERROR ARGUMENTS', 'ERROR: bad ARGUMENTS', true],
    ['ERROR ARGUMENTS', 'ERROR only', false],
    ['?ERROR ?WARN', 'WARN disk almost full', true],
    ['?ERROR ?WARN', 'INFO all good', false],
    ['"INTERNAL SERVER ERROR"', 'got INTERNAL SERVER ERROR from upstream', true],
    ['"INTERNAL SERVER ERROR"', 'INTERNAL ERROR SERVER', false],
    ['ERROR -ARGUMENTS', 'ERROR timeout', true],
    ['ERROR -ARGUMENTS', 'ERROR bad ARGUMENTS', false],
    ['-"health check"', 'GET /orders 200', true],
    ['-"health check"', 'health check ok', false],
    ['timeout ?payments ?inventory', 'timeout calling inventory', true],
    ['timeout ?payments ?inventory', 'timeout calling search', false],
    ['"quote \\" inside"', 'a quote " inside b', true],
    ['%AUTHORIZED%', '[ERROR 401] UNAUTHORIZED REQUEST', true],
    ['%^\\[ERROR [0-9]+\\]%', '[ERROR 401] UNAUTHORIZED', true],
    ['%^\\[ERROR [0-9]+\\]%', 'x [ERROR 401]', false],
    ['/api/orders', 'GET /api/orders/12 200', true],
  ])('%s on %j → %s', (pattern, message, expected) => {
    expect(matches(pattern, message)).toBe(expected);
  });

  it.each(['', '   ', '""'])('%j matches every event', (pattern) => {
    expect(parseFilterPattern(pattern)).toBeUndefined();
  });
});

describe('JSON patterns', () => {
  it.each([
    ['{ $.level = "error" }', '{"level":"error"}', true],
    ['{ $.level = "error" }', '{"level":"info"}', false],
    ['{ $.level = "error" }', 'level=error', false],
    ['{ $.level = error }', '{"level":"error"}', true],
    ['{ $.eventType = "Update*" }', '{"eventType":"UpdateTrail"}', true],
    ['{ $.eventType = "Update*" }', '{"eventType":"CreateTrail"}', false],
    ['{ $.sourceIPAddress != 123.123.* }', '{"sourceIPAddress":"10.0.0.1"}', true],
    ['{ $.sourceIPAddress != 123.123.* }', '{"sourceIPAddress":"123.123.0.1"}', false],
    ['{ $.sourceIPAddress != 123.123.* }', '{}', false],
    ['{ $.latency > 500 }', '{"latency":750}', true],
    ['{ $.latency > 500 }', '{"latency":"750"}', true],
    ['{ $.latency > 500 }', '{"latency":100}', false],
    ['{ $.latency > 500 }', '{"latency":"slow"}', false],
    ['{ $.bytes <= 10 }', '{"bytes":10}', true],
    ['{ $.bytes >= 10.5 }', '{"bytes":10}', false],
    ['{ $.bytes < -1 }', '{"bytes":-2}', true],
    ['{ $.status = 200 }', '{"status":200.0}', true],
    ['{ $.status != 200 }', '{"status":500}', true],
    ['{ $.status != 200 }', '{"status":200}', false],
    ['{ $.tags[0] = "x" }', '{"tags":["x","y"]}', true],
    ['{ $.tags[1] = "x" }', '{"tags":["x","y"]}', false],
    ['{ $.list[1].id = 2 }', '{"list":[{"id":1},{"id":2}]}', true],
    ['{ $.user.id = 1 && $.user.name = "ann" }', '{"user":{"id":1,"name":"ann"}}', true],
    ['{ $.user.id = 1 && $.user.name = "ann" }', '{"user":{"id":1,"name":"bob"}}', false],
    ['{ ($.a = 1 && $.b = 2) || $.c = 3 }', '{"c":3}', true],
    ['{ ($.a = 1 && $.b = 2) || $.c = 3 }', '{"a":1}', false],
    ['{ $.a = 1 || $.b = 2 && $.c = 3 }', '{"a":1}', true],
    ['{ $.a = 1 || $.b = 2 && $.c = 3 }', '{"b":2}', false],
    ['{ $.a = 1 || $.b = 2 && $.c = 3 }', '{"b":2,"c":3}', true],
    ['{ $.x IS NULL }', '{"x":null}', true],
    ['{ $.x IS NULL }', '{}', false],
    ['{ $.x NOT EXISTS }', '{}', true],
    ['{ $.x NOT EXISTS }', '{"x":null}', false],
    ['{ $.flag IS TRUE }', '{"flag":true}', true],
    ['{ $.flag IS TRUE }', '{"flag":"true"}', false],
    ['{ $.flag IS FALSE }', '{"flag":false}', true],
    ['{ $.msg = %time[a-z]+t% }', '{"msg":"upstream timeout"}', true],
    ['{ $.constructor NOT EXISTS }', '{}', true],
    ['{ $.a.b = 1 }', '{"a":[{"b":1}]}', false],
    ['{ $.level = "error" }', '   {"level":"error"}', true],
  ])('%s on %s → %s', (pattern, message, expected) => {
    expect(matches(pattern, message)).toBe(expected);
  });
});

describe('space-delimited patterns', () => {
  it.each([
    ['[ip, user, username, timestamp, request, status_code, bytes]', true],
    ['[ip, user, username, timestamp, request, status_code = 4*, bytes]', false],
    ['[ip, user, username, timestamp, request, status_code = 2*, bytes]', true],
    ['[ip, user, username, timestamp, request = "*gif*", status_code, bytes]', true],
    ['[..., status_code = 200, bytes > 1000]', true],
    ['[..., status_code = 200, bytes > 2000]', false],
    ['[ip, ..., bytes]', true],
    ['[ip = 127.0.0.*, ...]', true],
    ['[ip, user]', false],
    ['[ip, user, ..., status = 4* || status = 5*, bytes]', false],
    ['[ip, user, ..., status = 2* && bytes >= 1534, bytes]', true],
    ['[ip, user != -, ...]', false],
  ])('%s on an access log line → %s', (pattern, expected) => {
    expect(matches(pattern, APACHE)).toBe(expected);
  });

  it('splits on runs of blanks and keeps quoted and bracketed fields whole', () => {
    expect(matches('[a, b, c = "x y"]', 'one   two "x y"')).toBe(true);
    expect(matches('[a, b, c]', 'one two')).toBe(false);
  });
});

describe('patterns that cannot be used', () => {
  it.each([
    ['{ $.a = }', "cannot parse '}' at position 8: expected a value"],
    ['{ $.a > "x" }', "'>' needs a number"],
    ['{ $.a }', 'expected an operator'],
    ['{ $.a = 1 ', "expected '}' at the end"],
    ['{ a = 1 }', "cannot parse 'a' at position 2: expected a selector"],
    ['{ $.a IS MAYBE }', 'expected NULL, TRUE or FALSE'],
    ['{ $.a NOT THERE }', 'expected EXISTS'],
    ['{ $..a = 1 }', "cannot parse the selector '$..a'"],
    ['{ $.a = "x" } extra', "cannot parse 'extra' at position 14: expected the end"],
    ['{ $.a = %x% || $.b = %y% || $.c = %z% }', 'at most 2 regular expressions'],
    ['[a, b = ]', "cannot parse ']' at position 8"],
    ['[a, 1]', 'expected a field name or ...'],
    ['[a, b = 1 || c = 2]', "cannot parse 'c' at position 13: no field has that name"],
    ['[a, b', "expected ']' at the end"],
    ['foo(bar', "Invalid character(s) in term 'foo(bar'"],
    ['ERROR level=error', "Invalid character(s) in term 'level=error'"],
    ['"unterminated', 'unterminated quoted term'],
    ['%a(b)%', "character '(' is not supported"],
    ['{ $.a = "open }', 'unterminated quoted string'],
  ])('%s → %s', (pattern, detail) => {
    let caught: unknown;
    try {
      parseFilterPattern(pattern);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EmulatorError);
    expect((caught as EmulatorError).awsErrorName).toBe('InvalidParameterException');
    expect((caught as EmulatorError).message).toContain(
      `Invalid filter pattern '${pattern.trim()}'`,
    );
    expect((caught as EmulatorError).message).toContain(detail);
  });
});
