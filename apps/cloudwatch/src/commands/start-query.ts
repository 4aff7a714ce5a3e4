import { defineToolCommand, valueOutput } from '@keyless/cli-shim';
import { END_ARG, limitArg, numberOrText, optionalText, startArg } from '../command-args.js';
import { createTool } from '../tool.js';

export const QUERY_ARGS = {
  query: {
    type: 'positional',
    description:
      'Logs Insights query, e.g. "fields @timestamp, @message | filter @message like /ERROR/"',
  },
  group: {
    type: 'string',
    alias: 'g',
    valueHint: 'group',
    required: true,
    description: 'Log group to query',
  },
  start: startArg('1h'),
  end: END_ARG,
  limit: limitArg('Rows to return, 1 to 10000 (default 100)'),
} as const;

export function queryInput(context: {
  args: Record<string, unknown>;
  values(name: string): string[];
}) {
  const { args } = context;
  return {
    queryString: String(args.query),
    logGroupNames: context.values('group'),
    start: optionalText(args.start),
    end: optionalText(args.end),
    limit: numberOrText(args.limit),
  };
}

export const startQueryCommand = defineToolCommand({
  name: 'start-query',
  description:
    'Start a Logs Insights query and print its queryId at once; read rows with get-query-results.',
  args: QUERY_ARGS,
  repeatable: ['group'],
  examples: [
    'cloudwatch start-query "stats count(*) by bin(5m)" ' +
      '-g /aws/lambda/checkout -g /aws/lambda/cart -s 3h',
  ],
  async run(context) {
    const tool = await createTool(context);
    const result = await tool.startQuery(queryInput(context));
    return valueOutput(result);
  },
});
