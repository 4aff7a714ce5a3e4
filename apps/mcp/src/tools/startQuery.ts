import { parseTimeRange } from '@keyless/cloudwatch';
import * as z from 'zod';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { isoWindow, WINDOW_OUTPUT } from '../toolFields.js';
import { QUERY_FIELDS } from './insightsSchemas.js';

export const startQueryTool = defineCloudWatchTool({
  name: 'start_query',
  title: 'Start a Logs Insights query',
  description:
    'Start a Logs Insights query and return its queryId at once; read the rows with ' +
    'get_query_results, stop it with stop_query. To start and wait in one call, use query.',
  input: z.strictObject(QUERY_FIELDS),
  output: z.object({
    queryId: z.string(),
    ...WINDOW_OUTPUT,
  }),
  idempotent: false,
  async run(input, { cloudwatch }) {
    const window = parseTimeRange(input);
    const { queryId } = await cloudwatch.startQuery({
      logGroupNames: input.logGroupNames,
      queryString: input.queryString,
      start: window.startMs,
      end: window.endMs,
      limit: input.limit,
    });
    return { queryId, ...isoWindow(window) };
  },
});
