import { CliError } from '../errors.js';

/**
 * Where a listing starts: the AWS token of a page and how many items of that page to skip. A cap
 * can cut a page in the middle; AWS tokens only point at page starts, so the skip makes the cut
 * resumable without losing or repeating an item.
 */
export interface ListCursor {
  token?: string | undefined;
  skip: number;
}

// AWS tokens never start with this, so a plain AWS token passes through unchanged.
const CURSOR_PREFIX = 'kl1~';

export function writeCursor(cursor: ListCursor): string | undefined {
  if (cursor.skip === 0) return cursor.token;
  const body = JSON.stringify({ t: cursor.token ?? null, s: cursor.skip });
  return CURSOR_PREFIX + Buffer.from(body).toString('base64url');
}

export function readCursor(nextToken: string | undefined): ListCursor {
  if (nextToken === undefined || nextToken === '') return { skip: 0 };
  if (!nextToken.startsWith(CURSOR_PREFIX)) return { token: nextToken, skip: 0 };

  const body = nextToken.slice(CURSOR_PREFIX.length);
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
      t?: unknown;
      s?: unknown;
    };
    const token = parsed.t === null ? undefined : parsed.t;
    if (
      (token === undefined || typeof token === 'string') &&
      typeof parsed.s === 'number' &&
      Number.isInteger(parsed.s) &&
      parsed.s >= 0
    ) {
      return { token, skip: parsed.s };
    }
  } catch {
    // fall through to the error below
  }
  throw new CliError(
    'E_INVALID_ARGUMENT',
    `--next-token "${nextToken}" is not a token we printed`,
    {
      hint: 'pass the nextToken value from the previous output unchanged',
    },
  );
}
