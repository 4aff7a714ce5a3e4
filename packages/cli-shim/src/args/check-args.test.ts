import type { ArgsDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { checkArgs } from './check-args.js';

const args = {
  group: { type: 'positional', description: 'The log group' },
  pattern: { type: 'string', alias: 'f' },
  start: { type: 'string', alias: 's' },
  'log-group': { type: 'string', alias: 'g' },
  follow: { type: 'boolean' },
  output: { type: 'enum', options: ['json', 'table'] },
} satisfies ArgsDef;

const check = (raw: string[]) => checkArgs(raw, args, ['log-group'], 'tool cmd');

describe('checkArgs', () => {
  it.each([
    [['g1', '--pattren', 'x'], 'E_UNKNOWN_OPTION', /unknown option --pattren/],
    [['g1', '-x'], 'E_UNKNOWN_OPTION', /unknown option -x/],
    [['g1', '-f'], 'E_MISSING_ARGUMENT', /-f\/--pattern needs a value/],
    [['g1', '-f', 'a', '--pattern', 'b'], 'E_USAGE', /given more than once/],
    [['g1', 'g2'], 'E_USAGE', /unexpected argument "g2"/],
    [[], 'E_MISSING_ARGUMENT', /missing argument GROUP/],
    [['g1', '--output', 'xml'], 'E_INVALID_ARGUMENT', /expected one of: json, table/],
    [['g1', '--no-pattern'], 'E_UNKNOWN_OPTION', /--no-pattern/],
  ])('%j fails with %s', (raw, code, message) => {
    expect(() => check(raw)).toThrow(
      expect.objectContaining({ code, message: expect.stringMatching(message) }),
    );
  });

  it('suggests the option that was probably meant', () => {
    expect(() => check(['g1', '--pattren', 'x'])).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('--pattern') }),
    );
  });

  it.each([
    [['g1', '-s', '-1h']],
    [['g1', '--start=-1h', '--follow', '--no-follow']],
    [['g1', '--logGroup', 'a']],
    [['--', '-g1']],
  ])('accepts %j', (raw) => {
    expect(() => check(raw)).not.toThrow();
  });

  it('collects every value of a repeatable option in order', () => {
    expect(check(['g1', '-g', 'a', '--log-group', 'b', '-g=c'])).toEqual({
      'log-group': ['a', 'b', '=c'],
    });
  });
});
