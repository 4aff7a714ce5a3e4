import {
  CloudWatchClient,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CloudWatchTool,
  createCloudWatchTool,
  type LogEvent,
  PLACEHOLDER_CREDENTIALS,
} from '../src/index.js';

// Every method of the tool against the emulator, in auth mode sdk with the emulator's keys;
// results are compared with what the test loaded.

const REGION = 'eu-west-1';
const MINUTE = 60_000;
const base = Math.floor((Date.now() - 30 * MINUTE) / MINUTE) * MINUTE;

const webEvents = [
  { stream: 'web-1', at: base + 1_000, message: 'INFO GET /health 200' },
  { stream: 'web-1', at: base + 2_000, message: 'ERROR GET /checkout 500 timeout' },
  { stream: 'web-2', at: base + 3_000, message: 'INFO GET /cart 200' },
  { stream: 'web-2', at: base + 4_000, message: 'ERROR POST /pay 502 upstream' },
  { stream: 'web-1', at: base + 5_000, message: 'INFO GET /health 200' },
  { stream: 'web-2', at: base + 6_000, message: 'WARN slow request 1800ms' },
  { stream: 'web-1', at: base + 7_000, message: 'ERROR GET /search 500 db' },
];

let emulator: Emulator;
let tool: CloudWatchTool;
let monitoring: CloudWatchClient;
let logs: CloudWatchLogsClient;

beforeAll(async () => {
  const streams = (name: string) => ({
    logStreamName: name,
    events: webEvents
      .filter((event) => event.stream === name)
      .map((event) => ({ timestamp: event.at, message: event.message })),
  });
  emulator = await startEmulator({
    seed: {
      data: {
        logGroups: [
          {
            logGroupName: '/keyless/web',
            retentionInDays: 7,
            logStreams: [streams('web-1'), streams('web-2')],
          },
          { logGroupName: '/keyless/worker', logStreams: [{ logStreamName: 'w-1' }] },
          { logGroupName: '/other/app' },
        ],
      },
    },
  });
  const sdkSettings = { endpoint: emulator.url, region: REGION, credentials: emulator.credentials };
  monitoring = new CloudWatchClient(sdkSettings);
  logs = new CloudWatchLogsClient(sdkSettings);
  tool = createCloudWatchTool({
    endpoint: emulator.url,
    region: REGION,
    auth: 'sdk',
    credentials: emulator.credentials,
    env: {},
  });
});

afterAll(async () => {
  tool.destroy();
  monitoring.destroy();
  logs.destroy();
  await emulator.close();
});

const byTime = (events: typeof webEvents) => [...events].sort((a, b) => a.at - b.at);

