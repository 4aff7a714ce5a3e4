import {
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import { beforeAll, expect, it } from 'vitest';
import { expectCloudWatchError } from './cloudwatch-errors.js';
import { startFileEmulator } from './emulator-fixture.js';

const { cloudwatch } = await startFileEmulator({ seed: 'none' }, { region: 'us-east-1' });
const metric = { Namespace: 'Shop/Errors', MetricName: 'Latency', Dimensions: [] };
const alarm = {
  AlarmName: 'a',
  Namespace: 'Shop/Errors',
  MetricName: 'Latency',
  Statistic: 'Sum' as const,
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanThreshold' as const,
};

beforeAll(async () => {
  await cloudwatch.send(new PutMetricAlarmCommand({ ...alarm, AlarmName: 'existing' }));
});

// biome-ignore lint/suspicious/noExplicitAny: rows send deliberately malformed input
type Loose = any;
const putAlarm = (input: Partial<PutMetricAlarmCommandInput>) =>
  new PutMetricAlarmCommand({ ...alarm, ...input });
const composite = (AlarmRule: string) =>
  new PutCompositeAlarmCommand({ AlarmName: 'c', AlarmRule });
const setState = (input: Loose) =>
  new SetAlarmStateCommand({ AlarmName: 'existing', StateValue: 'OK', StateReason: 'r', ...input });
const mathMetrics = [
  { Id: 'a', Expression: 'b' },
  { Id: 'b', MetricStat: { Metric: metric, Period: 60, Stat: 'Sum' } },
];
const mathAlarm = new PutMetricAlarmCommand({
  AlarmName: 'math',
  EvaluationPeriods: 1,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanThreshold',
  Metrics: mathMetrics,
});
const otherToken = 'eyJvcCI6IkRlc2NyaWJlQWxhcm1zIiwiYXQiOiJ4In0';

it.each<[string, Loose, string, RegExp]>([
  [
    'DescribeAlarms with MaxRecords 101',
    new DescribeAlarmsCommand({ MaxRecords: 101 }),
    'InvalidParameterValue',
    /101 for parameter MaxRecords/,
  ],
  [
    'DescribeAlarms with names and a prefix',
    new DescribeAlarmsCommand({ AlarmNames: ['a'], AlarmNamePrefix: 'a' }),
    'InvalidParameterCombination',
    /AlarmNames and AlarmNamePrefix/,
  ],
  [
    'DescribeAlarms with an unknown AlarmTypes',
    new DescribeAlarmsCommand({ AlarmTypes: ['Dashboard' as Loose] }),
    'InvalidParameterValue',
    /Dashboard .*MetricAlarm or CompositeAlarm/,
  ],
  [
    'DescribeAlarms with children of a missing alarm',
    new DescribeAlarmsCommand({ ChildrenOfAlarmName: 'ghost' }),
    'ResourceNotFound',
    /ghost does not exist/,
  ],
  [
    "DescribeAlarmHistory with another operation's NextToken",
    new DescribeAlarmHistoryCommand({ NextToken: otherToken }),
    'InvalidNextToken',
    /NextToken/,
  ],
  [
    'DescribeAlarmHistory with MaxRecords 0',
    new DescribeAlarmHistoryCommand({ MaxRecords: 0 }),
    'InvalidParameterValue',
    /0 for parameter MaxRecords/,
  ],
  [
    'PutMetricAlarm with Statistic and ExtendedStatistic',
    putAlarm({ ExtendedStatistic: 'p99' }),
    'InvalidParameterCombination',
    /Statistic and ExtendedStatistic/,
  ],
  [
    'PutMetricAlarm with a 45 s period',
    putAlarm({ Period: 45 }),
    'InvalidParameterValue',
    /45 for parameter Period/,
  ],
  [
    'PutMetricAlarm without EvaluationPeriods',
    putAlarm({ EvaluationPeriods: undefined }),
    'MissingParameter',
    /^The parameter EvaluationPeriods is required\.$/,
  ],
  [
    'PutMetricAlarm without Threshold',
    putAlarm({ Threshold: undefined }),
    'MissingParameter',
    /Threshold is required/,
  ],
  [
    'PutMetricAlarm over seven days',
    putAlarm({ Period: 3600, EvaluationPeriods: 200 }),
    'InvalidParameterValue',
    /must not exceed 604800 seconds/,
  ],
  [
    'PutMetricAlarm mixing Metrics and MetricName',
    putAlarm({ Metrics: mathMetrics }),
    'InvalidParameterCombination',
    /Metrics cannot be used together with MetricName/,
  ],
  [
    'PutMetricAlarm with two queries returning data',
    mathAlarm,
    'ValidationError',
    /Exactly one element of the Metrics list/,
  ],
  [
    'PutCompositeAlarm on a missing alarm',
    composite('ALARM(existing) OR ALARM(ghost)'),
    'ValidationError',
    /do not exist: ghost/,
  ],
  [
    'PutCompositeAlarm with a broken rule',
    composite('ALARM(existing) XOR TRUE'),
    'ValidationError',
    /could not be parsed: unexpected "XOR TRUE"/,
  ],
  [
    'PutCompositeAlarm naming itself',
    composite('ALARM(c)'),
    'ValidationError',
    /refers to the alarm itself/,
  ],
  [
    'SetAlarmState of a missing alarm',
    setState({ AlarmName: 'ghost' }),
    'ResourceNotFound',
    /^Alarm ghost does not exist\.$/,
  ],
  [
    'SetAlarmState to an unknown state',
    setState({ StateValue: 'BROKEN' }),
    'InvalidParameterValue',
    /BROKEN .*OK, ALARM, INSUFFICIENT_DATA/,
  ],
  [
    'SetAlarmState with reason data that is not JSON',
    setState({ StateReasonData: '{nope' }),
    'InvalidFormat',
    /not valid JSON/,
  ],
  [
    'DeleteAlarms of a missing alarm',
    new DeleteAlarmsCommand({ AlarmNames: ['existing', 'ghost'] }),
    'ResourceNotFound',
    /do not exist: ghost/,
  ],
])('%s', async (_, command, code, message) => {
  await expectCloudWatchError(cloudwatch, command, code, message);
});

it('deletes nothing when one of the named alarms does not exist', async () => {
  const alarms = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['existing'] }));
  expect(alarms.MetricAlarms).toHaveLength(1);
  expect(alarms.MetricAlarms![0]!.StateValue).toBe('INSUFFICIENT_DATA');
});
