import { type ListCursor, type TimeWindow, writeNextToken } from './nextToken.js';
import { type Caps, capItems, type Page, readCapped } from './readCapped.js';
import { truncatedWhen } from './toolFields.js';

/** A tool's items cut to its caps, with the nextToken that reads on and whether a cap cut them. */
export interface CappedResult<T> {
  items: T[];
  nextToken: string | undefined;
  truncated: true | undefined;
}

export interface ListingRequest {
  /** Items to return; also the page size asked of AWS unless pageSize is given. */
  limit: number;
  maxBytes: number;
  /** For an operation whose page size is fixed (ListMetrics). */
  pageSize?: number;
  /** The time window of the first call; the nextToken carries it so that resuming stays put. */
  window?: TimeWindow;
}

/**
 * One result of an AWS listing, from the cursor of the tool's nextToken. Only maxBytes makes it
 * truncated: stopping at limit is what the agent asked for, and nextToken reads on either way.
 */
export async function readListing<T>(
  cursor: ListCursor,
  request: ListingRequest,
  readPage: (token: string | undefined, pageSize: number) => Promise<Page<T>>,
): Promise<CappedResult<T>> {
  const read = await readCapped({
    from: cursor,
    pageSize: request.pageSize ?? request.limit,
    maxItems: request.limit,
    maxBytes: request.maxBytes,
    readPage,
  });
  return {
    items: read.items,
    nextToken: read.resume && writeNextToken({ ...read.resume, window: request.window }),
    truncated: truncatedWhen(read.cutBy === 'maxBytes'),
  };
}

/**
 * One result from a list held whole (query rows, datapoints), resumed by position. Either cap
 * makes it truncated here, as maxItems caps the result rather than asking for a page size.
 * `resumeWith` is what the nextToken carries besides the position, e.g. the window of the call.
 */
export function capHeldList<T>(
  all: readonly T[],
  caps: Caps & { skip: number },
  resumeWith: Pick<ListCursor, 'window' | 'period'> = {},
): CappedResult<T> {
  const capped = capItems(all, caps);
  return {
    items: capped.items,
    nextToken: capped.resume && writeNextToken({ ...resumeWith, skip: capped.resume.skip }),
    truncated: truncatedWhen(capped.cutBy !== undefined),
  };
}
