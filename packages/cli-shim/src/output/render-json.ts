import { type CappedListEnd, emitCappedItems, type OutputCaps } from './capped-items.js';
import type { ListOutput } from './command-output.js';
import type { OutputSink } from './stdout-sink.js';

function indentJson(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return text.replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * Prints a listing as one JSON document, written item by item so that memory stays flat. The
 * document is `{...fields, [itemsKey]: [...], nextToken?, truncated?}`; `pretty` indents it.
 */
export async function renderJsonList(
  list: ListOutput,
  caps: OutputCaps,
  sink: OutputSink,
  pretty: boolean,
): Promise<CappedListEnd> {
  const separator = pretty ? ',\n  ' : ',';
  const field = (key: string, value: unknown) =>
    pretty
      ? `${JSON.stringify(key)}: ${indentJson(value, 1)}`
      : `${JSON.stringify(key)}:${JSON.stringify(value)}`;

  const head = Object.entries(list.fields ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => field(key, value));
  const itemsOpen = `${JSON.stringify(list.itemsKey)}:${pretty ? ' ' : ''}[`;
  sink.write(`{${pretty ? '\n  ' : ''}${[...head, itemsOpen].join(separator)}`);

  let first = true;
  const end = await emitCappedItems(list.pages, list.cursor ?? { skip: 0 }, caps, (json, item) => {
    const comma = first ? '' : ',';
    first = false;
    return sink.write(pretty ? `${comma}\n    ${indentJson(item, 2)}` : `${comma}${json}`);
  });

  const tail: string[] = [];
  if (end.nextToken !== undefined) tail.push(field('nextToken', end.nextToken));
  if (end.truncated && list.fields?.truncated === undefined) tail.push(field('truncated', true));
  const close = pretty && end.count > 0 ? '\n  ]' : ']';
  sink.write(`${close}${tail.map((entry) => separator + entry).join('')}${pretty ? '\n' : ''}}\n`);
  return end;
}
