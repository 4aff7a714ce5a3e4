import * as z from 'zod';
import { readListing } from '../cappedResult.js';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken } from '../nextToken.js';
import {
  END_FIELD,
  FILTER_PATTERN_FIELD,
  isoWindow,
  LOG_GROUP_NAME_FIELD,
  listingFields,
  NEXT_TOKEN_OUTPUT,
  resolveWindow,
  startField,
  TRUNCATED_OUTPUT,
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
    ...listingFields('Events to return', 10_000, 100),
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
    const listing = await readListing(cursor, { ...input, window }, async (nextToken, limit) => {
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
    });
    return {
      events: listing.items,
      ...isoWindow(window),
      nextToken: listing.nextToken,
      truncated: listing.truncated,
    };
  },
});
