import * as z from 'zod';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken, writeNextToken } from '../nextToken.js';
import { readCapped } from '../readCapped.js';
import {
  limitField,
  MAX_BYTES_FIELD,
  NEXT_TOKEN_FIELD,
  NEXT_TOKEN_OUTPUT,
  TRUNCATED_OUTPUT,
  truncatedWhen,
} from '../toolFields.js';

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
    limit: limitField('Alarms to return', 100, 50),
    nextToken: NEXT_TOKEN_FIELD,
    maxBytes: MAX_BYTES_FIELD,
  }),
  output: z.object({
    alarms: z.array(ALARM),
    nextToken: NEXT_TOKEN_OUTPUT,
    truncated: TRUNCATED_OUTPUT,
  }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const cursor = readNextToken('describe_alarms', input.nextToken);
    const read = await readCapped({
      from: cursor,
      pageSize: input.limit,
      maxItems: input.limit,
      maxBytes: input.maxBytes,
      readPage: async (nextToken, limit) => {
        const page = await cloudwatch.describeAlarms({
          stateValue: input.stateValue,
          alarmNamePrefix: input.alarmNamePrefix,
          limit,
          nextToken,
        });
        return { items: page.alarms, nextToken: page.nextToken };
      },
    });
    return {
      alarms: read.items,
      nextToken: read.resume && writeNextToken(read.resume),
      truncated: truncatedWhen(read.cutBy === 'maxBytes'),
    };
  },
});
