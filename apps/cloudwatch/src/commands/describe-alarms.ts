import { defineToolCommand, listOutput, readCursor } from '@keyless/cli-shim';
import type { AlarmState } from '@keyless/cloudwatch';
import { limitArg, NEXT_TOKEN_ARG, numberOrText, optionalText } from '../command-args.js';
import { createTool } from '../tool.js';

export const describeAlarmsCommand = defineToolCommand({
  name: 'describe-alarms',
  description:
    'Metric and composite alarms with their state and reason, optionally by state or prefix.',
  args: {
    state: {
      type: 'string',
      valueHint: 'OK|ALARM|INSUFFICIENT_DATA',
      description: 'Only alarms in this state',
    },
    prefix: { type: 'string', alias: 'p', valueHint: 'prefix', description: 'Alarm name prefix' },
    limit: limitArg('Alarms to return, 1 to 100 (default 50)'),
    'next-token': NEXT_TOKEN_ARG,
  },
  examples: ['cloudwatch describe-alarms --state ALARM'],
  async run(context) {
    const { args } = context;
    const cursor = readCursor(optionalText(args['next-token']));
    // States are upper case in AWS; `--state alarm` means the same and costs nobody anything.
    const state = optionalText(args.state)?.toUpperCase() as AlarmState | undefined;
    const tool = await createTool(context);
    const result = await tool.describeAlarms({
      stateValue: state,
      alarmNamePrefix: optionalText(args.prefix),
      limit: numberOrText(args.limit),
      nextToken: cursor.token,
    });
    return listOutput({
      itemsKey: 'alarms',
      pages: [{ items: result.alarms, nextToken: result.nextToken }],
      cursor,
      columns: ['alarmName', 'stateValue', 'alarmType', 'metricName', 'stateUpdatedTimestamp'],
    });
  },
});
