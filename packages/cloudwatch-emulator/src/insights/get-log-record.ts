import { discoverFields } from './discovered-fields.js';
import { invalidParameter, resourceNotFound } from './errors.js';
import { decodePointer } from './log-record-pointer.js';
import type { InsightsSource } from './types.js';
import { toText } from './values.js';

/**
 * GetLogRecord: every field of the event a `@ptr` points at. As in AWS, the times are epoch
 * milliseconds here, where query results print them as dates.
 */
export function readLogRecord(
  input: Record<string, unknown>,
  source: InsightsSource,
  accountId: string,
): Record<string, unknown> {
  const pointer = input.logRecordPointer;
  const pointed = typeof pointer === 'string' ? decodePointer(pointer) : null;
  if (!pointed) {
    throw invalidParameter(
      `logRecordPointer must be the @ptr of a query result row, got ${JSON.stringify(pointer)}`,
    );
  }
  if (!source.hasLogGroup(pointed.logGroupName)) {
    throw resourceNotFound(`Log group '${pointed.logGroupName}' does not exist`);
  }

  const { logGroupName, timestamp, eventId } = pointed;
  for (const record of source.scan([logGroupName], timestamp, timestamp)) {
    if (record.eventId !== eventId) continue;
    const logRecord: Record<string, string> = {};
    for (const [name, value] of discoverFields(record)) logRecord[name] = toText(value) ?? '';
    Object.assign(logRecord, {
      '@timestamp': String(record.timestamp),
      '@message': record.message,
      '@logStream': record.logStreamName,
      '@log': `${accountId}:${record.logGroupName}`,
      '@ingestionTime': String(record.ingestionTime),
    });
    return { logRecord };
  }
  throw resourceNotFound(`The log record that logRecordPointer points at no longer exists`);
}
