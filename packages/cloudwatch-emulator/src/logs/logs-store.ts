import { LogStream } from './log-stream.js';

export interface LogGroup {
  logGroupName: string;
  creationTime: number;
  retentionInDays: number | undefined;
  logGroupClass: string;
  kmsKeyId: string | undefined;
  streams: Map<string, LogStream>;
}

/** One stored event, as the Logs Insights engine reads it. */
export interface LogRecord {
  logGroupName: string;
  logStreamName: string;
  timestamp: number;
  ingestionTime: number;
  message: string;
  eventId: string;
}

export interface IngestedEvent {
  timestamp: number;
  message: string;
  /** Seeds set their own, a little after the timestamp; PutLogEvents uses the time of the call. */
  ingestionTime?: number;
}

/**
 * Event ids are digits only, like AWS's, and sort like the events: the timestamp, then the
 * store-wide ingestion sequence that makes them unique.
 */
export function formatEventId(timestamp: number, sequence: number): string {
  return String(timestamp).padStart(16, '0') + String(sequence).padStart(20, '0');
}

/** Every log group and its events, shared by all regions the clients sign for. */
export class LogsStore {
  readonly groups = new Map<string, LogGroup>();
  private sequence = 0;

  hasLogGroup(name: string): boolean {
    return this.groups.has(name);
  }

  createLogGroup(logGroupName: string, creationTime: number, fields: Partial<LogGroup> = {}) {
    const group: LogGroup = {
      logGroupName,
      creationTime,
      retentionInDays: fields.retentionInDays,
      logGroupClass: fields.logGroupClass ?? 'STANDARD',
      kmsKeyId: fields.kmsKeyId,
      streams: new Map(),
    };
    this.groups.set(logGroupName, group);
    return group;
  }

  createLogStream(group: LogGroup, logStreamName: string, creationTime: number): LogStream {
    const stream = new LogStream(logStreamName, creationTime);
    group.streams.set(logStreamName, stream);
    return stream;
  }

  /** Appends events that already passed the caller's checks; returns how many were stored. */
  ingest(stream: LogStream, events: Iterable<IngestedEvent>, ingestionTime: number): number {
    let count = 0;
    for (const event of events) {
      stream.append(
        event.timestamp,
        event.message,
        event.ingestionTime ?? ingestionTime,
        ++this.sequence,
      );
      count++;
    }
    return count;
  }

  storedBytes(group: LogGroup): number {
    let bytes = 0;
    for (const stream of group.streams.values()) bytes += stream.storedBytes;
    return bytes;
  }

  eventCount(): number {
    let count = 0;
    for (const group of this.groups.values()) {
      for (const stream of group.streams.values()) count += stream.length;
    }
    return count;
  }

  /** Records of these groups with startTimeMs <= timestamp <= endTimeMs, stream by stream. */
  *scan(logGroupNames: string[], startTimeMs: number, endTimeMs: number): Iterable<LogRecord> {
    for (const logGroupName of logGroupNames) {
      const group = this.groups.get(logGroupName);
      if (!group) continue;
      for (const stream of group.streams.values()) {
        const end = stream.upperBound(endTimeMs);
        for (let i = stream.lowerBound(startTimeMs); i < end; i++) {
          const timestamp = stream.timestamps[i]!;
          yield {
            logGroupName,
            logStreamName: stream.logStreamName,
            timestamp,
            ingestionTime: stream.ingestionTimes[i]!,
            message: stream.messages[i]!,
            eventId: formatEventId(timestamp, stream.sequences[i]!),
          };
        }
      }
    }
  }

  /** Keeps the sequence running so that no event id is ever handed out twice. */
  reset(): void {
    this.groups.clear();
  }
}
