import type { InsightsLogRecord } from './types.js';

export interface PointedRecord {
  logGroupName: string;
  timestamp: number;
  eventId: string;
}

/**
 * The `@ptr` of a result row: opaque to clients, as AWS's is. It names the log group, the
 * timestamp and the event id, so that GetLogRecord reads one instant of one group, not all.
 */
export function encodePointer(record: InsightsLogRecord): string {
  const text = `${record.logGroupName}\n${record.timestamp}\n${record.eventId}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function decodePointer(pointer: string): PointedRecord | null {
  const parts = Buffer.from(pointer, 'base64url').toString('utf8').split('\n');
  if (parts.length !== 3) return null;
  const [logGroupName, timestampText, eventId] = parts as [string, string, string];
  const timestamp = Number(timestampText);
  if (!logGroupName || !eventId || !Number.isFinite(timestamp)) return null;
  return { logGroupName, timestamp, eventId };
}
