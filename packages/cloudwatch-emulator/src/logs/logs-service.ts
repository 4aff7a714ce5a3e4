import { awsError } from '../errors.js';
import type { Input } from './input.js';
import type { LogsContext } from './logs-context.js';
import type { LogsStore } from './logs-store.js';
import { filterLogEvents } from './operations/filter-log-events.js';
import { getLogEvents } from './operations/get-log-events.js';
import {
  createLogGroup,
  deleteLogGroup,
  deleteRetentionPolicy,
  describeLogGroups,
  putRetentionPolicy,
} from './operations/log-groups.js';
import { createLogStream, deleteLogStream, describeLogStreams } from './operations/log-streams.js';
import { putLogEvents } from './operations/put-log-events.js';

type Operation = (context: LogsContext, input: Input) => Record<string, unknown>;

const OPERATIONS: Record<string, Operation> = {
  CreateLogGroup: createLogGroup,
  DeleteLogGroup: deleteLogGroup,
  DescribeLogGroups: describeLogGroups,
  PutRetentionPolicy: putRetentionPolicy,
  DeleteRetentionPolicy: deleteRetentionPolicy,
  CreateLogStream: createLogStream,
  DeleteLogStream: deleteLogStream,
  DescribeLogStreams: describeLogStreams,
  PutLogEvents: putLogEvents,
  GetLogEvents: getLogEvents,
  FilterLogEvents: filterLogEvents,
};

/** The Logs Insights operations, each taking and returning the JSON body of the AWS call. */
export interface LogsInsights {
  startQuery(input: Record<string, unknown>): Record<string, unknown>;
  getQueryResults(input: Record<string, unknown>): Record<string, unknown>;
  stopQuery(input: Record<string, unknown>): Record<string, unknown>;
  describeQueries(input: Record<string, unknown>): Record<string, unknown>;
  getLogRecord(input: Record<string, unknown>): Record<string, unknown>;
}

const INSIGHTS_OPERATIONS: Record<string, keyof LogsInsights> = {
  StartQuery: 'startQuery',
  GetQueryResults: 'getQueryResults',
  StopQuery: 'stopQuery',
  DescribeQueries: 'describeQueries',
  GetLogRecord: 'getLogRecord',
};

export interface LogsService {
  call(operation: string, input: Input, request: { now: number; region: string }): unknown;
}

export function createLogsService(options: { store: LogsStore; insights?: LogsInsights }) {
  const { store, insights } = options;
  return {
    call(operation, input, request) {
      const insightsMethod = INSIGHTS_OPERATIONS[operation];
      if (insightsMethod) {
        if (!insights) {
          throw awsError(
            'InvalidOperationException',
            `${operation} is not available: this emulator runs without a Logs Insights engine.`,
          );
        }
        return insights[insightsMethod](input);
      }
      const run = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
      if (!run) {
        throw awsError(
          'UnknownOperationException',
          `The operation ${operation} is not supported by this emulator.`,
        );
      }
      return run({ store, now: request.now, region: request.region }, input);
    },
  } satisfies LogsService;
}
