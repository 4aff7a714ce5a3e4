/** One stored log event, as the query engine reads it. */
export interface InsightsLogRecord {
  logGroupName: string;
  logStreamName: string;
  timestamp: number;
  ingestionTime: number;
  message: string;
  eventId: string;
}

/** Where queries read their events from: the emulator's log store. */
export interface InsightsSource {
  hasLogGroup(name: string): boolean;
  /** Records of these groups with startTimeMs <= timestamp <= endTimeMs, in any order. */
  scan(
    logGroupNames: string[],
    startTimeMs: number,
    endTimeMs: number,
  ): Iterable<InsightsLogRecord>;
}

export interface InsightsServiceOptions {
  source: InsightsSource;
  /** How long a query stays Scheduled/Running before it completes; 300 ms by default. */
  runTimeMs?: number;
  /** Queries that may be Scheduled or Running at once, per account; 30 by default, as AWS. */
  maxConcurrentQueries?: number;
  /** The clock, in epoch milliseconds; tests inject one instead of sleeping. */
  now?: () => number;
  /** The account shown in `@log` (`ACCOUNT:GROUP`); 123456789012 by default. */
  accountId?: string;
}

/** The Logs Insights operations; each takes the JSON request body and returns the response body. */
export interface InsightsService {
  startQuery(input: Record<string, unknown>): { queryId: string };
  getQueryResults(input: Record<string, unknown>): Record<string, unknown>;
  stopQuery(input: Record<string, unknown>): { success: boolean };
  describeQueries(input: Record<string, unknown>): Record<string, unknown>;
  getLogRecord(input: Record<string, unknown>): Record<string, unknown>;
  /** Run time of the queries started from now on. */
  setRunTime(ms: number): void;
}

export type QueryStatus =
  | 'Scheduled'
  | 'Running'
  | 'Complete'
  | 'Failed'
  | 'Cancelled'
  | 'Timeout'
  | 'Unknown';

export interface ResultField {
  field: string;
  value: string;
}

export interface QueryStatistics {
  recordsMatched: number;
  recordsScanned: number;
  bytesScanned: number;
}
