import { type CappedListEnd, emitCappedItems, type OutputCaps } from './capped-items.js';
import type { ListOutput } from './command-output.js';
import type { OutputSink } from './stdout-sink.js';
import { bold } from './terminal.js';

export interface TableStyle {
  color: boolean;
  /** Terminal width; lines are cut to it when known. */
  width?: number | undefined;
}

// A wide column (a log message) would push every other column off screen; only the last column
// may run long.
const MAX_CELL = 60;

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/\s*\n\s*/g, ' ');
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function columnsOf(rows: readonly unknown[], declared?: readonly string[]): string[] {
  if (declared) return [...declared];
  const keys = new Set<string>();
  for (const row of rows) {
    if (row && typeof row === 'object' && !Array.isArray(row)) {
      for (const key of Object.keys(row)) keys.add(key);
    }
  }
  return keys.size > 0 ? [...keys] : ['value'];
}

export function formatTable(
  rows: readonly unknown[],
  style: TableStyle,
  options: { columns?: readonly string[] | undefined; header?: boolean } = {},
): string {
  const columns = columnsOf(rows, options.columns);
  const cells = rows.map((row) =>
    columns.map((column) =>
      row && typeof row === 'object'
        ? cellText((row as Record<string, unknown>)[column])
        : cellText(row),
    ),
  );
  const header = options.header !== false;
  const widths = columns.map((column, index) => {
    const widest = Math.max(
      header ? column.length : 0,
      ...cells.map((row) => (row[index] ?? '').length),
    );
    return Math.min(MAX_CELL, widest);
  });

  const line = (values: string[], isHeader: boolean) => {
    const padded = values.map((value, index) =>
      index === values.length - 1
        ? value
        : fit(value, widths[index] ?? 0).padEnd(widths[index] ?? 0),
    );
    let text = padded.join('  ').trimEnd();
    if (style.width !== undefined && text.length > style.width) text = fit(text, style.width);
    return isHeader ? bold(text, style.color) : text;
  };

  const lines = cells.map((values) => line(values, false));
  if (header) lines.unshift(line(columns, true));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * Prints a listing as an aligned table. Bounded listings are aligned as a whole; follow streams are
 * printed page by page so lines appear as they arrive.
 */
export async function renderTableList(
  list: ListOutput,
  caps: OutputCaps,
  sink: OutputSink,
  style: TableStyle,
): Promise<CappedListEnd> {
  let rows: unknown[] = [];
  let headerDone = false;
  const printRows = () => {
    if (rows.length === 0) return undefined;
    const text = formatTable(rows, style, { columns: list.columns, header: !headerDone });
    headerDone = true;
    rows = [];
    return sink.write(text);
  };

  const end = await emitCappedItems(
    list.pages,
    list.cursor ?? { skip: 0 },
    caps,
    (_json, item) => {
      rows.push(item);
      return undefined;
    },
    () => (list.follow ? printRows() : undefined),
  );
  if (!headerDone && rows.length === 0) {
    sink.write(`(no ${list.itemsKey})\n`);
  }
  printRows();
  return end;
}

/** An object prints as two columns, field and value; an array of objects as a table. */
export function formatValueTable(value: unknown, style: TableStyle, columns?: readonly string[]) {
  if (Array.isArray(value)) return formatTable(value, style, { columns });
  if (value && typeof value === 'object') {
    const rows = Object.entries(value).map(([field, entry]) => ({ field, value: entry }));
    return formatTable(rows, style, { columns: ['field', 'value'], header: false });
  }
  return `${cellText(value)}\n`;
}