describe('logs', () => {
  it('listLogGroups returns the loaded groups under a prefix', async () => {
    const { logGroups } = await tool.listLogGroups({ namePrefix: '/keyless/' });

    expect(logGroups.map((group) => group.logGroupName)).toEqual([
      '/keyless/web',
      '/keyless/worker',
    ]);
    expect(logGroups[0]).toMatchObject({ retentionInDays: 7, creationTime: expect.any(String) });
    expect(Number.isNaN(Date.parse(logGroups[0]!.creationTime!))).toBe(false);
  });

  it('filterLogEvents finds the loaded events that match a pattern', async () => {
    const { events } = await tool.filterLogEvents({
      logGroupName: '/keyless/web',
      filterPattern: 'ERROR',
      start: '1h',
    });

    const expected = byTime(webEvents.filter((event) => event.message.startsWith('ERROR')));
    expect(events.map((event) => [event.timestamp, event.logStreamName, event.message])).toEqual(
      expected.map((event) => [new Date(event.at).toISOString(), event.stream, event.message]),
    );
  });

  it('filterLogEvents pages with nextToken, together returning every event once', async () => {
    const first = await tool.filterLogEvents({
      logGroupName: '/keyless/web',
      start: '1h',
      limit: 3,
    });
    expect(first.events).toHaveLength(3);
    expect(first.nextToken).toEqual(expect.any(String));

    const rest = await tool.filterLogEvents({
      logGroupName: '/keyless/web',
      start: '1h',
      limit: 100,
      ...(first.nextToken ? { nextToken: first.nextToken } : {}),
    });
    const ids = [...first.events, ...rest.events].map((event) => event.eventId);
    expect(new Set(ids).size).toBe(webEvents.length);
    expect([...first.events, ...rest.events].map((event) => event.message).sort()).toEqual(
      webEvents.map((event) => event.message).sort(),
    );
  });

  it('filterLogEvents on a missing group is E_NOT_FOUND', async () => {
    await expect(tool.filterLogEvents({ logGroupName: '/keyless/missing' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
      awsErrorName: 'ResourceNotFoundException',
    });
  });

  it('iterateLogEvents streams every loaded event in pages of at most pageSize', async () => {
    const pages: LogEvent[][] = [];
    for await (const page of tool.iterateLogEvents({
      logGroupName: '/keyless/web',
      start: '1h',
      pageSize: 3,
    })) {
      pages.push(page.events);
    }

    expect(pages.every((page) => page.length > 0 && page.length <= 3)).toBe(true);
    expect(
      pages
        .flat()
        .map((event) => event.message)
        .sort(),
    ).toEqual(webEvents.map((event) => event.message).sort());
  });

  it('tailLogEvents yields events written after it started, each once, until aborted', async () => {
    const controller = new AbortController();
    const written = ['tail one', 'tail two', 'tail three'];
    const tail = tool.tailLogEvents({
      logGroupName: '/keyless/worker',
      pollIntervalMs: 500,
      signal: controller.signal,
    });

    const put = async (messages: string[]) => {
      const now = Date.now();
      await logs.send(
        new PutLogEventsCommand({
          logGroupName: '/keyless/worker',
          logStreamName: 'w-1',
          logEvents: messages.map((message, index) => ({ timestamp: now + index, message })),
        }),
      );
    };
    setTimeout(() => void put(written.slice(0, 2)), 200);
    setTimeout(() => void put(written.slice(2)), 1_200);

    const received: string[] = [];
    for await (const event of tail) {
      received.push(event.message);
      if (received.length === written.length) setTimeout(() => controller.abort(), 1_200);
    }
    expect(received).toEqual(written);
  });
});

describe('metrics', () => {
  const namespace = 'Keyless/Test';
  const dimensions = { Service: 'checkout' };
  const points = Array.from({ length: 10 }, (_, index) => ({
    at: base + (index + 5) * MINUTE,
    value: (index + 1) * 10,
  }));

  beforeAll(async () => {
    await monitoring.send(
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
    const { metrics } = await tool.listMetrics({ namespace });
    expect(metrics).toEqual([{ namespace, metricName: 'Latency', dimensions }]);
  });

  it('getMetricData returns the loaded values ascending', async () => {
    const result = await tool.getMetricData({
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
    const result = await tool.getMetricData({
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
    await monitoring.send(
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
    await monitoring.send(
      new SetAlarmStateCommand({
        AlarmName: 'keyless-latency-high',
        StateValue: 'ALARM',
        StateReason: 'set by the test',
      }),
    );
  });

  it('describeAlarms returns the alarm as loaded', async () => {
    const { alarms } = await tool.describeAlarms({ alarmNamePrefix: 'keyless-' });

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
    const { alarms } = await tool.describeAlarms({ alarmNamePrefix: 'keyless-', stateValue: 'OK' });
    expect(alarms).toEqual([]);
  });

  it('getAlarmHistory carries the state change with old and new state', async () => {
    const { items } = await tool.getAlarmHistory({
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
    const proxyTool = createCloudWatchTool({ endpoint: emulator.url, region: REGION, env: {} });
    const error = await proxyTool.listLogGroups().catch((caught: unknown) => caught);
    proxyTool.destroy();

    expect(error).toMatchObject({ code: 'E_AUTH' });
    expect((error as Error).message).toContain('placeholder keys');
  });

  it('an emulator told to accept the placeholder pair sees it, without hop-by-hop headers', async () => {
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
