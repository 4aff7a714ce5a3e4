import type { FilteredLogEvent } from '@aws-sdk/client-cloudwatch-logs';
import { compact, isoFromEpochMs } from '../clean.js';
import { CloudWatchError } from '../errors.js';
import { optionalString, requireOptions, requireString, stringList } from '../input.js';
import type { TimeInput } from '../time.js';

/** Which events to read; shared by filterLogEvents, iterateLogEvents and tailLogEvents. */
export interface LogEventsFilter {
  logGroupName: string;
  /** CloudWatch Logs filter pattern syntax, e.g. `ERROR` or `{ $.level = "error" }`. */
  filterPattern?: string;
  /** 1 to 100 stream names; not together with logStreamNamePrefix. */
  logStreamNames?: string[];
  logStreamNamePrefix?: string;
}

export interface LogEventsWindow extends LogEventsFilter {
  /** Default: end − 1 h. */
  start?: TimeInput;
  /** Default: now. */
  end?: TimeInput;
}

export interface LogEvent {
  timestamp: string;
  ingestionTime?: string;
  logStreamName?: string;
  message: string;
  eventId: string;
}

export interface FilterRequest {
  logGroupName: string;
  filterPattern?: string;
  logStreamNames?: string[];
  logStreamNamePrefix?: string;
}

export function filterRequest(method: string, options: LogEventsFilter): FilterRequest {
  requireOptions(method, options);
  const request = compact({
    logGroupName: requireString(method, 'logGroupName', options.logGroupName),
    filterPattern:
      options.filterPattern === ''
        ? undefined
        : optionalString(method, 'filterPattern', options.filterPattern),
    logStreamNames: stringList(method, 'logStreamNames', options.logStreamNames, {
      min: 1,
      max: 100,
    }),
    logStreamNamePrefix: optionalString(method, 'logStreamNamePrefix', options.logStreamNamePrefix),
  });
  if (request.logStreamNames && request.logStreamNamePrefix) {
    throw new CloudWatchError(
      'E_INPUT',
      `${method}: give logStreamNames or logStreamNamePrefix, not both.`,
    );
  }
  return request;
}

export function toLogEvent(event: FilteredLogEvent): LogEvent {
  return compact({
    timestamp: isoFromEpochMs(event.timestamp) ?? '',
    ingestionTime: isoFromEpochMs(event.ingestionTime),
    logStreamName: event.logStreamName,
    message: event.message ?? '',
    eventId: event.eventId ?? '',
  });
}
