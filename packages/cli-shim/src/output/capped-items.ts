import { type ListCursor, writeCursor } from './cursor.js';

/** Limits set by `--max-items` and `--max-bytes`, to keep an agent's context small. */
export interface OutputCaps {
  maxItems?: number | undefined;
  /** Counted over the compact JSON of each item, whatever the output mode. */
  maxBytes?: number | undefined;
}

export interface CappedListEnd {
  count: number;
  /** A cap stopped the listing while more items exist. */
  truncated: boolean;
  /** The token that continues exactly after the last item printed, when more exist. */
  nextToken?: string | undefined;
}

interface Page<T> {
  items: readonly T[];
  nextToken?: string | undefined;
}

/**
 * Walks the pages, handing each item's compact JSON to `emit` until a cap would be passed. Breaking
 * out of the loop closes the page iterator, so no page past the cut is fetched.
 */
export async function emitCappedItems<T>(
  pages: AsyncIterable<Page<T>> | Iterable<Page<T>>,
  cursor: ListCursor,
  caps: OutputCaps,
  emit: (json: string, item: T) => Promise<void> | undefined,
  onPageEnd?: () => Promise<void> | undefined,
): Promise<CappedListEnd> {
  const maxItems = caps.maxItems ?? Number.POSITIVE_INFINITY;
  const maxBytes = caps.maxBytes ?? Number.POSITIVE_INFINITY;
  let toSkip = cursor.skip;
  let pageToken = cursor.token;
  let count = 0;
  let bytes = 0;
  let lastNextToken: string | undefined;

  for await (const page of pages) {
    for (let index = 0; index < page.items.length; index++) {
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      const item = page.items[index] as T;
      const json = JSON.stringify(item) ?? 'null';
      if (count >= maxItems || bytes + Buffer.byteLength(json) > maxBytes) {
        return {
          count,
          truncated: true,
          nextToken: writeCursor({ token: pageToken, skip: index }),
        };
      }
      const wait = emit(json, item);
      if (wait) await wait;
      count++;
      bytes += Buffer.byteLength(json);
    }

    const pageDone = onPageEnd?.();
    if (pageDone) await pageDone;
    // A skip longer than this page (resumed with a smaller -n) carries into the token too.
    lastNextToken =
      page.nextToken === undefined
        ? undefined
        : writeCursor({ token: page.nextToken, skip: toSkip });
    pageToken = page.nextToken;
    // A cap reached exactly at a page end cuts only if AWS says more pages exist.
    if (count >= maxItems && page.nextToken !== undefined) {
      return { count, truncated: true, nextToken: page.nextToken };
    }
  }
  return { count, truncated: false, nextToken: lastNextToken };
}
