import type { ArgsDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from './strictArgs.js';

const ARGS = {
  file: { type: 'positional', required: false },
  'tool-dirs': { type: 'string', required: true },
  out: { type: 'string', alias: ['o'] },
  mode: { type: 'enum', options: ['env', 'file'] },
  debug: { type: 'boolean' },
} as const satisfies ArgsDef;

const parse = (args: string[]) => parseCommandArgs(args, ARGS, ['tool-dirs'], 'keyless test');

describe('parseCommandArgs', () => {
  it('reads repeated, comma-separated, aliased and positional values', () => {
    const args = parse([
      'a.yaml',
      '--tool-dirs',
      'x,y',
      '--tool-dirs=z',
      '-o',
      'out.yaml',
      '--debug',
    ]);
    expect(args.list('tool-dirs', { split: true })).toEqual(['x', 'y', 'z']);
    expect(args.list('tool-dirs')).toEqual(['x,y', 'z']);
    expect(args.string('out')).toBe('out.yaml');
    expect(args.string('file')).toBe('a.yaml');
    expect(args.flag('debug')).toBe(true);
    expect(args.flag('mode')).toBe(false);
  });

  it.each([
    [
      ['--tool-dirs', 'x', '--tool-dir', 'y'],
      'E_UNKNOWN_OPTION',
      'unknown option --tool-dir for keyless test',
    ],
    [['--tool-dirs'], 'E_MISSING_ARGUMENT', 'option --tool-dirs of keyless test needs a value'],
    [[], 'E_MISSING_ARGUMENT', 'option --tool-dirs is required for keyless test'],
    [
      ['--tool-dirs', 'x', '-o', 'a', '--out', 'b'],
      'E_USAGE',
      'option --out of keyless test is given more than once',
    ],
    [
      ['--tool-dirs', 'x', '--mode', 'vault'],
      'E_INVALID_ARGUMENT',
      'option --mode got "vault"; expected one of: env, file',
    ],
    [
      ['--tool-dirs', 'x', '--debug=yes'],
      'E_INVALID_ARGUMENT',
      'option --debug of keyless test takes no value',
    ],
    [
      ['--tool-dirs', 'x', 'a.yaml', 'b.yaml'],
      'E_USAGE',
      'unexpected argument "b.yaml" for keyless test',
    ],
  ])('refuses %j with %s', (args, code, message) => {
    expect(() => parse(args)).toThrow(expect.objectContaining({ code, message }));
  });
});
