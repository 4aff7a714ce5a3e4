import {
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
  paginateDescribeAlarmHistory,
  paginateDescribeAlarms,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFileEmulator } from './emulator-fixture.js';

const { cloudwatch } = await startFileEmulator({ seed: 'none' }, { region: 'us-east-1' });

function metricAlarm(name: string, extra: Partial<PutMetricAlarmCommandInput> = {}) {
  return new PutMetricAlarmCommand({
    AlarmName: name,
    Namespace: 'Shop/Alarms',
    MetricName: 'Errors',
    Dimensions: [{ Name: 'Service', Value: 'checkout' }],
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 3,
    DatapointsToAlarm: 2,
    Threshold: 5,
    ComparisonOperator: 'GreaterThanThreshold',
    ...extra,
  });
}

describe('metric and composite alarms', () => {
  beforeAll(async () => {
    for (const name of ['api-errors', 'api-latency', 'db-errors', 'db-latency', 'queue-depth']) {
      await cloudwatch.send(
        metricAlarm(name, { AlarmActions: [`arn:aws:sns:us-east-1:123456789012:${name}`] }),
      );
    }
    await cloudwatch.send(
      new PutCompositeAlarmCommand({
        AlarmName: 'service-down',
        AlarmRule: 'ALARM("api-errors") AND ALARM(db-errors)',
        AlarmDescription: 'both tiers failing',
      }),
    );
  });

  it('describes a new metric alarm with its configuration and INSUFFICIENT_DATA', async () => {
    const result = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['api-errors'] }));
    expect(result.CompositeAlarms).toEqual([]);
    const [alarm] = result.MetricAlarms!;
    expect(alarm).toMatchObject({
      AlarmName: 'api-errors',
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:api-errors',
      ActionsEnabled: true,
      AlarmActions: ['arn:aws:sns:us-east-1:123456789012:api-errors'],
      OKActions: [],
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
      Namespace: 'Shop/Alarms',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'Service', Value: 'checkout' }],
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(alarm!.StateUpdatedTimestamp).toBeInstanceOf(Date);
    expect(
      Math.abs(alarm!.AlarmConfigurationUpdatedTimestamp!.getTime() - Date.now()),
    ).toBeLessThan(60_000);
  });

  it('evaluates the composite alarm as its children change, and writes each history', async () => {
    await cloudwatch.send(
      new SetAlarmStateCommand({
        AlarmName: 'api-errors',
        StateValue: 'ALARM',
        StateReason: 'api test',
      }),
    );
    await cloudwatch.send(
      new SetAlarmStateCommand({
        AlarmName: 'db-errors',
        StateValue: 'ALARM',
        StateReason: 'db test',
        StateReasonData: '{"source":"test"}',
      }),
    );
    const composite = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['service-down'], AlarmTypes: ['CompositeAlarm'] }),
    );
    expect(composite.MetricAlarms).toEqual([]);
    expect(composite.CompositeAlarms![0]).toMatchObject({
      AlarmName: 'service-down',
      AlarmRule: 'ALARM("api-errors") AND ALARM(db-errors)',
      StateValue: 'ALARM',
    });

    const history = await cloudwatch.send(
      new DescribeAlarmHistoryCommand({ AlarmName: 'db-errors', HistoryItemType: 'StateUpdate' }),
    );
    expect(history.AlarmHistoryItems).toHaveLength(1);
    const [item] = history.AlarmHistoryItems!;
    expect(item).toMatchObject({
      AlarmName: 'db-errors',
      AlarmType: 'MetricAlarm',
      HistoryItemType: 'StateUpdate',
      HistorySummary: 'Alarm updated from INSUFFICIENT_DATA to ALARM',
    });
    expect(JSON.parse(item!.HistoryData!)).toEqual({
      version: '1.0',
      oldState: {
        stateValue: 'INSUFFICIENT_DATA',
        stateReason: 'Unchecked: Initial alarm creation',
      },
      newState: {
        stateValue: 'ALARM',
        stateReason: 'db test',
        stateReasonData: { source: 'test' },
      },
    });
  });

  it('filters by state, prefix and type', async () => {
    const inAlarm = await cloudwatch.send(
      new DescribeAlarmsCommand({
        StateValue: 'ALARM',
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
      }),
    );
    expect(inAlarm.MetricAlarms!.map((a) => a.AlarmName)).toEqual(['api-errors', 'db-errors']);
    expect(inAlarm.CompositeAlarms!.map((a) => a.AlarmName)).toEqual(['service-down']);
    const db = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'db-' }));
    expect(db.MetricAlarms!.map((a) => a.AlarmName)).toEqual(['db-errors', 'db-latency']);
    const children = await cloudwatch.send(
      new DescribeAlarmsCommand({
        ChildrenOfAlarmName: 'service-down',
        AlarmTypes: ['MetricAlarm'],
      }),
    );
    expect(children.MetricAlarms!.map((a) => a.AlarmName)).toEqual(['api-errors', 'db-errors']);
  });

  it('pages DescribeAlarms by MaxRecords to the end', async () => {
    const pages: string[][] = [];
    for await (const page of paginateDescribeAlarms(
      { client: cloudwatch },
      { MaxRecords: 2, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] },
    )) {
      pages.push([...page.MetricAlarms!, ...page.CompositeAlarms!].map((a) => a.AlarmName!));
    }
    expect(pages).toEqual([
      ['api-errors', 'api-latency'],
      ['db-errors', 'db-latency'],
      ['queue-depth', 'service-down'],
    ]);
  });

  it('pages the history both ways, by type and date', async () => {
    const collect = async (input: Record<string, unknown>) => {
      const items = [];
      for await (const page of paginateDescribeAlarmHistory(
        { client: cloudwatch },
        { MaxRecords: 3, ...input },
      )) {
        items.push(...page.AlarmHistoryItems!);
      }
      return items;
    };
    const newestFirst = await collect({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] });
    // 6 creations, 2 child transitions, the composite's OK then ALARM.
    expect(newestFirst).toHaveLength(10);
    const oldestFirst = await collect({
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
      ScanBy: 'TimestampAscending',
    });
    expect(oldestFirst).toEqual([...newestFirst].reverse());
    expect(oldestFirst[0]!.HistorySummary).toBe('Alarm "api-errors" created');
    expect(JSON.parse(oldestFirst[0]!.HistoryData!)).toMatchObject({
      type: 'Create',
      createdAlarm: { alarmName: 'api-errors' },
    });

    const composite = await collect({
      AlarmTypes: ['CompositeAlarm'],
      HistoryItemType: 'StateUpdate',
    });
    expect(composite.map((item) => item.HistorySummary)).toEqual([
      'Alarm updated from OK to ALARM',
      'Alarm updated from INSUFFICIENT_DATA to OK',
    ]);
    const future = await collect({ StartDate: new Date(Date.now() + 3_600_000) });
    expect(future).toEqual([]);
  });

  it('keeps the state of an updated alarm and deletes alarms, keeping their history', async () => {
    await cloudwatch.send(metricAlarm('api-errors', { Threshold: 50 }));
    const updated = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['api-errors'] }),
    );
    expect(updated.MetricAlarms![0]).toMatchObject({ Threshold: 50, StateValue: 'ALARM' });

    await cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: ['queue-depth', 'db-latency'] }));
    const left = await cloudwatch.send(new DescribeAlarmsCommand({}));
    expect(left.MetricAlarms!.map((a) => a.AlarmName)).toEqual([
      'api-errors',
      'api-latency',
      'db-errors',
    ]);
    const history = await cloudwatch.send(
      new DescribeAlarmHistoryCommand({ AlarmName: 'queue-depth' }),
    );
    expect(history.AlarmHistoryItems!.map((item) => item.HistorySummary)).toEqual([
      'Alarm "queue-depth" deleted',
      'Alarm "queue-depth" created',
    ]);
  });
});
