import { createHash } from 'node:crypto';
import * as z from 'zod';
import { CloudWatchMcpError } from '../CloudWatchMcpError.js';

/**
 * What recent_log_events hands back to continue a tail: where the next read starts and short
 * hashes of the events already returned at or after that point. The state travels with the
 * agent, so the server keeps nothing between calls.
 */
export interface FollowState {
  fromMs: number;
  /** Hashes (eventIdHash) of events already returned with a timestamp >= fromMs. */
  seen: Set<string>;
}

const PREFIX = 'cwmcpf1.';
// 66 bits of SHA-256: a false match among a few hundred recent events is not a practical concern.
const HASH_LENGTH = 11;

const FOLLOW_BODY = z.strictObject({
  f: z.number().int().nonnegative(),
  i: z.string().regex(new RegExp(`^(?:[A-Za-z0-9_-]{${HASH_LENGTH}})*$`)),
});

export function eventIdHash(eventId: string): string {
  return createHash('sha256').update(eventId).digest('base64url').slice(0, HASH_LENGTH);
}

export function writeFollowToken(fromMs: number, seen: readonly string[]): string {
  const body: z.input<typeof FOLLOW_BODY> = { f: fromMs, i: seen.join('') };
  return PREFIX + Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function readFollowToken(followToken: string): FollowState {
  let body: unknown;
  try {
    if (followToken.startsWith(PREFIX)) {
      body = JSON.parse(Buffer.from(followToken.slice(PREFIX.length), 'base64url').toString());
    }
  } catch {
    body = undefined;
  }
  const parsed = FOLLOW_BODY.safeParse(body);
  if (!parsed.success) {
    throw new CloudWatchMcpError(
      'E_INPUT',
      `recent_log_events: followToken ${JSON.stringify(followToken.slice(0, 40))}... is not a ` +
        'followToken this server returned.',
      { hint: 'Pass the followToken of the previous result unchanged, or leave it out.' },
    );
  }
  const { f, i } = parsed.data;
  const seen = new Set<string>();
  for (let index = 0; index < i.length; index += HASH_LENGTH) {
    seen.add(i.slice(index, index + HASH_LENGTH));
  }
  return { fromMs: f, seen };
}
