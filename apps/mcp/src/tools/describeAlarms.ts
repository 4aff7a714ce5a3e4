import * as z from 'zod';
import { readListing } from '../cappedResult.js';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken } from '../nextToken.js';
import { CAPPED_OUTPUT, listingFields } from '../toolFields.js';

export const ALARM_STATE = z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']);

const ALARM = z
  .looseObject({
    alarmType: z.enum(['MetricAlarm', 'CompositeAlarm']),
    alarmName: z.string(),
    alarmDescription: z.string().optional(),
    stateValue: ALARM_STATE.optional(),
    stateReason: z.string().optional(),
    stateUpdatedTimestamp: z.string().optional().describe('ISO 8601 UTC.'),
    namespace: z.string().optional(),
    metricName: z.string().optional(),
    dimensions: z.record(z.string(), z.string()).optional(),
    threshold: z.number().optional(),
    comparisonOperator: z.string().optional(),
    alarmRule: z.string().optional().describe('Composite alarms: the rule over other alarms.'),
  })
  .describe('Every field CloudWatch gives, keys in camelCase, times in ISO 8601 UTC.');

export const describeAlarmsTool = defineCloudWatchTool({
  name: 'describe_alarms',
  title: 'Describe alarms',
  description:
    'CloudWatch metric and composite alarms with their state, reason, metric and threshold. ' +
    'stateValue "ALARM" lists what is firing now.',
  input: z.strictObject({
    stateValue: ALARM_STATE.optional().describe(
      'Only alarms in this state: OK, ALARM or INSUFFICIENT_DATA. Default: any state.',
    ),
    alarmNamePrefix: z
      .string()
      .min(1)
      .optional()
      .describe('Only alarms whose name starts with this, e.g. "checkout-".'),
    ...listingFields('Alarms to return', 100, 50),
  }),
  output: z.object({ alarms: z.array(ALARM), ...CAPPED_OUTPUT }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const cursor = readNextToken('describe_alarms', input.nextToken);
    const listing = await readListing(cursor, input, async (nextToken, limit) => {
      const page = await cloudwatch.describeAlarms({
        stateValue: input.stateValue,
        alarmNamePrefix: input.alarmNamePrefix,
        limit,
        nextToken,
      });
      return { items: page.alarms, nextToken: page.nextToken };
    });
    return { alarms: listing.items, nextToken: listing.nextToken, truncated: listing.truncated };
  },
});
