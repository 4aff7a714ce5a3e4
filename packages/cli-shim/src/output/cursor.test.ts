import { describe, expect, it } from 'vitest';
import { readCursor, writeCursor } from './cursor.js';

describe('writeCursor and readCursor', () => {
  it.each([
    [{ token: 'f/3789', skip: 0 }, 'f/3789'],
    [{ token: undefined, skip: 0 }, undefined],
  ])('a cut at a page start is the plain AWS token: %j', (cursor, expected) => {
    expect(writeCursor(cursor)).toBe(expected);
  });

  it.each([
    { token: 'f/3789', skip: 7 },
    { token: undefined, skip: 3 },
  ])('a cut inside a page round-trips: %j', (cursor) => {
    const token = writeCursor(cursor);
    expect(token).toMatch(/^kl1~/);
    expect(readCursor(token)).toEqual(cursor);
  });

  it.each([undefined, ''])('no token starts at the beginning (%j)', (token) => {
    expect(readCursor(token)).toEqual({ skip: 0 });
  });

  it.each(['kl1~not-base64-json', `kl1~${Buffer.from('{"t":1,"s":-2}').toString('base64url')}`])(
    'a damaged token is refused: %s',
    (token) => {
      expect(() => readCursor(token)).toThrow(
        expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }),
      );
    },
  );
});
