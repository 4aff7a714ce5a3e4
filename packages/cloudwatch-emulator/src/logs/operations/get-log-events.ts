import { invalidParameter } from '../../errors.js';
import {
  type Input,
  optionalBoolean,
  optionalInteger,
  optionalString,
  optionalTimestamp,
} from '../input.js';
import { EVENT_OVERHEAD_BYTES } from '../log-stream.js';
import { findLogStream, type LogsContext } from '../logs-context.js';

const MAX_RESPONSE_BYTES = 1_048_576;

/**
 * GetLogEvents tokens look like AWS's (`f/` or `b/` and digits) and hold the key of the event at
 * the page edge: a forward token reads after it, a backward token before it. At either end of
 * the stream the token that was sent comes back unchanged, which is how clients see the end.
 */
function formatToken(direction: 'f' | 'b', timestamp: number, sequence: number): string {
  return `${direction}/${String(timestamp).padStart(16, '0')}${String(sequence).padStart(20, '0')}`;
}

function parseToken(token: string) {
  const match = /^([fb])\/(\d{16})(\d{20})$/.exec(token);
  if (!match) throw invalidParameter(`The specified nextToken is invalid: '${token}'.`);
  return {
    direction: match[1] as 'f' | 'b',
    timestamp: Number(match[2]),
    sequence: Number(match[3]),
  };
}

export function getLogEvents(context: LogsContext, input: Input) {
  const [, stream] = findLogStream(context, input);
  const startTime = optionalTimestamp(input, 'startTime');
  const endTime = optionalTimestamp(input, 'endTime');
  const limit = optionalInteger(input, 'limit', { min: 1, max: 10_000 }) ?? 10_000;
  const startFromHead = optionalBoolean(input, 'startFromHead') ?? false;
  const nextToken = optionalString(input, 'nextToken', { min: 1 });
  const token = nextToken === undefined ? undefined : parseToken(nextToken);

  // The window is [startTime, endTime): AWS includes the start and excludes the end.
  stream.ensureSorted();
  const low = startTime === undefined ? 0 : stream.lowerBound(startTime);
  const high = endTime === undefined ? stream.length : stream.lowerBound(endTime);
  const forward = token ? token.direction === 'f' : startFromHead;

  let first: number;
  let last: number;
  if (forward) {
    first = Math.max(low, token ? stream.upperBound(token.timestamp, token.sequence) : low);
    last = first;
    let bytes = 0;
    while (last < high && last - first < limit) {
      bytes += Buffer.byteLength(stream.messages[last]!, 'utf8') + EVENT_OVERHEAD_BYTES;
      if (bytes > MAX_RESPONSE_BYTES && last > first) break;
      last++;
    }
  } else {
    last = Math.min(high, token ? stream.lowerBound(token.timestamp, token.sequence) : high);
    first = last;
    let bytes = 0;
    while (first > low && last - first < limit) {
      bytes += Buffer.byteLength(stream.messages[first - 1]!, 'utf8') + EVENT_OVERHEAD_BYTES;
      if (bytes > MAX_RESPONSE_BYTES && last > first) break;
      first--;
    }
  }

  const events = [];
  for (let i = first; i < last; i++) {
    events.push({
      timestamp: stream.timestamps[i]!,
      message: stream.messages[i]!,
      ingestionTime: stream.ingestionTimes[i]!,
    });
  }
  if (events.length === 0) {
    const edge = token ?? { timestamp: startTime ?? 0, sequence: 0 };
    return {
      events,
      nextForwardToken: formatToken('f', edge.timestamp, edge.sequence),
      nextBackwardToken: formatToken('b', edge.timestamp, edge.sequence),
    };
  }
  return {
    events,
    nextForwardToken: formatToken('f', stream.timestamps[last - 1]!, stream.sequences[last - 1]!),
    nextBackwardToken: formatToken('b', stream.timestamps[first]!, stream.sequences[first]!),
  };
}
