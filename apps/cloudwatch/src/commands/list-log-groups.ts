import { defineToolCommand, listOutput, readCursor } from '@keyless/cli-shim';
import { limitArg, NEXT_TOKEN_ARG, numberOrText, optionalText } from '../command-args.js';
import { createTool } from '../tool.js';

export const listLogGroupsCommand = defineToolCommand({
  name: 'list-log-groups',
  description: 'List log groups (name, size, retention), optionally those whose name has a prefix.',
  args: {
    prefix: {
      type: 'string',
      alias: 'p',
      valueHint: 'prefix',
      description: 'Log group name prefix',
    },
    limit: limitArg('Log groups to return, 1 to 50 (default 50)'),
    'next-token': NEXT_TOKEN_ARG,
  },
  examples: ['cloudwatch list-log-groups -p /aws/lambda/ -n 20'],
  async run(context) {
    const { args } = context;
    const cursor = readCursor(optionalText(args['next-token']));
    const tool = await createTool(context);
    const result = await tool.listLogGroups({
      namePrefix: optionalText(args.prefix),
      limit: numberOrText(args.limit),
      nextToken: cursor.token,
    });
    return listOutput({
      itemsKey: 'logGroups',
      pages: [{ items: result.logGroups, nextToken: result.nextToken }],
      cursor,
      columns: ['logGroupName', 'storedBytes', 'retentionInDays', 'logGroupClass', 'creationTime'],
    });
  },
});
