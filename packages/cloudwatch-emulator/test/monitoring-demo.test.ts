import {
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  ListMetricsCommand,
} from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import { startFileEmulator } from './emulator-fixture.js';

const { cloudwatch: client } = await startFileEmulator({ seed: 'demo' }, { region: 'us-east-1' });

describe('the demo seed', () => {
  it('has Lambda, ALB and custom metrics for the last 24 hours', async () => {
    const listed = await client.send(new ListMetricsCommand({}));
    const namespaces = new Set(listed.Metrics!.map((metric) => metric.Namespace));
    expect(namespaces).toEqual(new Set(['AWS/Lambda', 'AWS/ApplicationELB', 'Checkout/Business']));

    const end = new Date();
    const result = await client.send(
      new GetMetricDataCommand({
        StartTime: new Date(end.getTime() - 24 * 3_600_000),
        EndTime: end,
        MetricDataQueries: [
          {
            Id: 'errors',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/Lambda',
                MetricName: 'Errors',
                Dimensions: [{ Name: 'FunctionName', Value: 'checkout-api' }],
              },
              Period: 300,
              Stat: 'Sum',
            },
          },
        ],
      }),
    );
    const [errors] = result.MetricDataResults!;
    // One value per 5 minutes over the day; the newest hour (the incident) far above the rest.
    expect(errors!.Values!.length).toBeGreaterThanOrEqual(287);
    const recent = Math.min(...errors!.Values!.slice(1, 12));
    const earlier = Math.max(...errors!.Values!.slice(24));
    expect(recent).toBeGreaterThan(3 * earlier);
  });

  it('has alarms in OK, ALARM and INSUFFICIENT_DATA with history that leads there', async () => {
    const alarms = await client.send(
      new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }),
    );
    const states = new Set(
      [...alarms.MetricAlarms!, ...alarms.CompositeAlarms!].map((a) => a.StateValue),
    );
    expect(states).toEqual(new Set(['OK', 'ALARM', 'INSUFFICIENT_DATA']));
    expect(alarms.CompositeAlarms![0]).toMatchObject({
      AlarmName: 'checkout-service-health',
      StateValue: 'ALARM',
    });

    const history = await client.send(
      new DescribeAlarmHistoryCommand({
        AlarmName: 'checkout-api-errors',
        HistoryItemType: 'StateUpdate',
      }),
    );
    const latest = JSON.parse(history.AlarmHistoryItems![0]!.HistoryData!);
    expect(latest.newState.stateValue).toBe('ALARM');
    expect(latest.newState.stateReason).toMatch(
      /^Threshold Crossed: \d out of the last 3 datapoints/,
    );
    // The transition happened within the last hours, as the seeded spike did.
    const age = Date.now() - history.AlarmHistoryItems![0]!.Timestamp!.getTime();
    expect(age).toBeGreaterThan(0);
    expect(age).toBeLessThan(3 * 3_600_000);
  });
});
