import type { ToolContext } from '../awsClients.js';
import { compact, fromCloudWatchShape } from '../clean.js';
import { integerInRange, oneOf, optionalString, requireOptions } from '../input.js';

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface DescribeAlarmsOptions {
  stateValue?: AlarmState;
  alarmNamePrefix?: string;
  /** 1 to 100, default 50. */
  limit?: number;
  nextToken?: string;
}

/**
 * A metric or composite alarm as CloudWatch describes it, keys in camelCase, times as ISO 8601
 * UTC strings and dimensions as `{Name: value}`. The fields below are the common ones.
 */
export interface Alarm {
  alarmType: 'MetricAlarm' | 'CompositeAlarm';
  alarmName: string;
  alarmArn?: string;
  alarmDescription?: string;
  stateValue?: AlarmState;
  stateReason?: string;
  stateUpdatedTimestamp?: string;
  actionsEnabled?: boolean;
  /** Metric alarms. */
  namespace?: string;
  metricName?: string;
  dimensions?: Record<string, string>;
  statistic?: string;
  extendedStatistic?: string;
  period?: number;
  threshold?: number;
  comparisonOperator?: string;
  evaluationPeriods?: number;
  /** Composite alarms. */
  alarmRule?: string;
  [field: string]: unknown;
}

export interface DescribeAlarmsResult {
  alarms: Alarm[];
  nextToken?: string;
}

const METHOD = 'describeAlarms';
const STATES: readonly AlarmState[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];

export async function describeAlarms(
  ctx: ToolContext,
  options: DescribeAlarmsOptions = {},
): Promise<DescribeAlarmsResult> {
  requireOptions(METHOD, options);
  const input = compact({
    StateValue: oneOf(METHOD, 'stateValue', options.stateValue, STATES),
    AlarmNamePrefix: optionalString(METHOD, 'alarmNamePrefix', options.alarmNamePrefix),
    MaxRecords: integerInRange(METHOD, 'limit', options.limit, { default: 50, min: 1, max: 100 }),
    NextToken: optionalString(METHOD, 'nextToken', options.nextToken),
    AlarmTypes: ['MetricAlarm' as const, 'CompositeAlarm' as const],
  });

  const output = await ctx.call('monitoring', 'DescribeAlarms', ({ sdk, client }) =>
    client.send(new sdk.DescribeAlarmsCommand(input)),
  );

  const alarms = [
    ...(output.MetricAlarms ?? []).map((alarm) => toAlarm('MetricAlarm', alarm)),
    ...(output.CompositeAlarms ?? []).map((alarm) => toAlarm('CompositeAlarm', alarm)),
  ];
  return compact({ alarms, nextToken: output.NextToken });
}

function toAlarm(alarmType: Alarm['alarmType'], alarm: object): Alarm {
  return { alarmType, ...(fromCloudWatchShape(alarm) as object) } as Alarm;
}
