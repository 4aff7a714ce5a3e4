import { describe, expect, it } from 'vitest';
import { seconds, toolFor } from './fakeAwsFixture.js';

describe('describeAlarms', () => {
  it('returns metric and composite alarms as camelCase JSON', async () => {
    const { tool, server } = await toolFor(() => ({
      body: {
        MetricAlarms: [
          {
            AlarmName: 'cpu-high',
            AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:cpu-high',
            StateValue: 'ALARM',
            StateUpdatedTimestamp: seconds('2024-05-01T10:40:00Z'),
            MetricName: 'CPUUtilization',
            Namespace: 'AWS/EC2',
            Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }],
            Threshold: 80,
            OKActions: [],
          },
        ],
        CompositeAlarms: [{ AlarmName: 'service-down', AlarmRule: 'ALARM(cpu-high)' }],
        NextToken: 'a2',
      },
    }));

    const result = await tool.describeAlarms({ stateValue: 'ALARM', limit: 10 });

    expect(server.requests[0]!.body).toEqual({
      StateValue: 'ALARM',
      MaxRecords: 10,
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
    });
    expect(result).toEqual({
      alarms: [
        {
          alarmType: 'MetricAlarm',
          alarmName: 'cpu-high',
          alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:cpu-high',
          stateValue: 'ALARM',
          stateUpdatedTimestamp: '2024-05-01T10:40:00.000Z',
          metricName: 'CPUUtilization',
          namespace: 'AWS/EC2',
          dimensions: { InstanceId: 'i-1' },
          threshold: 80,
          okActions: [],
        },
        { alarmType: 'CompositeAlarm', alarmName: 'service-down', alarmRule: 'ALARM(cpu-high)' },
      ],
      nextToken: 'a2',
    });
  });

  it('an unknown stateValue is E_INPUT naming the accepted ones', async () => {
    const { tool } = await toolFor(() => ({ body: {} }));
    await expect(tool.describeAlarms({ stateValue: 'FIRING' as never })).rejects.toMatchObject({
      code: 'E_INPUT',
      message:
        'describeAlarms: stateValue must be one of OK, ALARM, INSUFFICIENT_DATA, got "FIRING".',
    });
  });
});

describe('getAlarmHistory', () => {
  it('asks for the last 24 hours by default and parses state changes', async () => {
    const historyData = JSON.stringify({
      oldState: { stateValue: 'OK', stateReason: 'fine' },
      newState: { stateValue: 'ALARM', stateReason: 'too hot' },
    });
    const { tool, server } = await toolFor(() => ({
      body: {
        AlarmHistoryItems: [
          {
            AlarmName: 'cpu-high',
            AlarmType: 'MetricAlarm',
            Timestamp: seconds('2024-05-01T10:40:00Z'),
            HistoryItemType: 'StateUpdate',
            HistorySummary: 'Alarm updated from OK to ALARM',
            HistoryData: historyData,
          },
        ],
      },
    }));

    const before = Date.now();
    const result = await tool.getAlarmHistory({ alarmName: 'cpu-high' });

    const { StartDate, EndDate } = server.requests[0]!.body as {
      StartDate: number;
      EndDate: number;
    };
    expect(EndDate - StartDate).toBe(86_400);
    expect(EndDate * 1000).toBeGreaterThanOrEqual(before - 1000);
    expect(result.items).toEqual([
      {
        alarmName: 'cpu-high',
        alarmType: 'MetricAlarm',
        timestamp: '2024-05-01T10:40:00.000Z',
        historyItemType: 'StateUpdate',
        historySummary: 'Alarm updated from OK to ALARM',
        historyData,
        oldState: { stateValue: 'OK', stateReason: 'fine' },
        newState: { stateValue: 'ALARM', stateReason: 'too hot' },
      },
    ]);
  });
});
