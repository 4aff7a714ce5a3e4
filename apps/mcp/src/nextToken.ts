import * as z from 'zod';
import { CloudWatchMcpError } from './CloudWatchMcpError.js';

/**
 * Where a listing resumes. AWS tokens point at page starts only, while a cap can cut a page in
 * the middle; the skip makes such a cut resumable without losing or repeating an item.
 */
export interface ListCursor {
  /** The AWS token of the page to read first; absent for the first page. */
  token?: string | undefined;
  /** Items at the start of that page that were already returned. */
  skip: number;
  /** The page size the skip counts in: pages of another size could start elsewhere. */
  pageSize?: number | undefined;
  /** The absolute window of the first call, so that a relative start such as "2h" stays put. */
  window?: TimeWindow | undefined;
  /** get_metric_data: the period of the first call. */
  period?: number | undefined;
}

export interface TimeWindow {
  startMs: number;
  endMs: number;
}

// AWS tokens never start with this, so a plain AWS token passes through both ways.
const PREFIX = 'cwmcp1.';

const CURSOR_BODY = z.strictObject({
  t: z.string().nullable(),
  s: z.number().int().nonnegative(),
  z: z.number().int().positive().optional(),
  w: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  p: z.number().int().positive().optional(),
});

export function writeNextToken(cursor: ListCursor): string | undefined {
  const plain = cursor.skip === 0 && !cursor.window && cursor.period === undefined;
  if (plain) return cursor.token;

  const body: z.input<typeof CURSOR_BODY> = { t: cursor.token ?? null, s: cursor.skip };
  if (cursor.skip > 0 && cursor.pageSize !== undefined) body.z = cursor.pageSize;
  if (cursor.window) body.w = [cursor.window.startMs, cursor.window.endMs];
  if (cursor.period !== undefined) body.p = cursor.period;
  return PREFIX + Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function readNextToken(toolName: string, nextToken: string | undefined): ListCursor {
  if (nextToken === undefined || nextToken === '') return { skip: 0 };
  if (!nextToken.startsWith(PREFIX)) return { token: nextToken, skip: 0 };

  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(nextToken.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    body = undefined;
  }
  const parsed = CURSOR_BODY.safeParse(body);
  if (!parsed.success) {
    throw new CloudWatchMcpError(
      'E_INPUT',
      `${toolName}: nextToken ${JSON.stringify(nextToken.slice(0, 40))}... is not a token ` +
        'this server returned.',
      {
        hint: 'Pass the nextToken of the previous result unchanged, or leave it out to start over.',
      },
    );
  }
  const { t, s, z: pageSize, w, p } = parsed.data;
  return {
    token: t ?? undefined,
    skip: s,
    pageSize,
    window: w ? { startMs: w[0], endMs: w[1] } : undefined,
    period: p,
  };
}
