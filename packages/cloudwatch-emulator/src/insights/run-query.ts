import type { CompiledQuery } from './compile-query.js';
import { EventRow, type Row } from './rows.js';
import { Collector } from './stages.js';
import type { InsightsLogRecord, QueryStatistics, ResultField } from './types.js';
import { toText } from './values.js';

export interface QueryOutcome {
  rows: ResultField[][];
  statistics: QueryStatistics;
}

/**
 * Runs a compiled query over records, one at a time: only the rows a command must hold (sort,
 * stats groups, the result) stay in memory.
 */
export function runQuery(
  query: CompiledQuery,
  records: Iterable<InsightsLogRecord>,
  options: { rowLimit: number; accountId: string },
): QueryOutcome {
  const statistics: QueryStatistics = { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 };
  const collector = new Collector();
  const head = query.createPipeline(collector, statistics, options.rowLimit);

  for (const record of records) {
    statistics.recordsScanned++;
    statistics.bytesScanned += Buffer.byteLength(record.message, 'utf8');
    head.push(new EventRow(record, options.accountId));
  }
  head.finish();

  return { rows: collector.rows.map((row) => renderRow(row, query)), statistics };
}

/** A result row as AWS returns it: present fields only, values as text, `@ptr` last. */
function renderRow(row: Row, query: CompiledQuery): ResultField[] {
  const fields: ResultField[] = [];
  for (const field of query.columns) {
    const value = toText(row.get(field));
    if (value !== null) fields.push({ field, value });
  }
  const pointer = row.pointer();
  if (query.eventRows && pointer !== null && !query.columns.includes('@ptr')) {
    fields.push({ field: '@ptr', value: pointer });
  }
  return fields;
}
