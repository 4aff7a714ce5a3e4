import { invalidParameter } from '../../errors.js';
import { parseFilterPattern } from '../filter-pattern/parse-filter-pattern.js';
import {
  type Input,
  LOG_STREAM_NAME,
  optionalBoolean,
  optionalInteger,
  optionalString,
  optionalStringList,
  optionalTimestamp,
} from '../input.js';
import { EVENT_OVERHEAD_BYTES, type LogStream } from '../log-stream.js';
import { findLogGroup, type LogsContext, readLogGroupName } from '../logs-context.js';
import { formatEventId } from '../logs-store.js';
import { mergeStreams, type ScanStart } from '../merge-streams.js';
import { decodeToken, encodeToken, tokenNumber, tokenString } from '../tokens.js';

const MAX_RESPONSE_BYTES = 1_048_576;

interface FilteredLogEvent {
  logStreamName: string;
  timestamp: number;
  message: string;
  ingestionTime: number;
  eventId: string;
}

export function filterLogEvents(context: LogsContext, input: Input) {
  const logGroupName = readLogGroupName(input);
  const logStreamNames = optionalStringList(
    input,
    'logStreamNames',
    { min: 1, max: 100 },
    LOG_STREAM_NAME,
  );
  const prefix = optionalString(input, 'logStreamNamePrefix', LOG_STREAM_NAME);
  const startTime = optionalTimestamp(input, 'startTime') ?? 0;
  const endTime = optionalTimestamp(input, 'endTime') ?? Number.MAX_SAFE_INTEGER;
  const filterPattern = optionalString(input, 'filterPattern', { max: 1024 });
  const limit = optionalInteger(input, 'limit', { min: 1, max: 10_000 }) ?? 10_000;
  const nextToken = optionalString(input, 'nextToken', { min: 1 });
  optionalBoolean(input, 'interleaved');
  optionalBoolean(input, 'unmask');
  if (logStreamNames && prefix !== undefined) {
    throw invalidParameter(
      'logStreamNames and logStreamNamePrefix are mutually exclusive parameters.',
    );
  }
  if (startTime > endTime) {
    throw invalidParameter(`startTime (${startTime}) must not be later than endTime (${endTime}).`);
  }
  const group = findLogGroup(context, logGroupName);
  const matches = parseFilterPattern(filterPattern ?? '');

  let start: ScanStart = { startTime };
  if (nextToken) {
    const position = decodeToken('filter', nextToken);
    if (tokenString(position, 'g', nextToken) !== logGroupName) {
      throw invalidParameter(`The specified nextToken is invalid: '${nextToken}'.`);
    }
    start = {
      afterTimestamp: tokenNumber(position, 't', nextToken),
      afterSequence: tokenNumber(position, 's', nextToken),
    };
  }

  const streams = selectStreams([...group.streams.values()], logStreamNames, prefix);
  const events: FilteredLogEvent[] = [];
  let bytes = 0;
  let full = false;
  let lastKey: { t: number; s: number } | undefined;
  mergeStreams(streams, start, endTime, (stream, i) => {
    const message = stream.messages[i]!;
    if (matches && !matches(message)) return true;
    bytes += Buffer.byteLength(message, 'utf8') + EVENT_OVERHEAD_BYTES;
    if (events.length === limit || (bytes > MAX_RESPONSE_BYTES && events.length > 0)) {
      full = true;
      return false;
    }
    const timestamp = stream.timestamps[i]!;
    const sequence = stream.sequences[i]!;
    events.push({
      logStreamName: stream.logStreamName,
      timestamp,
      message,
      ingestionTime: stream.ingestionTimes[i]!,
      eventId: formatEventId(timestamp, sequence),
    });
    lastKey = { t: timestamp, s: sequence };
    return true;
  });

  return {
    events,
    searchedLogStreams: [],
    nextToken: full && lastKey ? encodeToken('filter', { g: logGroupName, ...lastKey }) : undefined,
  };
}

function selectStreams(streams: LogStream[], names: string[] | undefined, prefix?: string) {
  if (names) {
    const wanted = new Set(names);
    return streams.filter((stream) => wanted.has(stream.logStreamName));
  }
  if (prefix !== undefined) return streams.filter((s) => s.logStreamName.startsWith(prefix));
  return streams;
}
