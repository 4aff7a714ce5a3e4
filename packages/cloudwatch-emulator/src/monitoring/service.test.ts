import { describe, expect, it } from 'vitest';
import { MonitoringError } from './errors.js';
import { createMonitoringService } from './service.js';

const NOW = Date.parse('2024-05-01T12:00:30Z');
const seconds = (iso: string) => Date.parse(iso) / 1000;

function service() {
  return createMonitoringService({ now: () => NOW });
}

function errorOf(run: () => unknown): MonitoringError {
  try {
    run();
  } catch (error) {
    if (error instanceof MonitoringError) return error;
    throw error;
  }
  throw new Error('expected a MonitoringError');
}

describe('createMonitoringService', () => {
  it('answers the same demo data for the same now', () => {
    const a = service();
    const b = service();
    a.seedDemo(NOW);
    b.seedDemo(NOW);
    const query = {
      MetricDataQueries: [
        {
          Id: 'errors',
          MetricStat: {
            Metric: {
              Namespace: 'AWS/Lambda',
              MetricName: 'Errors',
              Dimensions: [{ Name: 'FunctionName', Value: 'checkout-api' }],
            },
            Period: 3600,
            Stat: 'Sum',
          },
        },
      ],
      StartTime: seconds('2024-04-30T12:00:00Z'),
      EndTime: seconds('2024-05-01T12:01:00Z'),
    };
    const first = a.call('GetMetricData', query);
    expect(b.call('GetMetricData', query)).toEqual(first);
    const [result] = first.MetricDataResults as Array<{ Values: number[] }>;
    // Newest first: the first full hour (11:00) holds the incident, far above the quiet hours.
    expect(result!.Values.length).toBe(25);
    expect(result!.Values[1]!).toBeGreaterThan(10 * result!.Values[5]!);
  });

  it('seeds alarms in every state, each with history that ends in its state', () => {
    const monitoring = service();
    monitoring.seedDemo(NOW);
    const described = monitoring.call('DescribeAlarms', {
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
    });
    const alarms = [
      ...(described.MetricAlarms as Array<Record<string, unknown>>),
      ...(described.CompositeAlarms as Array<Record<string, unknown>>),
    ];
    const states = Object.fromEntries(alarms.map((alarm) => [alarm.AlarmName, alarm.StateValue]));
    expect(states).toEqual({
      'checkout-alb-5xx': 'ALARM',
      'checkout-alb-latency': 'OK',
      'checkout-api-duration-p99': 'OK',
      'checkout-api-errors': 'ALARM',
      'checkout-orders-low': 'OK',
      'checkout-service-health': 'ALARM',
      'payments-worker-throttles': 'INSUFFICIENT_DATA',
    });

    for (const alarm of alarms) {
      const history = monitoring.call('DescribeAlarmHistory', {
        AlarmName: alarm.AlarmName,
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
        HistoryItemType: 'StateUpdate',
      }).AlarmHistoryItems as Array<{ HistoryData: string; HistorySummary: string }>;
      if (alarm.StateValue === 'INSUFFICIENT_DATA') {
        expect(history).toEqual([]);
        continue;
      }
      const latest = JSON.parse(history[0]!.HistoryData);
      expect(latest.newState.stateValue).toBe(alarm.StateValue);
      expect(history[0]!.HistorySummary).toBe(
        `Alarm updated from ${latest.oldState.stateValue} to ${alarm.StateValue}`,
      );
    }
    // The latency alarm caught the night blip and recovered.
    const latency = monitoring.call('DescribeAlarmHistory', {
      AlarmName: 'checkout-alb-latency',
      HistoryItemType: 'StateUpdate',
      ScanBy: 'TimestampAscending',
    }).AlarmHistoryItems as Array<{ HistorySummary: string }>;
    expect(latency.map((item) => item.HistorySummary)).toEqual([
      'Alarm updated from INSUFFICIENT_DATA to OK',
      'Alarm updated from OK to ALARM',
      'Alarm updated from ALARM to OK',
    ]);
  });

  it('generates the same metrics for the same seed and others for another', () => {
    const list = (seed: number) => {
      const monitoring = service();
      monitoring.seedGenerated({ metrics: 30, seed, now: NOW });
      const stats = monitoring.call('GetMetricStatistics', {
        Namespace: 'Bench/Service0',
        MetricName: 'Latency',
        Dimensions: [
          { Name: 'Service', Value: 'service-0' },
          { Name: 'Host', Value: 'host-0' },
        ],
        StartTime: seconds('2024-05-01T11:00:00Z'),
        EndTime: seconds('2024-05-01T12:00:00Z'),
        Period: 3600,
        Statistics: ['Average', 'SampleCount'],
      });
      return { metrics: (monitoring.call('ListMetrics', {}).Metrics as unknown[]).length, stats };
    };
    const first = list(7);
    expect(first.metrics).toBe(30);
    expect(first.stats.Datapoints).toHaveLength(1);
    expect((first.stats.Datapoints as Array<{ SampleCount: number }>)[0]!.SampleCount).toBe(60);
    expect(list(7)).toEqual(first);
    expect(list(8).stats).not.toEqual(first.stats);
  });

  it('forgets everything on reset', () => {
    const monitoring = service();
    monitoring.seedDemo(NOW);
    monitoring.reset();
    expect(monitoring.call('ListMetrics', {}).Metrics).toEqual([]);
    expect(monitoring.call('DescribeAlarmHistory', {}).AlarmHistoryItems).toEqual([]);
  });

  it('names the unknown operation and the ones it serves', () => {
    const error = errorOf(() => service().call('PutDashboard', {}));
    expect(error.awsErrorName).toBe('UnknownOperationException');
    expect(error.message).toMatch(/PutDashboard .*ListMetrics/);
  });

  it('evaluates a composite alarm when a child changes state, writing both histories', () => {
    const monitoring = service();
    for (const name of ['api', 'db']) {
      monitoring.call('PutMetricAlarm', {
        AlarmName: name,
        Namespace: 'App',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanThreshold',
      });
    }
    monitoring.call('PutCompositeAlarm', {
      AlarmName: 'both',
      AlarmRule: 'ALARM(api) AND ALARM("db")',
    });
    monitoring.call('SetAlarmState', {
      AlarmName: 'api',
      StateValue: 'ALARM',
      StateReason: 'test',
    });
    const composite = () =>
      (
        monitoring.call('DescribeAlarms', { AlarmTypes: ['CompositeAlarm'] })
          .CompositeAlarms as Array<Record<string, unknown>>
      )[0]!;
    expect(composite().StateValue).toBe('OK');
    monitoring.call('SetAlarmState', { AlarmName: 'db', StateValue: 'ALARM', StateReason: 'test' });
    expect(composite().StateValue).toBe('ALARM');
    expect(composite().StateReason).toMatch(/alarm:db transitioned to ALARM/);
    const history = monitoring.call('DescribeAlarmHistory', {
      AlarmName: 'both',
      AlarmTypes: ['CompositeAlarm'],
    });
    expect(
      (history.AlarmHistoryItems as Array<{ HistorySummary: string }>).map(
        (item) => item.HistorySummary,
      ),
    ).toEqual([
      'Alarm updated from OK to ALARM',
      'Alarm updated from INSUFFICIENT_DATA to OK',
      'Alarm "both" created',
    ]);
  });
});
