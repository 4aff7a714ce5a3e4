import { invalidNextToken } from './errors.js';

// A NextToken names the last item handed out (not an offset), so a page boundary stays put when
// data is added between calls. The operation name inside keeps one operation's token from being
// replayed against another.

export function encodeNextToken(operation: string, position: unknown): string {
  return Buffer.from(JSON.stringify({ op: operation, at: position })).toString('base64url');
}

export function decodeNextToken(operation: string, token: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidNextToken();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalidNextToken();
  const { op, at } = parsed as { op?: unknown; at?: unknown };
  if (op !== operation || at === undefined) throw invalidNextToken();
  return at;
}
