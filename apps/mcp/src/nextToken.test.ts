import { describe, expect, it } from 'vitest';
import { CloudWatchMcpError } from './CloudWatchMcpError.js';
import { type ListCursor, readNextToken, writeNextToken } from './nextToken.js';

describe('nextToken', () => {
  const none = { token: undefined, pageSize: undefined, window: undefined, period: undefined };
  it.each<[ListCursor, ListCursor]>([
    [
      { token: 'aws-token', skip: 7, pageSize: 50 },
      { ...none, token: 'aws-token', skip: 7, pageSize: 50 },
    ],
    [{ skip: 12 }, { ...none, skip: 12 }],
    [
      { token: 'aws-token', skip: 0, pageSize: 50, window: { startMs: 1_000, endMs: 2_000 } },
      { ...none, token: 'aws-token', skip: 0, window: { startMs: 1_000, endMs: 2_000 } },
    ],
    [
      { token: 't', skip: 3, pageSize: 10, window: { startMs: 1, endMs: 2 }, period: 300 },
      { token: 't', skip: 3, pageSize: 10, window: { startMs: 1, endMs: 2 }, period: 300 },
    ],
  ])('reads back what it wrote: %j', (cursor, expected) => {
    const token = writeNextToken(cursor)!;
    expect(token).toMatch(/^cwmcp1\.[\w-]+$/);
    expect(readNextToken('tool', token)).toEqual(expected);
  });

  it('passes a plain AWS token through both ways', () => {
    expect(writeNextToken({ token: 'eyJhIjoxfQ==', skip: 0 })).toBe('eyJhIjoxfQ==');
    expect(readNextToken('tool', 'eyJhIjoxfQ==')).toEqual({ token: 'eyJhIjoxfQ==', skip: 0 });
  });

  it.each([
    'cwmcp1.',
    'cwmcp1.not-base64-json',
    `cwmcp1.${Buffer.from('{"t":null,"s":-1}').toString('base64url')}`,
    `cwmcp1.${Buffer.from('{"t":null,"s":1,"x":2}').toString('base64url')}`,
  ])('refuses %s with E_INPUT', (token) => {
    expect(() => readNextToken('filter_log_events', token)).toThrowError(
      expect.objectContaining({
        constructor: CloudWatchMcpError,
        code: 'E_INPUT',
        message: expect.stringMatching(/^filter_log_events: nextToken .* is not a token this/),
      }),
    );
  });
});
