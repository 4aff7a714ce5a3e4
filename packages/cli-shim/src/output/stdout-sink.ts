import { once } from 'node:events';

/** Where results go. `write` returns a promise only when the reader is behind. */
export interface OutputSink {
  write(text: string): Promise<void> | undefined;
  flush(): Promise<void> | undefined;
}

export interface WritableLike {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

// Joining small writes into chunks of this size keeps a 200,000-line stream from costing one
// syscall per line, while the memory held stays a few tens of kilobytes.
const CHUNK_BYTES = 32 * 1024;

/**
 * A sink over a writable stream that respects backpressure: when the stream's buffer is full the
 * caller awaits 'drain' before producing more, so memory stays flat however long the output.
 */
export function createStreamSink(stream: WritableLike): OutputSink {
  let pending: string[] = [];
  let pendingLength = 0;

  const flush = (): Promise<void> | undefined => {
    if (pendingLength === 0) return undefined;
    const chunk = pending.join('');
    pending = [];
    pendingLength = 0;
    if (stream.write(chunk)) return undefined;
    return once(stream as unknown as NodeJS.EventEmitter, 'drain').then(() => undefined);
  };

  return {
    write(text) {
      pending.push(text);
      pendingLength += text.length;
      return pendingLength >= CHUNK_BYTES ? flush() : undefined;
    },
    flush,
  };
}

/** A sink that keeps what it is given, for tests and for callers that want the text. */
export function createMemorySink(): OutputSink & { text(): string } {
  const parts: string[] = [];
  return {
    write(text) {
      parts.push(text);
      return undefined;
    },
    flush: () => undefined,
    text: () => parts.join(''),
  };
}
