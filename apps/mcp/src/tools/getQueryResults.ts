import * as z from 'zod';
import { capHeldList } from '../cappedResult.js';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken } from '../nextToken.js';
import { CAPPED_OUTPUT, MAX_BYTES_FIELD, NEXT_TOKEN_FIELD } from '../toolFields.js';
import { MAX_ROWS_FIELD, QUERY_ROWS, QUERY_STATISTICS, QUERY_STATUS } from './insightsSchemas.js';

export const QUERY_ID_FIELD = z
  .string()
  .min(1)
  .describe('The queryId returned by start_query or query.');

export const getQueryResultsTool = defineCloudWatchTool({
  name: 'get_query_results',
  title: 'Get Logs Insights query results',
  description:
    'Status, statistics and rows of a Logs Insights query. While the status is Scheduled or ' +
    'Running, call again after a few seconds; rows are final once it is Complete.',
  input: z.strictObject({
    queryId: QUERY_ID_FIELD,
    maxItems: MAX_ROWS_FIELD,
    maxBytes: MAX_BYTES_FIELD,
    nextToken: NEXT_TOKEN_FIELD,
  }),
  output: z.object({
    queryId: z.string(),
    status: QUERY_STATUS,
    rows: QUERY_ROWS,
    statistics: QUERY_STATISTICS,
    ...CAPPED_OUTPUT,
  }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const cursor = readNextToken('get_query_results', input.nextToken);
    const result = await cloudwatch.getQueryResults({ queryId: input.queryId });
    const rows = capHeldList(result.rows, { skip: cursor.skip, ...input });
    return {
      queryId: input.queryId,
      status: result.status,
      rows: rows.items,
      statistics: result.statistics,
      nextToken: rows.nextToken,
      truncated: rows.truncated,
    };
  },
});
