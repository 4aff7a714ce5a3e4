import type { ListCursor } from './nextToken.js';

export interface Page<T> {
  items: readonly T[];
  /** The AWS token of the page after this one. */
  nextToken?: string | undefined;
}

export interface Caps {
  maxItems: number;
  /** Over the compact JSON of the items; the first item is returned whatever its size. */
  maxBytes: number;
}

export interface CappedItems<T> {
  items: T[];
  /** Where the next call starts; absent when nothing is left. */
  resume?: { token?: string | undefined; skip: number; pageSize?: number };
  /** The cap that ended this call while more items exist. */
  cutBy?: 'maxItems' | 'maxBytes';
}

export interface ReadCappedOptions<T> extends Caps {
  from: ListCursor;
  /** Page size for a fresh listing; a resumed one keeps the size its skip counts in. */
  pageSize: number;
  readPage(token: string | undefined, pageSize: number): Promise<Page<T>>;
}

/**
 * Reads pages from a cursor until a cap is reached or nothing is left. A list is never cut
 * silently: whenever items remain, the result says where to resume.
 */
export async function readCapped<T>(options: ReadCappedOptions<T>): Promise<CappedItems<T>> {
  const { from } = options;
  const pageSize = from.skip > 0 ? (from.pageSize ?? options.pageSize) : options.pageSize;
  const items: T[] = [];
  const tally = { count: 0, bytes: 0 };
  let token = from.token;
  let skip = from.skip;

  for (;;) {
    const page = await options.readPage(token, pageSize);
    for (let index = skip; index < page.items.length; index++) {
      const item = page.items[index] as T;
      const cutBy = admit(item, tally, options);
      if (cutBy) return { items, resume: { token, skip: index, pageSize }, cutBy };
      items.push(item);
    }

    skip = Math.max(0, skip - page.items.length);
    if (page.nextToken === undefined) return { items };
    if (tally.count >= options.maxItems) {
      return { items, resume: { token: page.nextToken, skip: 0, pageSize }, cutBy: 'maxItems' };
    }
    token = page.nextToken;
  }
}

/** The same caps over a list held whole (query rows, datapoints), resumed by position. */
export function capItems<T>(all: readonly T[], caps: Caps & { skip: number }): CappedItems<T> {
  const items: T[] = [];
  const tally = { count: 0, bytes: 0 };
  for (let index = caps.skip; index < all.length; index++) {
    const item = all[index] as T;
    const cutBy = admit(item, tally, caps);
    if (cutBy) return { items, resume: { skip: index }, cutBy };
    items.push(item);
  }
  return { items };
}

/** Counts the item in, or names the cap it would pass. */
function admit(item: unknown, tally: { count: number; bytes: number }, caps: Caps) {
  if (tally.count >= caps.maxItems) return 'maxItems';
  const size = Buffer.byteLength(JSON.stringify(item) ?? '');
  if (tally.count > 0 && tally.bytes + size > caps.maxBytes) return 'maxBytes';
  tally.count++;
  tally.bytes += size;
  return undefined;
}
