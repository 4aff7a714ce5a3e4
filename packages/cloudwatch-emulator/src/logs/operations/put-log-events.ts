import { invalidParameter } from '../../errors.js';
import { type Input, requiredList } from '../input.js';
import { EVENT_OVERHEAD_BYTES } from '../log-stream.js';
import { findLogStream, type LogsContext } from '../logs-context.js';
import type { IngestedEvent } from '../logs-store.js';
import { uploadSequenceToken } from './log-streams.js';

export const MAX_BATCH_EVENTS = 10_000;
export const MAX_BATCH_BYTES = 1_048_576;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function putLogEvents(context: LogsContext, input: Input) {
  const events = readLogEvents(input);
  const [group, stream] = findLogStream(context, input);

  let batchBytes = 0;
  for (let i = 0; i < events.length; i++) {
    const eventBytes = Buffer.byteLength(events[i]!.message, 'utf8') + EVENT_OVERHEAD_BYTES;
    if (eventBytes > MAX_BATCH_BYTES) {
      throw invalidParameter(
        `Log event too large: ${eventBytes} bytes exceeds limit of ${MAX_BATCH_BYTES}`,
      );
    }
    batchBytes += eventBytes;
    if (i > 0 && events[i]!.timestamp < events[i - 1]!.timestamp) {
      throw invalidParameter(
        'Log events in a single PutLogEvents request must be in chronological order.',
      );
    }
  }
  if (batchBytes > MAX_BATCH_BYTES) {
    throw invalidParameter(
      `Upload too large: ${batchBytes} bytes exceeds limit of ${MAX_BATCH_BYTES}`,
    );
  }

  // Events are in order, so the too-old and expired ones form a prefix and the too-new a suffix.
  const oldestAccepted = context.now - 14 * DAY_MS;
  const retentionStart =
    group.retentionInDays === undefined ? undefined : context.now - group.retentionInDays * DAY_MS;
  const newestAccepted = context.now + 2 * HOUR_MS;
  const tooOldEnd = countWhile(events, (e) => e.timestamp < oldestAccepted);
  const expiredEnd =
    retentionStart === undefined ? 0 : countWhile(events, (e) => e.timestamp < retentionStart);
  let tooNewStart = events.length;
  while (tooNewStart > 0 && events[tooNewStart - 1]!.timestamp > newestAccepted) tooNewStart--;

  const accepted = events.slice(Math.max(tooOldEnd, expiredEnd), tooNewStart);
  if (accepted.length > 0 && accepted.at(-1)!.timestamp - accepted[0]!.timestamp > DAY_MS) {
    throw invalidParameter(
      'The batch of log events in a single PutLogEvents request cannot span more than 24 hours.',
    );
  }
  context.store.ingest(stream, accepted, context.now);
  stream.uploadSequence++;

  const rejected = {
    tooNewLogEventStartIndex: tooNewStart < events.length ? tooNewStart : undefined,
    tooOldLogEventEndIndex: tooOldEnd > 0 ? tooOldEnd : undefined,
    expiredLogEventEndIndex: expiredEnd > 0 ? expiredEnd : undefined,
  };
  const anyRejected = Object.values(rejected).some((value) => value !== undefined);
  return {
    nextSequenceToken: uploadSequenceToken(stream),
    rejectedLogEventsInfo: anyRejected ? rejected : undefined,
  };
}

function readLogEvents(input: Input): IngestedEvent[] {
  const list = requiredList(input, 'logEvents');
  if (list.length < 1 || list.length > MAX_BATCH_EVENTS) {
    const bound =
      list.length < 1 ? 'greater than or equal to 1' : `less than or equal to ${MAX_BATCH_EVENTS}`;
    throw invalidParameter(
      `1 validation error detected: Value at 'logEvents' failed to satisfy constraint: ` +
        `Member must have length ${bound}`,
    );
  }
  return list.map((item, i) => {
    const field = `logEvents.${i + 1}.member`;
    const event = (item ?? {}) as Record<string, unknown>;
    if (typeof event.timestamp !== 'number' || !Number.isInteger(event.timestamp)) {
      throw invalidParameter(
        `1 validation error detected: Value '${String(event.timestamp ?? null)}' ` +
          `at '${field}.timestamp' failed to satisfy constraint: ` +
          'Member must be an epoch time in milliseconds',
      );
    }
    if (typeof event.message !== 'string' || event.message.length === 0) {
      throw invalidParameter(
        `1 validation error detected: Value '${String(event.message ?? null)}' ` +
          `at '${field}.message' failed to satisfy constraint: ` +
          'Member must have length greater than or equal to 1',
      );
    }
    return { timestamp: event.timestamp, message: event.message };
  });
}

function countWhile(events: IngestedEvent[], test: (event: IngestedEvent) => boolean): number {
  let count = 0;
  while (count < events.length && test(events[count]!)) count++;
  return count;
}
