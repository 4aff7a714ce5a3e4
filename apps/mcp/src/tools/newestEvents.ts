import type { LogEvent, LogEventsPage } from '@keyless/cloudwatch';
import { eventIdHash } from './followToken.js';

export interface NewestEvents {
  /** Oldest first. */
  events: LogEvent[];
  /** Older events left out by the limit or the byte cap. */
  omitted: number;
  /** Events an earlier call returned, met again in the reread window. */
  seenAgain: { hash: string; ms: number }[];
}

/**
 * The newest `limit` events of the pages (which arrive oldest first), without events already
 * returned (`seen`) or repeated, then cut from the old end to `maxBytes`. Only `limit` events are
 * held, however many the window has.
 */
export async function newestEvents(
  pages: AsyncIterable<LogEventsPage>,
  options: { limit: number; maxBytes: number; seen?: Set<string> | undefined },
): Promise<NewestEvents> {
  const kept: LogEvent[] = [];
  const keptIds = new Set<string>();
  const seenAgain: NewestEvents['seenAgain'] = [];
  let head = 0;
  let omitted = 0;

  for await (const page of pages) {
    for (const event of page.events) {
      const hash = eventIdHash(event.eventId);
      if (options.seen?.has(hash)) {
        seenAgain.push({ hash, ms: Date.parse(event.timestamp) });
        continue;
      }
      if (keptIds.has(event.eventId)) continue;

      kept.push(event);
      keptIds.add(event.eventId);
      if (kept.length - head > options.limit) {
        keptIds.delete(kept[head]!.eventId);
        head++;
        omitted++;
      }
      // Dropping from the front one by one would be quadratic; compact now and then instead.
      if (head >= options.limit) {
        kept.splice(0, head);
        head = 0;
      }
    }
  }

  const newest = kept.slice(head);
  let bytes = 0;
  let first = newest.length;
  while (first > 0) {
    const size = Buffer.byteLength(JSON.stringify(newest[first - 1]));
    if (first < newest.length && bytes + size > options.maxBytes) break;
    bytes += size;
    first--;
  }
  return { events: newest.slice(first), omitted: omitted + first, seenAgain };
}
