import { defineToolCommand, EXIT_CODES, listOutput } from '@keyless/cli-shim';
import type { QueryResult } from '@keyless/cloudwatch';
import { parseDuration } from '../command-args.js';
import { createTool } from '../tool.js';
import { QUERY_ARGS, queryInput } from './start-query.js';

// What `query` exits with when it had to stop the query itself.
const INTERRUPTED = 130;

export const queryCommand = defineToolCommand({
  name: 'query',
  description:
    'Run a Logs Insights query to the end and print its rows; Ctrl-C or --wait-timeout stops ' +
    'the query on the server and prints the rows read so far.',
  args: {
    ...QUERY_ARGS,
    'wait-timeout': {
      type: 'string',
      valueHint: 'duration',
      description: 'Give up waiting after this long, e.g. 90s or 5m (default 60s)',
    },
  },
  repeatable: ['group'],
  examples: ['cloudwatch query "stats count(*) by bin(5m)" -g /aws/lambda/checkout -s 3h'],
  async run(context) {
    const progress = context.progress('waiting for Logs Insights');
    const timeoutMs = parseDuration('--wait-timeout', context.args['wait-timeout']);
    let result: QueryResult;
    try {
      const tool = await createTool(context);
      result = await tool.query({
        ...queryInput(context),
        signal: context.signal,
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
    } finally {
      progress.stop();
    }

    let exitCode: number = EXIT_CODES.ok;
    if (result.stoppedBy === 'timeout') {
      context.warn(
        `query ${result.queryId} did not finish within the wait timeout and was stopped; ` +
          'rows are partial. Raise --wait-timeout or narrow the time window.',
      );
      exitCode = EXIT_CODES.failure;
    } else if (result.stoppedBy === 'signal') {
      context.warn(`query ${result.queryId} was stopped on interrupt; rows are partial`);
      exitCode = INTERRUPTED;
    } else if (result.status !== 'Complete') {
      context.warn(`query ${result.queryId} ended with status ${result.status}`);
      exitCode = EXIT_CODES.failure;
    }
    return listOutput({
      itemsKey: 'rows',
      fields: {
        queryId: result.queryId,
        status: result.status,
        statistics: result.statistics,
        stoppedBy: result.stoppedBy,
      },
      pages: [{ items: result.rows }],
      continueWith: (nextToken) =>
        `cloudwatch get-query-results ${result.queryId} --next-token ${nextToken}`,
      exitCode,
    });
  },
});
