import { describe, expect, it } from 'vitest';
import { parseSeedFlag, validateSeedSpec } from './seed-spec.js';

describe('parseSeedFlag', () => {
  it.each([
    ['demo', 'demo'],
    ['none', 'none'],
    ['./seed.ndjson', { file: './seed.ndjson' }],
    ['generate:events=1000', { generate: { events: 1000 } }],
    [
      'generate:events=1000000,groups=2,streams=10,seed=7,metrics=50',
      { generate: { events: 1_000_000, groups: 2, streams: 10, seed: 7, metrics: 50 } },
    ],
  ])('%s', (flag, spec) => {
    expect(parseSeedFlag(flag)).toEqual(spec);
  });

  it.each([
    ['generate:groups=2', 'events: required'],
    ['generate:events=1,colour=3', 'colour: unknown key'],
    ['generate:events=-1', "cannot read 'events=-1'"],
    ['generate:events=1,groups=0', 'groups: expected an integer >= 1'],
  ])('%s is refused: %s', (flag, message) => {
    expect(() => parseSeedFlag(flag)).toThrow(message);
  });
});

describe('validateSeedSpec', () => {
  it.each([[{ file: '' }], [{ demo: true }], [{ file: 'a', data: {} }], ['everything'], [42]])(
    'refuses %j with E_SEED',
    (spec) => {
      expect(() => validateSeedSpec(spec)).toThrow(
        expect.objectContaining({
          code: 'E_SEED',
          message: expect.stringContaining('seed: expected "demo"'),
        }),
      );
    },
  );
});
