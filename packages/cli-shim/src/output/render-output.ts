import type { CappedListEnd, OutputCaps } from './capped-items.js';
import type { CommandOutput, OutputMode } from './command-output.js';
import { renderJsonList } from './render-json.js';
import { renderNdjsonList, renderNdjsonValue } from './render-ndjson.js';
import { formatValueTable, renderTableList, type TableStyle } from './render-table.js';
import type { OutputSink } from './stdout-sink.js';

export interface RenderOptions extends OutputCaps {
  mode: OutputMode;
  /** Indent JSON (for a person at a terminal). */
  pretty: boolean;
  table: TableStyle;
}

/** Prints a command's result; for listings, returns how the listing ended. */
export async function renderOutput(
  output: CommandOutput,
  sink: OutputSink,
  options: RenderOptions,
): Promise<CappedListEnd | undefined> {
  let end: CappedListEnd | undefined;
  if (output.kind === 'list') {
    if (options.mode === 'json') end = await renderJsonList(output, options, sink, options.pretty);
    else if (options.mode === 'ndjson') end = await renderNdjsonList(output, options, sink);
    else end = await renderTableList(output, options, sink, options.table);
  } else if (options.mode === 'json') {
    sink.write(`${JSON.stringify(output.value, null, options.pretty ? 2 : 0) ?? 'null'}\n`);
  } else if (options.mode === 'ndjson') {
    renderNdjsonValue(output.value, sink);
  } else {
    sink.write(formatValueTable(output.value, options.table, output.columns));
  }
  await sink.flush();
  return end;
}
