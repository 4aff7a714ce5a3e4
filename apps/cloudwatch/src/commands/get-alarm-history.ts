import { defineToolCommand, listOutput, readCursor } from '@keyless/cli-shim';
import type { HistoryItemType } from '@keyless/cloudwatch';
import {
  END_ARG,
  limitArg,
  NEXT_TOKEN_ARG,
  numberOrText,
  optionalText,
  startArg,
} from '../command-args.js';
import { createTool } from '../tool.js';

export const getAlarmHistoryCommand = defineToolCommand({
  name: 'get-alarm-history',
  description:
    'Alarm history, newest first; state updates carry oldState and newState with their reasons.',
  args: {
    alarm: { type: 'string', alias: 'a', valueHint: 'name', description: 'Only this alarm' },
    type: {
      type: 'string',
      alias: 't',
      valueHint: 'type',
      description: 'StateUpdate, ConfigurationUpdate or Action',
    },
    start: startArg('24h'),
    end: END_ARG,
    limit: limitArg('Items to return, 1 to 100 (default 50)'),
    'next-token': NEXT_TOKEN_ARG,
  },
  examples: ['cloudwatch get-alarm-history -a checkout-errors -t StateUpdate -s 2d'],
  async run(context) {
    const { args } = context;
    const cursor = readCursor(optionalText(args['next-token']));
    const tool = await createTool(context);
    const result = await tool.getAlarmHistory({
      alarmName: optionalText(args.alarm),
      historyItemType: optionalText(args.type) as HistoryItemType | undefined,
      start: optionalText(args.start),
      end: optionalText(args.end),
      limit: numberOrText(args.limit),
      nextToken: cursor.token,
    });
    return listOutput({
      itemsKey: 'items',
      pages: [{ items: result.items, nextToken: result.nextToken }],
      cursor,
      columns: ['timestamp', 'alarmName', 'historyItemType', 'historySummary'],
    });
  },
});
