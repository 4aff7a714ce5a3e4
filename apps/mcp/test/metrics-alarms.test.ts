import {
  type CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  ListMetricsCommand,
  type Metric,
} from '@aws-sdk/client-cloudwatch';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsClients,
  callTool,
  connectMcpServer,
  emulatorEnv,
  type McpSession,
  readAllPages,
} from './mcpSession.js';

interface MetricOut {
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
}

let emulator: Emulator;
let session: McpSession;
let monitoring: CloudWatchClient;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo' });
  session = await connectMcpServer({
    args: ['--endpoint', emulator.url],
    env: emulatorEnv(emulator),
  });
  monitoring = awsClients(emulator).monitoring;
});
afterAll(async () => {
  await session.close();
  monitoring.destroy();
  await emulator.close();
});

const metricKey = (metric: MetricOut) =>
  `${metric.namespace} ${metric.metricName} ${JSON.stringify(metric.dimensions)}`;

function fromSdk(metric: Metric): MetricOut {
  return {
    namespace: metric.Namespace!,
    metricName: metric.MetricName!,
    dimensions: Object.fromEntries((metric.Dimensions ?? []).map((d) => [d.Name!, d.Value!])),
  };
}

describe('list_metrics', () => {
  it('lists what ListMetrics has, filtered like ListMetrics', async () => {
    const all = ((await monitoring.send(new ListMetricsCommand({}))).Metrics ?? []).map(fromSdk);
    const result = await callTool<{ metrics: MetricOut[] }>(session, 'list_metrics', {});
    expect(result.metrics.map(metricKey)).toEqual(all.map(metricKey));

    const lambda = (
      (
        await monitoring.send(
          new ListMetricsCommand({
            Namespace: 'AWS/Lambda',
            Dimensions: [{ Name: 'FunctionName' }],
          }),
        )
      ).Metrics ?? []
    ).map(fromSdk);
    expect(lambda.length).toBeGreaterThan(0);
    const filtered = await callTool<{ metrics: MetricOut[] }>(session, 'list_metrics', {
      namespace: 'AWS/Lambda',
      dimensions: { FunctionName: null },
    });
    expect(filtered.metrics.map(metricKey)).toEqual(lambda.map(metricKey));
  });

  it('pages by limit and maxBytes without losing or repeating a metric', async () => {
    const all = ((await monitoring.send(new ListMetricsCommand({}))).Metrics ?? []).map(fromSdk);
    for (const args of [{ limit: 4 }, { maxBytes: 300 }]) {
      const pages = await readAllPages(session, 'list_metrics', args);
      const keys = pages.flatMap((page) => (page.metrics as MetricOut[]).map(metricKey));
      expect({ args, keys }).toEqual({ args, keys: all.map(metricKey) });
      expect(pages.length).toBeGreaterThan(2);
    }
  });
});

describe('get_metric_data', () => {
  const errors = { namespace: 'AWS/Lambda', metricName: 'Errors' };

  async function sdkDatapoints(input: {
    dimensions: Record<string, string>;
    stat: string;
    period: number;
    startTime: string;
    endTime: string;
  }) {
    const output = await monitoring.send(
      new GetMetricDataCommand({
        StartTime: new Date(input.startTime),
        EndTime: new Date(input.endTime),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [
          {
            Id: 'm',
            MetricStat: {
              Metric: {
                Namespace: errors.namespace,
                MetricName: errors.metricName,
                Dimensions: Object.entries(input.dimensions).map(([Name, Value]) => ({
                  Name,
                  Value,
                })),
              },
              Period: input.period,
              Stat: input.stat,
            },
          },
        ],
      }),
    );
    const result = output.MetricDataResults![0]!;
    return result.Timestamps!.map((timestamp, index) => ({
      timestamp: timestamp.toISOString(),
      value: result.Values![index]!,
    }));
  }

  it('returns the datapoints GetMetricData gives for the metric, oldest first', async () => {
    const listed = await callTool<{ metrics: MetricOut[] }>(session, 'list_metrics', errors);
    const { dimensions } = listed.metrics[0]!;
    const endTime = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
    const startTime = new Date(Date.parse(endTime) - 3 * 3_600_000).toISOString();

    const result = await callTool(session, 'get_metric_data', {
      ...errors,
      dimensions,
      stat: 'Sum',
      period: 300,
      start: startTime,
      end: endTime,
    });
    const expected = await sdkDatapoints({
      dimensions,
      stat: 'Sum',
      period: 300,
      startTime,
      endTime,
    });
    expect(expected.length).toBeGreaterThan(20);
    expect(result).toMatchObject({
      stat: 'Sum',
      period: 300,
      status: 'Complete',
      startTime,
      endTime,
    });
    expect(result.datapoints).toEqual(expected);
  });

  it('caps datapoints and continues with the window and period of the first call', async () => {
    const listed = await callTool<{ metrics: MetricOut[] }>(session, 'list_metrics', errors);
    const { dimensions } = listed.metrics[0]!;
    const pages = await readAllPages(session, 'get_metric_data', {
      ...errors,
      dimensions,
      start: '6h',
      maxItems: 25,
    });
    const { startTime, endTime, period } = pages[0] as {
      startTime: string;
      endTime: string;
      period: number;
    };
    const window = { startTime, endTime, period };
    expect(pages[0]!.truncated).toBe(true);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page).toMatchObject(window);

    const expected = await sdkDatapoints({ dimensions, stat: 'Average', ...window });
    expect(pages.flatMap((page) => page.datapoints as unknown[])).toEqual(expected);
  });
});

