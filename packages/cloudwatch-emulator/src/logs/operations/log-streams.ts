import { awsError, invalidParameter, resourceNotFound } from '../../errors.js';
import {
  type Input,
  LOG_STREAM_NAME,
  optionalBoolean,
  optionalEnum,
  optionalInteger,
  optionalString,
  requiredString,
} from '../input.js';
import type { LogStream } from '../log-stream.js';
import { findLogGroup, type LogsContext, logStreamArn, readLogGroupName } from '../logs-context.js';
import { decodeToken, encodeToken, tokenNumber, tokenString } from '../tokens.js';

export function createLogStream(context: LogsContext, input: Input) {
  const group = findLogGroup(context, readLogGroupName(input));
  const logStreamName = requiredString(input, 'logStreamName', LOG_STREAM_NAME);
  if (group.streams.has(logStreamName)) {
    throw awsError('ResourceAlreadyExistsException', 'The specified log stream already exists');
  }
  context.store.createLogStream(group, logStreamName, context.now);
  return {};
}

export function deleteLogStream(context: LogsContext, input: Input) {
  const group = findLogGroup(context, readLogGroupName(input));
  const logStreamName = requiredString(input, 'logStreamName', LOG_STREAM_NAME);
  if (!group.streams.delete(logStreamName)) {
    throw resourceNotFound('The specified log stream does not exist.');
  }
  return {};
}

/** The deprecated sequence token AWS still returns: digits that grow with each upload. */
export function uploadSequenceToken(stream: LogStream): string {
  return `49${String(stream.uploadSequence).padStart(54, '0')}`;
}

export function describeLogStreams(context: LogsContext, input: Input) {
  const group = findLogGroup(context, readLogGroupName(input));
  const prefix = optionalString(input, 'logStreamNamePrefix', LOG_STREAM_NAME);
  const orderBy = optionalEnum(input, 'orderBy', ['LogStreamName', 'LastEventTime'] as const);
  const descending = optionalBoolean(input, 'descending') ?? false;
  const limit = optionalInteger(input, 'limit', { min: 1, max: 50 }) ?? 50;
  const nextToken = optionalString(input, 'nextToken', { min: 1 });
  if (prefix !== undefined && orderBy === 'LastEventTime') {
    throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
  }

  // Sort by (lastEventTime, name) or by name; the token holds the key of the last stream sent.
  const byTime = orderBy === 'LastEventTime';
  const keyOf = (stream: LogStream) => (byTime ? (stream.lastEventTimestamp ?? -1) : 0);
  const compare = (a: [number, string], b: [number, string]) =>
    a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  const direction = descending ? -1 : 1;
  let after: [number, string] | undefined;
  if (nextToken) {
    const position = decodeToken('streams', nextToken);
    after = [tokenNumber(position, 't', nextToken), tokenString(position, 'n', nextToken)];
  }

  const streams = [...group.streams.values()]
    .filter((stream) => prefix === undefined || stream.logStreamName.startsWith(prefix))
    .map((stream) => ({ stream, key: [keyOf(stream), stream.logStreamName] as [number, string] }))
    .filter(({ key }) => !after || direction * compare(key, after) > 0)
    .sort((a, b) => direction * compare(a.key, b.key));

  const page = streams.slice(0, limit);
  const last = page.at(-1);
  return {
    logStreams: page.map(({ stream }) => ({
      logStreamName: stream.logStreamName,
      creationTime: stream.creationTime,
      firstEventTimestamp: stream.firstEventTimestamp,
      lastEventTimestamp: stream.lastEventTimestamp,
      lastIngestionTime: stream.lastIngestionTime,
      uploadSequenceToken: uploadSequenceToken(stream),
      arn: logStreamArn(context, group.logGroupName, stream.logStreamName),
      storedBytes: stream.storedBytes,
    })),
    nextToken:
      streams.length > limit && last
        ? encodeToken('streams', { t: last.key[0], n: last.key[1] })
        : undefined,
  };
}
