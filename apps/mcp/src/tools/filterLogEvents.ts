import * as z from 'zod';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken, writeNextToken } from '../nextToken.js';
import { readCapped } from '../readCapped.js';
import {
  END_FIELD,
  FILTER_PATTERN_FIELD,
  isoWindow,
  LOG_GROUP_NAME_FIELD,
  limitField,
  MAX_BYTES_FIELD,
  NEXT_TOKEN_FIELD,
  NEXT_TOKEN_OUTPUT,
  resolveWindow,
  startField,
  TRUNCATED_OUTPUT,
  truncatedWhen,
  WINDOW_OUTPUT,
} from '../toolFields.js';
import { LOG_EVENT, LOG_STREAM_FIELDS } from './logEventSchemas.js';

export const filterLogEventsTool = defineCloudWatchTool({
  name: 'filter_log_events',
  title: 'Filter log events',
  description:
    'Log events of one log group that match a filter pattern within a time window, oldest ' +
    'first. For the newest events use recent_log_events; for counts, statistics or several ' +
    'groups use query (Logs Insights).',
  input: z.strictObject({
    logGroupName: LOG_GROUP_NAME_FIELD,
    filterPattern: FILTER_PATTERN_FIELD,
    ...LOG_STREAM_FIELDS,
    start: startField('1 hour'),
    end: END_FIELD,
    limit: limitField('Events to return', 10_000, 100),
    nextToken: NEXT_TOKEN_FIELD,
    maxBytes: MAX_BYTES_FIELD,
  }),
  output: z.object({
    events: z.array(LOG_EVENT),
    ...WINDOW_OUTPUT,
    nextToken: NEXT_TOKEN_OUTPUT.describe(
      'Present when more events match: pass it back as nextToken (it keeps the time window of ' +
        'the first call).',
    ),
    truncated: TRUNCATED_OUTPUT,
  }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const cursor = readNextToken('filter_log_events', input.nextToken);
    const window = resolveWindow(cursor, input);
    const read = await readCapped({
      from: cursor,
      pageSize: input.limit,
      maxItems: input.limit,
      maxBytes: input.maxBytes,
      readPage: async (nextToken, limit) => {
        const page = await cloudwatch.filterLogEvents({
          logGroupName: input.logGroupName,
          filterPattern: input.filterPattern,
          logStreamNames: input.logStreamNames,
          logStreamNamePrefix: input.logStreamNamePrefix,
          start: window.startMs,
          end: window.endMs,
          limit,
          nextToken,
        });
        return { items: page.events, nextToken: page.nextToken };
      },
    });
    return {
      events: read.items,
      ...isoWindow(window),
      nextToken: read.resume && writeNextToken({ ...read.resume, window }),
      truncated: truncatedWhen(read.cutBy === 'maxBytes'),
    };
  },
});