describe('describe_alarms', () => {
  it('describes the alarms DescribeAlarms has, metric and composite', async () => {
    const output = await monitoring.send(
      new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }),
    );
    const expected = [
      ...(output.MetricAlarms ?? []).map((alarm) => [
        'MetricAlarm',
        alarm.AlarmName,
        alarm.StateValue,
      ]),
      ...(output.CompositeAlarms ?? []).map((alarm) => [
        'CompositeAlarm',
        alarm.AlarmName,
        alarm.StateValue,
      ]),
    ];
    const result = await callTool<{ alarms: Record<string, unknown>[] }>(
      session,
      'describe_alarms',
      {},
    );
    expect(
      result.alarms.map((alarm) => [alarm.alarmType, alarm.alarmName, alarm.stateValue]),
    ).toEqual(expected);
    const metricAlarm = output.MetricAlarms![0]!;
    expect(result.alarms[0]).toMatchObject({
      namespace: metricAlarm.Namespace,
      metricName: metricAlarm.MetricName,
      threshold: metricAlarm.Threshold,
      comparisonOperator: metricAlarm.ComparisonOperator,
      stateReason: metricAlarm.StateReason,
    });
  });

  it('lists what is firing with stateValue ALARM, and pages', async () => {
    const output = await monitoring.send(
      new DescribeAlarmsCommand({
        StateValue: 'ALARM',
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
      }),
    );
    const firing = [...(output.MetricAlarms ?? []), ...(output.CompositeAlarms ?? [])];
    expect(firing.length).toBeGreaterThan(1);
    const pages = await readAllPages(session, 'describe_alarms', { stateValue: 'ALARM', limit: 1 });
    const names = pages.flatMap((page) =>
      (page.alarms as { alarmName: string; stateValue: string }[]).map((alarm) => {
        expect(alarm.stateValue).toBe('ALARM');
        return alarm.alarmName;
      }),
    );
    expect(names.sort()).toEqual(firing.map((alarm) => alarm.AlarmName).sort());
  });
});

describe('get_alarm_history', () => {
  const endTime = new Date().toISOString();
  const startTime = new Date(Date.parse(endTime) - 86_400_000).toISOString();

  async function sdkHistory(alarmName?: string) {
    const items = [];
    let NextToken: string | undefined;
    do {
      const page = await monitoring.send(
        new DescribeAlarmHistoryCommand({
          AlarmName: alarmName,
          StartDate: new Date(startTime),
          EndDate: new Date(endTime),
          ScanBy: 'TimestampDescending',
          NextToken,
        }),
      );
      items.push(...(page.AlarmHistoryItems ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    return items.map((item) => [
      item.AlarmName,
      item.Timestamp!.toISOString(),
      item.HistoryItemType,
    ]);
  }

  it('returns the history DescribeAlarmHistory has, newest first, states parsed', async () => {
    const expected = await sdkHistory();
    expect(expected.length).toBeGreaterThan(3);
    const pages = await readAllPages(session, 'get_alarm_history', {
      start: startTime,
      end: endTime,
      limit: 2,
    });
    type Item = { alarmName: string; timestamp: string; historyItemType: string } & Record<
      'oldState' | 'newState',
      { stateValue: string }
    >;
    const items = pages.flatMap((page) => page.items as Item[]);
    expect(items.map((item) => [item.alarmName, item.timestamp, item.historyItemType])).toEqual(
      expected,
    );
    const stateUpdate = items.find((item) => item.historyItemType === 'StateUpdate')!;
    expect(stateUpdate.newState.stateValue).toMatch(/^(OK|ALARM|INSUFFICIENT_DATA)$/);
    expect(stateUpdate.oldState.stateValue).toMatch(/^(OK|ALARM|INSUFFICIENT_DATA)$/);
    expect(stateUpdate).not.toHaveProperty('historyData');
  });

  it('narrows to one alarm', async () => {
    const expected = await sdkHistory('checkout-alb-5xx');
    const result = await callTool<{ items: { alarmName: string; timestamp: string }[] }>(
      session,
      'get_alarm_history',
      { alarmName: 'checkout-alb-5xx', start: startTime, end: endTime },
    );
    expect(result.items.map((item) => [item.alarmName, item.timestamp])).toEqual(
      expected.map(([name, time]) => [name, time]),
    );
  });
});
