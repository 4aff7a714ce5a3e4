import { invalidParameter } from '../errors.js';

/**
 * Pagination tokens are opaque to clients: base64url JSON tagged with the operation that issued
 * them. A token names the last item returned, not an offset, so writes between pages neither
 * skip nor repeat items.
 */
export function encodeToken(kind: string, position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify({ k: kind, ...position })).toString('base64url');
}

export function decodeToken(kind: string, token: string): Record<string, unknown> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!decoded || typeof decoded !== 'object' || (decoded as { k?: unknown }).k !== kind) {
    throw invalidParameter(`The specified nextToken is invalid: '${token}'.`);
  }
  return decoded as Record<string, unknown>;
}

export function tokenNumber(position: Record<string, unknown>, key: string, token: string) {
  const value = position[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidParameter(`The specified nextToken is invalid: '${token}'.`);
  }
  return value;
}

export function tokenString(position: Record<string, unknown>, key: string, token: string) {
  const value = position[key];
  if (typeof value !== 'string') {
    throw invalidParameter(`The specified nextToken is invalid: '${token}'.`);
  }
  return value;
}
