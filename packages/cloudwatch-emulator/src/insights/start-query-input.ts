import { invalidParameter } from './errors.js';
import { MAX_QUERY_LIMIT } from './parse-query.js';

export const MAX_LOG_GROUPS = 50;
const MAX_QUERY_STRING_LENGTH = 10_000;
/** `arn:PARTITION:logs:REGION:ACCOUNT:log-group:NAME`, optionally followed by `:*`. */
const LOG_GROUP_ARN = /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:([^:]+)(?::\*)?$/;

export interface StartQueryRequest {
  logGroupNames: string[];
  startTimeMs: number;
  /** Inclusive: the request's end second counts whole. */
  endTimeMs: number;
  queryString: string;
  limit: number;
}

/** Reads and checks a StartQuery request body, as AWS does, before the query is parsed. */
export function readStartQueryInput(input: Record<string, unknown>): StartQueryRequest {
  const queryString = input.queryString;
  if (typeof queryString !== 'string' || queryString.trim() === '') {
    throw invalidParameter(
      'queryString is required: a Logs Insights query such as "fields @message"',
    );
  }
  if (queryString.length > MAX_QUERY_STRING_LENGTH) {
    throw invalidParameter(
      `queryString is ${queryString.length} characters long; ` +
        `the maximum is ${MAX_QUERY_STRING_LENGTH}`,
    );
  }

  const language = input.queryLanguage;
  if (language !== undefined && language !== 'CWLI') {
    // TODO(insights): the OpenSearch SQL and PPL languages have no engine in the emulator.
    throw invalidParameter(
      `queryLanguage ${String(language)} is not supported by this emulator; only CWLI is`,
    );
  }

  const startTime = readEpochSeconds(input, 'startTime');
  const endTime = readEpochSeconds(input, 'endTime');
  if (endTime < startTime) {
    throw invalidParameter(`endTime ${endTime} is before startTime ${startTime}`);
  }

  const limit = input.limit ?? MAX_QUERY_LIMIT;
  if (
    typeof limit !== 'number' ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_QUERY_LIMIT
  ) {
    throw invalidParameter(
      `limit must be a whole number from 1 to ${MAX_QUERY_LIMIT}, got ${String(limit)}`,
    );
  }

  return {
    logGroupNames: readLogGroupNames(input),
    startTimeMs: startTime * 1000,
    endTimeMs: endTime * 1000 + 999,
    queryString,
    limit,
  };
}

function readEpochSeconds(input: Record<string, unknown>, key: string): number {
  const value = input[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidParameter(
      `${key} is required: whole seconds since the epoch, got ${String(value)}`,
    );
  }
  return value;
}

/** Exactly one of logGroupName, logGroupNames and logGroupIdentifiers (names or ARNs). */
function readLogGroupNames(input: Record<string, unknown>): string[] {
  const given = ['logGroupName', 'logGroupNames', 'logGroupIdentifiers'].filter(
    (key) => input[key] !== undefined,
  );
  if (given.length !== 1) {
    throw invalidParameter(
      'Give exactly one of logGroupName, logGroupNames or logGroupIdentifiers, ' +
        `got ${given.length === 0 ? 'none' : given.join(' and ')}`,
    );
  }
  const key = given[0]!;
  const value = input[key];
  const list = key === 'logGroupName' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    throw invalidParameter(`${key} must be a non-empty list of log group names`);
  }
  if (list.length > MAX_LOG_GROUPS) {
    throw invalidParameter(
      `${key} has ${list.length} log groups; a query can read at most ${MAX_LOG_GROUPS}`,
    );
  }

  const names = list.map((item) => {
    if (typeof item !== 'string' || item === '') {
      throw invalidParameter(`${key} must hold log group names, got ${JSON.stringify(item)}`);
    }
    return key === 'logGroupIdentifiers' ? (LOG_GROUP_ARN.exec(item)?.[1] ?? item) : item;
  });
  return [...new Set(names)];
}
