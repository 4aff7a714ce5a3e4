import { type CappedListEnd, emitCappedItems, type OutputCaps } from './capped-items.js';
import type { ListOutput } from './command-output.js';
import type { OutputSink } from './stdout-sink.js';

/**
 * Prints one item per line as pages arrive. When the listing continues (more pages, or a cap cut
 * it), a last line `{"nextToken":...,"truncated":...}` says so: a cut is never silent.
 */
export async function renderNdjsonList(
  list: ListOutput,
  caps: OutputCaps,
  sink: OutputSink,
): Promise<CappedListEnd> {
  const end = await emitCappedItems(list.pages, list.cursor ?? { skip: 0 }, caps, (json) =>
    sink.write(`${json}\n`),
  );
  if (end.truncated || end.nextToken !== undefined) {
    const marker = end.truncated
      ? { truncated: true, nextToken: end.nextToken ?? null }
      : { nextToken: end.nextToken };
    sink.write(`${JSON.stringify(marker)}\n`);
  }
  return end;
}

export function renderNdjsonValue(value: unknown, sink: OutputSink): void {
  const lines = Array.isArray(value) ? value : [value];
  for (const line of lines) sink.write(`${JSON.stringify(line) ?? 'null'}\n`);
}
