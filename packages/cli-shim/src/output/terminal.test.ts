import { describe, expect, it } from 'vitest';
import { shouldUseColor } from './terminal.js';

describe('shouldUseColor', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [true, { TERM: 'dumb' }, false],
    [true, { CI: 'true' }, false],
  ])('tty %s with env %j gives %s', (isTTY, env, expected) => {
    expect(shouldUseColor({ isTTY }, env)).toBe(expected);
  });
});
