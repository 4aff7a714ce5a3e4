import { invalidParameter, resourceNotFound } from '../errors.js';
import { type Input, LOG_STREAM_NAME, optionalString, requiredString } from './input.js';
import type { LogStream } from './log-stream.js';
import type { LogGroup, LogsStore } from './logs-store.js';

/** The account every ARN of the emulator names. */
export const ACCOUNT_ID = '123456789012';

/** What a Logs operation sees of one request. */
export interface LogsContext {
  store: LogsStore;
  now: number;
  /** The region of the request's signature; ARNs are built with it. */
  region: string;
}

export function logGroupArn(context: LogsContext, logGroupName: string): string {
  return `arn:aws:logs:${context.region}:${ACCOUNT_ID}:log-group:${logGroupName}`;
}

export function logStreamArn(context: LogsContext, logGroupName: string, logStreamName: string) {
  return `${logGroupArn(context, logGroupName)}:log-stream:${logStreamName}`;
}

const LOG_GROUP_ARN = /^arn:aws[a-z-]*:logs:[a-z0-9-]*:\d*:log-group:([.\-_/#A-Za-z0-9]+)(:\*)?$/;

/** Reads `logGroupName` or `logGroupIdentifier` (a name or an ARN); exactly one must be given. */
export function readLogGroupName(input: Input): string {
  const name = optionalString(input, 'logGroupName', { min: 1, max: 512 });
  const identifier = optionalString(input, 'logGroupIdentifier', { min: 1, max: 2048 });
  if (name !== undefined && identifier !== undefined) {
    throw invalidParameter('LogGroup name and LogGroup ARN are mutually exclusive parameters.');
  }
  if (name !== undefined) return name;
  if (identifier === undefined) {
    throw invalidParameter('Either logGroupName or logGroupIdentifier must be specified.');
  }
  if (!identifier.startsWith('arn:')) return identifier;
  const match = LOG_GROUP_ARN.exec(identifier);
  if (!match) throw invalidParameter(`Invalid logGroupIdentifier ARN: '${identifier}'.`);
  return match[1]!;
}

export function findLogGroup(context: LogsContext, logGroupName: string): LogGroup {
  const group = context.store.groups.get(logGroupName);
  if (!group) throw resourceNotFound('The specified log group does not exist.');
  return group;
}

export function findLogStream(context: LogsContext, input: Input): [LogGroup, LogStream] {
  const group = findLogGroup(context, readLogGroupName(input));
  const logStreamName = requiredString(input, 'logStreamName', LOG_STREAM_NAME);
  const stream = group.streams.get(logStreamName);
  if (!stream) throw resourceNotFound('The specified log stream does not exist.');
  return [group, stream];
}
