import { defineToolCommand, listOutput, readCursor } from '@keyless/cli-shim';
import { NEXT_TOKEN_ARG, optionalText } from '../command-args.js';
import { createTool } from '../tool.js';

export const getQueryResultsCommand = defineToolCommand({
  name: 'get-query-results',
  description:
    'Status, rows ({field: value}) and statistics of a Logs Insights query; rows are complete ' +
    'once status is Complete.',
  args: {
    id: { type: 'positional', description: 'The queryId printed by start-query' },
    'next-token': {
      ...NEXT_TOKEN_ARG,
      description: 'Continue rows cut by --max-items/--max-bytes: the nextToken printed before',
    },
  },
  examples: ['cloudwatch get-query-results 0f5c4a1e-2b7d-4c8e-9a31-7d2f3c1b8e90'],
  async run(context) {
    const queryId = String(context.args.id);
    const cursor = readCursor(optionalText(context.args['next-token']));
    const tool = await createTool(context);
    const result = await tool.getQueryResults({ queryId });
    if (result.status === 'Running' || result.status === 'Scheduled') {
      context.warn(`query ${queryId} is ${result.status}; rows so far are partial`);
    }
    return listOutput({
      itemsKey: 'rows',
      fields: { queryId, status: result.status, statistics: result.statistics },
      pages: [{ items: result.rows }],
      cursor,
    });
  },
});
