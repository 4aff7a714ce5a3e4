import { randomUUID } from 'node:crypto';
import { compileQuery } from './compile-query.js';
import { InsightsError, invalidParameter, resourceNotFound } from './errors.js';
import { readLogRecord } from './get-log-record.js';
import { parseQuery } from './parse-query.js';
import { isActive, queryProgress } from './query-lifecycle.js';
import { type QueryOutcome, runQuery } from './run-query.js';
import { readStartQueryInput } from './start-query-input.js';
import type { InsightsService, InsightsServiceOptions, QueryStatus } from './types.js';

const DEFAULT_RUN_TIME_MS = 300;
const DEFAULT_MAX_CONCURRENT_QUERIES = 30;
const DEFAULT_ACCOUNT_ID = '123456789012';
/** Finished queries beyond this many are forgotten, oldest first, to bound memory. */
const MAX_KEPT_QUERIES = 1000;
const MAX_DESCRIBE_RESULTS = 1000;
const STATUSES = new Set(['Scheduled', 'Running', 'Complete', 'Failed', 'Cancelled', 'Timeout']);

interface QueryEntry {
  queryId: string;
  queryString: string;
  logGroupNames: string[];
  createTime: number;
  runTimeMs: number;
  stoppedAt: number | undefined;
  failed: boolean;
  outcome: QueryOutcome;
}

/** Logs Insights over an emulator's log store: the query operations and their lifecycle. */
export function createInsightsService(options: InsightsServiceOptions): InsightsService {
  const { source } = options;
  const now = options.now ?? Date.now;
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const maxConcurrentQueries = options.maxConcurrentQueries ?? DEFAULT_MAX_CONCURRENT_QUERIES;
  let runTimeMs = checkRunTime(options.runTimeMs ?? DEFAULT_RUN_TIME_MS);
  const queries = new Map<string, QueryEntry>();

  const statusOf = (entry: QueryEntry) => queryProgress(entry, now());
  const find = (input: Record<string, unknown>) => {
    const queryId = input.queryId;
    if (typeof queryId !== 'string' || queryId === '') {
      throw invalidParameter('queryId is required: the id StartQuery returned');
    }
    const entry = queries.get(queryId);
    if (!entry) throw resourceNotFound(`Query ${queryId} does not exist`);
    return entry;
  };

  return {
    startQuery(input) {
      const request = readStartQueryInput(input);
      for (const name of request.logGroupNames) {
        if (!source.hasLogGroup(name)) {
          throw resourceNotFound(
            `Log group '${name}' does not exist for account ID '${accountId}'`,
          );
        }
      }
      const compiled = compileQuery(parseQuery(request.queryString));

      const active = [...queries.values()].filter((q) => isActive(statusOf(q).status)).length;
      if (active >= maxConcurrentQueries) {
        throw new InsightsError(
          'LimitExceededException',
          `${active} queries are already Scheduled or Running; ` +
            `the account allows ${maxConcurrentQueries} at once`,
        );
      }

      // TODO(insights): the whole query runs here, holding the event loop for about a second
      // per million events; a chunked run would keep the server answering meanwhile.
      let outcome: QueryOutcome;
      let failed = false;
      try {
        const records = source.scan(request.logGroupNames, request.startTimeMs, request.endTimeMs);
        outcome = runQuery(compiled, records, { rowLimit: request.limit, accountId });
      } catch {
        failed = true;
        outcome = {
          rows: [],
          statistics: { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 },
        };
      }

      const queryId = randomUUID();
      queries.set(queryId, {
        queryId,
        queryString: request.queryString,
        logGroupNames: request.logGroupNames,
        createTime: now(),
        runTimeMs,
        stoppedAt: undefined,
        failed,
        outcome,
      });
      forgetOldQueries(queries, (entry) => !isActive(statusOf(entry).status));
      return { queryId };
    },

    getQueryResults(input) {
      const entry = find(input);
      const { status, progress } = statusOf(entry);
      // TODO(insights): while Running, AWS shows aggregates over the events read so far; the
      // emulator shows a prefix of the final rows, which is what polling clients rely on.
      const { rows, statistics } = entry.outcome;
      return {
        status,
        results: rows.slice(0, Math.floor(rows.length * progress)),
        statistics: {
          recordsMatched: Math.floor(statistics.recordsMatched * progress),
          recordsScanned: Math.floor(statistics.recordsScanned * progress),
          bytesScanned: Math.floor(statistics.bytesScanned * progress),
        },
      };
    },

    stopQuery(input) {
      const entry = find(input);
      if (!isActive(statusOf(entry).status)) return { success: false };
      entry.stoppedAt = now();
      return { success: true };
    },

    describeQueries(input) {
      return describeQueries(input, [...queries.values()], (entry) => statusOf(entry).status);
    },

    getLogRecord(input) {
      return readLogRecord(input, source, accountId);
    },

    setRunTime(ms) {
      runTimeMs = checkRunTime(ms);
    },
  };
}

function checkRunTime(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) {
    throw invalidParameter(`runTimeMs must be a number of milliseconds from 0, got ${ms}`);
  }
  return ms;
}

function forgetOldQueries(queries: Map<string, QueryEntry>, finished: (q: QueryEntry) => boolean) {
  for (const [queryId, entry] of queries) {
    if (queries.size <= MAX_KEPT_QUERIES) return;
    if (finished(entry)) queries.delete(queryId);
  }
}

function describeQueries(
  input: Record<string, unknown>,
  entries: QueryEntry[],
  statusOf: (entry: QueryEntry) => QueryStatus,
): Record<string, unknown> {
  const { logGroupName, status, maxResults = MAX_DESCRIBE_RESULTS, nextToken } = input;
  if (logGroupName !== undefined && typeof logGroupName !== 'string') {
    throw invalidParameter(
      `logGroupName must be a log group name, got ${JSON.stringify(logGroupName)}`,
    );
  }
  if (status !== undefined && !STATUSES.has(status as string)) {
    throw invalidParameter(
      `status must be one of ${[...STATUSES].join(', ')}, got ${String(status)}`,
    );
  }
  if (
    typeof maxResults !== 'number' ||
    !Number.isInteger(maxResults) ||
    maxResults < 1 ||
    maxResults > MAX_DESCRIBE_RESULTS
  ) {
    throw invalidParameter(
      `maxResults must be a whole number from 1 to ${MAX_DESCRIBE_RESULTS}, ` +
        `got ${String(maxResults)}`,
    );
  }
  const offset = nextToken === undefined ? 0 : readNextToken(nextToken);

  const matching = entries
    .filter((entry) => logGroupName === undefined || entry.logGroupNames.includes(logGroupName))
    .map((entry) => ({ entry, status: statusOf(entry) }))
    .filter((item) => status === undefined || item.status === status)
    .reverse();
  const page = matching.slice(offset, offset + maxResults);
  const end = offset + page.length;
  return {
    queries: page.map(({ entry, status }) => ({
      queryId: entry.queryId,
      queryString: entry.queryString,
      status,
      createTime: entry.createTime,
      logGroupName: entry.logGroupNames[0],
    })),
    ...(end < matching.length ? { nextToken: Buffer.from(String(end)).toString('base64url') } : {}),
  };
}

/** A nextToken is the position of the next page in the newest-first list, made opaque. */
function readNextToken(token: unknown): number {
  const text = typeof token === 'string' ? Buffer.from(token, 'base64url').toString() : '';
  if (!/^\d+$/.test(text)) {
    throw invalidParameter(`nextToken ${String(token)} is not one that DescribeQueries returned`);
  }
  return Number(text);
}
