import * as z from 'zod';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { QUERY_ID_FIELD } from './getQueryResults.js';

export const stopQueryTool = defineCloudWatchTool({
  name: 'stop_query',
  title: 'Stop a Logs Insights query',
  description:
    'Stop a running Logs Insights query so that it scans (and bills) no further. Rows found ' +
    'so far stay readable with get_query_results.',
  input: z.strictObject({ queryId: QUERY_ID_FIELD }),
  output: z.object({
    queryId: z.string(),
    success: z.boolean().describe('False when the query had already ended.'),
  }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const { success } = await cloudwatch.stopQuery({ queryId: input.queryId });
    return { queryId: input.queryId, success };
  },
});
