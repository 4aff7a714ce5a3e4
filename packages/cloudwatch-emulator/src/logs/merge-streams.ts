import type { LogStream } from './log-stream.js';

/** Where a scan starts: a time, or strictly after the (timestamp, sequence) of an event. */
export type ScanStart = { startTime: number } | { afterTimestamp: number; afterSequence: number };

interface Cursor {
  stream: LogStream;
  index: number;
  end: number;
}

/**
 * Visits the events of several streams in one (timestamp, sequence) order, as FilterLogEvents
 * interleaves them, until `visit` returns false. A binary heap of one cursor per stream keeps
 * each step at O(log streams); nothing is copied.
 */
export function mergeStreams(
  streams: LogStream[],
  start: ScanStart,
  endTime: number,
  visit: (stream: LogStream, index: number) => boolean,
): void {
  const heap: Cursor[] = [];
  for (const stream of streams) {
    const index =
      'startTime' in start
        ? stream.lowerBound(start.startTime)
        : stream.upperBound(start.afterTimestamp, start.afterSequence);
    const end = stream.upperBound(endTime);
    if (index < end) heap.push({ stream, index, end });
  }
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);

  while (heap.length > 0) {
    const top = heap[0]!;
    if (!visit(top.stream, top.index)) return;
    top.index++;
    if (top.index === top.end) {
      const last = heap.pop()!;
      if (heap.length === 0) return;
      heap[0] = last;
    }
    siftDown(heap, 0);
  }
}

function before(a: Cursor, b: Cursor): boolean {
  const ta = a.stream.timestamps[a.index]!;
  const tb = b.stream.timestamps[b.index]!;
  if (ta !== tb) return ta < tb;
  return a.stream.sequences[a.index]! < b.stream.sequences[b.index]!;
}

function siftDown(heap: Cursor[], from: number): void {
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) return;
    const right = left + 1;
    const child = right < heap.length && before(heap[right]!, heap[left]!) ? right : left;
    if (!before(heap[child]!, heap[i]!)) return;
    [heap[i], heap[child]] = [heap[child]!, heap[i]!];
    i = child;
  }
}
