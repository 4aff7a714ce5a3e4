import { describe, expect, it } from 'vitest';
import { seconds, toolFor } from './fakeAwsFixture.js';

describe('listMetrics', () => {
  it('passes dimension filters and returns dimensions as objects', async () => {
    const { tool, server } = await toolFor(() => ({
      body: {
        Metrics: [
          {
            Namespace: 'AWS/EC2',
            MetricName: 'CPUUtilization',
            Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }],
          },
        ],
        NextToken: 'n1',
      },
    }));

    const result = await tool.listMetrics({
      namespace: 'AWS/EC2',
      dimensions: { InstanceId: 'i-1', AutoScalingGroupName: null },
      limit: 1,
    });

    expect(server.requests[0]!.body).toEqual({
      Namespace: 'AWS/EC2',
      Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }, { Name: 'AutoScalingGroupName' }],
    });
    expect(result).toEqual({
      metrics: [
        { namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: { InstanceId: 'i-1' } },
      ],
      nextToken: 'n1',
    });
  });

  it('says when the limit cut a page that has no token to resume from', async () => {
    const metric = (name: string) => ({ Namespace: 'N', MetricName: name, Dimensions: [] });
    const { tool } = await toolFor(() => ({
      body: { Metrics: [metric('a'), metric('b'), metric('c')], NextToken: 'n1' },
    }));

    const result = await tool.listMetrics({ limit: 2 });

    expect(result.metrics.map((m) => m.metricName)).toEqual(['a', 'b']);
    expect(result).toMatchObject({ truncated: true });
    expect(result.nextToken).toBeUndefined();
  });
});

describe('getMetricData', () => {
  it('picks a period, reads every page and returns datapoints ascending', async () => {
    const pages = [
      {
        MetricDataResults: [
          {
            Id: 'm0',
            Label: 'CPUUtilization',
            StatusCode: 'PartialData',
            Timestamps: [seconds('2024-05-01T10:04:00Z'), seconds('2024-05-01T10:00:00Z')],
            Values: [4, 0],
          },
        ],
        NextToken: 'p2',
      },
      {
        MetricDataResults: [
          {
            Id: 'm0',
            Label: 'CPUUtilization',
            StatusCode: 'Complete',
            Timestamps: [seconds('2024-05-01T10:02:00Z')],
            Values: [2],
          },
        ],
      },
    ];
    const { tool, server } = await toolFor(() => ({ body: pages.shift() }));
    // A recent window: data older than 15 days would need a coarser period.
    const end = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const start = new Date(end.getTime() - 3 * 3_600_000);

    const result = await tool.getMetricData({
      namespace: 'AWS/EC2',
      metricName: 'CPUUtilization',
      dimensions: { InstanceId: 'i-1' },
      stat: 'p99',
      start: start.toISOString(),
      end: end.toISOString(),
    });

    expect(result).toEqual({
      label: 'CPUUtilization',
      status: 'Complete',
      stat: 'p99',
      period: 120,
      datapoints: [
        { timestamp: '2024-05-01T10:00:00.000Z', value: 0 },
        { timestamp: '2024-05-01T10:02:00.000Z', value: 2 },
        { timestamp: '2024-05-01T10:04:00.000Z', value: 4 },
      ],
    });
    expect(server.requests[0]!.body).toMatchObject({
      MetricDataQueries: [
        {
          Id: 'm0',
          MetricStat: {
            Metric: {
              Namespace: 'AWS/EC2',
              MetricName: 'CPUUtilization',
              Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }],
            },
            Period: 120,
            Stat: 'p99',
          },
        },
      ],
      StartTime: start.getTime() / 1000,
      EndTime: end.getTime() / 1000,
      ScanBy: 'TimestampAscending',
    });
    expect(server.requests[1]!.body.NextToken).toBe('p2');
  });

  it('uses hourly periods for data older than 63 days', async () => {
    const { tool, server } = await toolFor(() => ({ body: { MetricDataResults: [] } }));

    const result = await tool.getMetricData({
      namespace: 'AWS/EC2',
      metricName: 'CPUUtilization',
      start: '2024-05-01T09:00:00Z',
      end: '2024-05-01T12:00:00Z',
    });

    expect(result).toMatchObject({ period: 3600, stat: 'Average', datapoints: [] });
    expect(server.requests[0]!.body).toMatchObject({
      MetricDataQueries: [{ MetricStat: { Period: 3600, Stat: 'Average' } }],
    });
  });

  it.each([
    [{ period: 90 }, 'period must be 1, 5, 10, 30 or a multiple of 60'],
    [{ stat: 'avg' }, 'stat must be Average, Sum, Minimum, Maximum, SampleCount'],
    [{ dimensions: { InstanceId: 5 } }, 'dimensions.InstanceId must be a non-empty string'],
    [{ namespace: '' }, 'namespace must be a non-empty string'],
  ])('%j is E_INPUT', async (override, message) => {
    const { tool, server } = await toolFor(() => ({ body: {} }));
    const options = { namespace: 'AWS/EC2', metricName: 'CPUUtilization', ...override };

    await expect(tool.getMetricData(options as never)).rejects.toMatchObject({
      code: 'E_INPUT',
      message: expect.stringContaining(message),
    });
    expect(server.requests).toHaveLength(0);
  });
});
