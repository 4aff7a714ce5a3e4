/**
 * Sample events and small harnesses shared by the tests of this folder. Not part of the engine:
 * nothing but `*.test.ts` files imports it.
 */
import { expect } from 'vitest';
import { compileQuery } from './compile-query.js';
import type { InsightsError } from './errors.js';
import { createInsightsService } from './insights-service.js';
import { memorySource } from './memory-source.js';
import { parseQuery } from './parse-query.js';
import { runQuery } from './run-query.js';
import type { InsightsLogRecord, InsightsSource } from './types.js';

/** 2024-01-02 03:04:05.678 UTC */
export const T0 = Date.UTC(2024, 0, 2, 3, 4, 5, 678);
export const MINUTE = 60_000;

let sequence = 0;
export function event(offsetMs: number, message: string, more: Partial<InsightsLogRecord> = {}) {
  sequence++;
  return {
    logGroupName: '/app/api',
    logStreamName: 'web-1',
    timestamp: T0 + offsetMs,
    ingestionTime: T0 + offsetMs + 5,
    message,
    eventId: String(sequence).padStart(8, '0'),
    ...more,
  };
}

export const json = (offsetMs: number, fields: Record<string, unknown>) =>
  event(offsetMs, JSON.stringify(fields));

export function run(query: string, events: InsightsLogRecord[], rowLimit = 10_000) {
  const compiled = compileQuery(parseQuery(query));
  return runQuery(compiled, events, { rowLimit, accountId: '111122223333' });
}

/** Rows as objects, without `@ptr`, which has its own test. */
export function rows(query: string, events: InsightsLogRecord[]) {
  return run(query, events).rows.map((row) =>
    Object.fromEntries(row.filter((f) => f.field !== '@ptr').map((f) => [f.field, f.value])),
  );
}

export const requests = [
  json(0, { level: 'INFO', service: 'auth', latency: 20, user: 'ann', ok: true }),
  json(1000, { level: 'ERROR', service: 'auth', latency: 250, user: 'bob', ok: false }),
  json(2000, { level: 'INFO', service: 'cart', latency: 100, user: 'ann' }),
  json(3000, { level: 'WARN', service: 'cart', latency: 40, user: 'cyd' }),
  json(4000, { level: 'ERROR', service: 'cart', latency: 300 }),
];

export type Row = Record<string, string>;

export const START = Math.floor(T0 / 1000) - 3600;
export const END = Math.floor(T0 / 1000) + 3600;

export const records: InsightsLogRecord[] = Array.from({ length: 10 }, (_, i) => ({
  logGroupName: i % 2 === 0 ? '/app/api' : '/app/worker',
  logStreamName: 'main',
  timestamp: T0 + i * 1000,
  ingestionTime: T0 + i * 1000 + 7,
  message: JSON.stringify({ n: i, level: i < 3 ? 'ERROR' : 'INFO' }),
  eventId: `event-${i}`,
}));

export function setupService(
  options: { runTimeMs?: number; maxConcurrentQueries?: number; source?: InsightsSource } = {},
) {
  const clock = { now: 1_000_000 };
  const service = createInsightsService({
    source: options.source ?? memorySource(records, ['/app/api', '/app/worker', '/app/empty']),
    now: () => clock.now,
    runTimeMs: options.runTimeMs ?? 1000,
    maxConcurrentQueries: options.maxConcurrentQueries,
    accountId: '111122223333',
  });
  const start = (input: Record<string, unknown> = {}) =>
    service.startQuery({
      logGroupNames: ['/app/api', '/app/worker'],
      startTime: START,
      endTime: END,
      queryString: 'fields n',
      ...input,
    }).queryId;
  const results = (queryId: string) =>
    service.getQueryResults({ queryId }) as {
      status: string;
      results: Array<Array<{ field: string; value: string }>>;
      statistics: { recordsMatched: number; recordsScanned: number; bytesScanned: number };
    };
  return { clock, service, start, results };
}

export function thrown(action: () => unknown): InsightsError {
  try {
    action();
  } catch (error) {
    return error as InsightsError;
  }
  throw new Error('expected an error');
}

/**
 * Checks that `action` fails the way Logs Insights rejects a query: a MalformedQueryException
 * whose message contains `message` and whose details point at the offending characters.
 */
export function expectMalformedQuery(
  action: () => unknown,
  message: string,
  startCharOffset: number,
  endCharOffset: number,
) {
  const error = thrown(action);
  expect(error.awsErrorName).toBe('MalformedQueryException');
  expect(error.message).toContain(message);
  expect(error.details).toEqual({
    queryCompileError: {
      location: { startCharOffset, endCharOffset },
      message: error.message,
    },
  });
}
