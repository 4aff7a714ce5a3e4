import { discoverFields } from './discovered-fields.js';
import { encodePointer } from './log-record-pointer.js';
import type { InsightsLogRecord } from './types.js';
import { Instant, type Value } from './values.js';

/** What a command reads and writes: a log event, or a row that `stats` produced. */
export interface Row {
  get(name: string): Value;
  set(name: string, value: Value): void;
  /** The `@ptr` of an event; null for a row of `stats`. */
  pointer(): string | null;
}

/**
 * A log event as a row. Fields found in the message are looked for only when a command reads
 * a field that is neither a system field nor one the query set, and then only once.
 */
export class EventRow implements Row {
  private assigned: Map<string, Value> | undefined;
  private discovered: Map<string, Value> | undefined;

  constructor(
    readonly record: InsightsLogRecord,
    private readonly accountId: string,
  ) {}

  get(name: string): Value {
    if (this.assigned !== undefined) {
      const value = this.assigned.get(name);
      if (value !== undefined) return value;
    }
    switch (name) {
      case '@timestamp':
        return new Instant(this.record.timestamp);
      case '@message':
        return this.record.message;
      case '@logStream':
        return this.record.logStreamName;
      case '@log':
        return `${this.accountId}:${this.record.logGroupName}`;
      case '@ingestionTime':
        return new Instant(this.record.ingestionTime);
      case '@ptr':
        return this.pointer();
    }
    this.discovered ??= discoverFields(this.record);
    return this.discovered.get(name) ?? null;
  }

  set(name: string, value: Value): void {
    this.assigned ??= new Map();
    this.assigned.set(name, value);
  }

  pointer(): string {
    return encodePointer(this.record);
  }

  /** The timestamp without building a value, for the default sort and time functions. */
  get timestamp(): number {
    return this.record.timestamp;
  }
}

/** A row of `stats` output: its group-by and aggregate columns. */
export class GroupRow implements Row {
  private readonly values = new Map<string, Value>();

  get(name: string): Value {
    return this.values.get(name) ?? null;
  }

  set(name: string, value: Value): void {
    this.values.set(name, value);
  }

  pointer(): null {
    return null;
  }
}
