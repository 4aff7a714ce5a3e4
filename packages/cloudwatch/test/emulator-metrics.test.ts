import {
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import { startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloudWatchTool, PLACEHOLDER_CREDENTIALS } from '../src/index.js';
import {
  base,
  type LoadedEmulator,
  MINUTE,
  REGION,
  startLoadedEmulator,
} from './emulatorFixture.js';

// The metric and alarm methods of the tool against the emulator: data is written with the plain
// SDK, then read with the tool and compared.

let loaded: LoadedEmulator;
beforeAll(async () => {
  loaded = await startLoadedEmulator();
});
afterAll(() => loaded.close());

describe('metrics', () => {
  const namespace = 'Keyless/Test';
  const dimensions = { Service: 'checkout' };
  const points = Array.from({ length: 10 }, (_, index) => ({
    at: base + (index + 5) * MINUTE,
    value: (index + 1) * 10,
  }));

  beforeAll(async () => {
    await loaded.monitoring.send(
      new PutMetricDataCommand({
        Namespace: namespace,
        MetricData: points.map((point) => ({
          MetricName: 'Latency',
          Dimensions: [{ Name: 'Service', Value: 'checkout' }],
          Timestamp: new Date(point.at),
          Value: point.value,
          Unit: 'Milliseconds',
        })),
      }),
    );
  });

  it('listMetrics returns the metric with dimensions as an object', async () => {
    const { metrics } = await loaded.tool.listMetrics({ namespace });
    expect(metrics).toEqual([{ namespace, metricName: 'Latency', dimensions }]);
  });

  it('getMetricData returns the loaded values ascending', async () => {
    const result = await loaded.tool.getMetricData({
      namespace,
      metricName: 'Latency',
      dimensions,
      stat: 'Sum',
      period: 60,
      start: new Date(base),
      end: new Date(base + 20 * MINUTE),
    });

    expect(result).toMatchObject({ status: 'Complete', stat: 'Sum', period: 60 });
    expect(result.datapoints).toEqual(
      points.map((point) => ({ timestamp: new Date(point.at).toISOString(), value: point.value })),
    );
  });

  it('getMetricData without a period gives at most 100 points', async () => {
    const result = await loaded.tool.getMetricData({
      namespace,
      metricName: 'Latency',
      dimensions,
      start: '1d',
    });
    expect(result.period).toBe(900);
    expect(result.datapoints.length).toBeLessThanOrEqual(100);
    expect(result.datapoints.length).toBeGreaterThan(0);
  });
});

describe('alarms', () => {
  beforeAll(async () => {
    await loaded.monitoring.send(
      new PutMetricAlarmCommand({
        AlarmName: 'keyless-latency-high',
        Namespace: 'Keyless/Test',
        MetricName: 'Latency',
        Dimensions: [{ Name: 'Service', Value: 'checkout' }],
        Statistic: 'Average',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 500,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    await loaded.monitoring.send(
      new SetAlarmStateCommand({
        AlarmName: 'keyless-latency-high',
        StateValue: 'ALARM',
        StateReason: 'set by the test',
      }),
    );
  });

  it('describeAlarms returns the alarm as loaded', async () => {
    const { alarms } = await loaded.tool.describeAlarms({ alarmNamePrefix: 'keyless-' });

    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({
      alarmType: 'MetricAlarm',
      alarmName: 'keyless-latency-high',
      namespace: 'Keyless/Test',
      metricName: 'Latency',
      dimensions: { Service: 'checkout' },
      threshold: 500,
      comparisonOperator: 'GreaterThanThreshold',
      stateValue: 'ALARM',
      stateReason: 'set by the test',
    });
    expect(JSON.parse(JSON.stringify(alarms))).toEqual(alarms);
  });

  it('describeAlarms filters by state', async () => {
    const { alarms } = await loaded.tool.describeAlarms({
      alarmNamePrefix: 'keyless-',
      stateValue: 'OK',
    });
    expect(alarms).toEqual([]);
  });

  it('getAlarmHistory carries the state change with old and new state', async () => {
    const { items } = await loaded.tool.getAlarmHistory({
      alarmName: 'keyless-latency-high',
      historyItemType: 'StateUpdate',
    });

    const toAlarm = items.find((item) => item.newState?.stateValue === 'ALARM');
    expect(toAlarm).toMatchObject({
      alarmName: 'keyless-latency-high',
      historyItemType: 'StateUpdate',
      oldState: { stateValue: expect.stringMatching(/^(OK|INSUFFICIENT_DATA)$/) },
      newState: { stateValue: 'ALARM', stateReason: 'set by the test' },
    });
  });
});

describe('auth mode proxy against the emulator', () => {
  it('the placeholder keys are refused outside iron-proxy, with E_AUTH saying why', async () => {
    const proxyTool = createCloudWatchTool({
      endpoint: loaded.emulator.url,
      region: REGION,
      env: {},
    });
    const error = await proxyTool.listLogGroups().catch((caught: unknown) => caught);
    proxyTool.destroy();

    expect(error).toMatchObject({ code: 'E_AUTH' });
    expect((error as Error).message).toContain('placeholder keys');
  });

  it('an emulator accepting the placeholder pair sees it, without hop-by-hop headers', async () => {
    const accepting = await startEmulator({ credentials: [PLACEHOLDER_CREDENTIALS], seed: 'none' });
    const proxyTool = createCloudWatchTool({ endpoint: accepting.url, region: REGION, env: {} });
    try {
      await proxyTool.listLogGroups();
      await proxyTool.listMetrics();
      const requests = accepting.requests();
      expect(
        requests.map((request) => [request.accessKeyId, request.region, request.status]),
      ).toEqual([
        [PLACEHOLDER_CREDENTIALS.accessKeyId, REGION, 200],
        [PLACEHOLDER_CREDENTIALS.accessKeyId, REGION, 200],
      ]);
      const names = requests.flatMap((request) =>
        request.rawHeaders.map(([name]) => name.toLowerCase()),
      );
      expect(names).not.toContain('connection');
      expect(names).not.toContain('transfer-encoding');
    } finally {
      proxyTool.destroy();
      await accepting.close();
    }
  });
});
