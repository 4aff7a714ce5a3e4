import { describe, expect, it } from 'vitest';
import { MonitoringError } from './errors.js';
import { decodeQueryRequest } from './query-decode.js';

function decode(query: string) {
  return decodeQueryRequest(new URLSearchParams(query));
}

describe('decodeQueryRequest', () => {
  it.each([
    [
      'Action=ListMetrics&Version=2010-08-01&Namespace=AWS%2FLambda' +
        '&Dimensions.member.1.Name=FunctionName&Dimensions.member.1.Value=checkout-api' +
        '&Dimensions.member.2.Name=Resource',
      'ListMetrics',
      {
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: 'checkout-api' }, { Name: 'Resource' }],
      },
    ],
    [
      'Action=GetMetricStatistics&Version=2010-08-01&Namespace=App&MetricName=Latency' +
        '&StartTime=2024-05-01T10%3A00%3A00Z&EndTime=2024-05-01T11%3A00%3A00.500Z&Period=300' +
        '&Statistics.member.1=Average&Statistics.member.2=Maximum&ExtendedStatistics.member.1=p99',
      'GetMetricStatistics',
      {
        Namespace: 'App',
        MetricName: 'Latency',
        StartTime: 1_714_557_600,
        EndTime: 1_714_561_200.5,
        Period: 300,
        Statistics: ['Average', 'Maximum'],
        ExtendedStatistics: ['p99'],
      },
    ],
    [
      'Action=GetMetricData&Version=2010-08-01&MetricDataQueries.member.1.Id=m1' +
        '&MetricDataQueries.member.1.MetricStat.Metric.Namespace=App' +
        '&MetricDataQueries.member.1.MetricStat.Metric.MetricName=Errors' +
        '&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name=Service' +
        '&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value=api' +
        '&MetricDataQueries.member.1.MetricStat.Period=60' +
        '&MetricDataQueries.member.1.MetricStat.Stat=Sum' +
        '&MetricDataQueries.member.1.ReturnData=false&MetricDataQueries.member.2.Id=e1' +
        '&MetricDataQueries.member.2.Expression=m1*2&StartTime=2024-05-01T10%3A00%3A00Z' +
        '&EndTime=2024-05-01T11%3A00%3A00Z&MaxDatapoints=10&ScanBy=TimestampAscending',
      'GetMetricData',
      {
        MetricDataQueries: [
          {
            Id: 'm1',
            MetricStat: {
              Metric: {
                Namespace: 'App',
                MetricName: 'Errors',
                Dimensions: [{ Name: 'Service', Value: 'api' }],
              },
              Period: 60,
              Stat: 'Sum',
            },
            ReturnData: false,
          },
          { Id: 'e1', Expression: 'm1*2' },
        ],
        StartTime: 1_714_557_600,
        EndTime: 1_714_561_200,
        MaxDatapoints: 10,
        ScanBy: 'TimestampAscending',
      },
    ],
    [
      'Action=PutMetricData&Version=2010-08-01&Namespace=App' +
        '&MetricData.member.1.MetricName=Latency&MetricData.member.1.Values.member.1=1.5' +
        '&MetricData.member.1.Values.member.2=3&MetricData.member.1.Counts.member.1=2' +
        '&MetricData.member.1.Counts.member.2=1&MetricData.member.2.MetricName=Queue' +
        '&MetricData.member.2.StatisticValues.SampleCount=4' +
        '&MetricData.member.2.StatisticValues.Sum=10' +
        '&MetricData.member.2.StatisticValues.Minimum=1' +
        '&MetricData.member.2.StatisticValues.Maximum=4',
      'PutMetricData',
      {
        Namespace: 'App',
        MetricData: [
          { MetricName: 'Latency', Values: [1.5, 3], Counts: [2, 1] },
          {
            MetricName: 'Queue',
            StatisticValues: { SampleCount: 4, Sum: 10, Minimum: 1, Maximum: 4 },
          },
        ],
      },
    ],
    [
      'Action=DeleteAlarms&Version=2010-08-01&AlarmNames.member.10=j&AlarmNames.member.2=b' +
        '&AlarmNames.member.1=a',
      'DeleteAlarms',
      { AlarmNames: ['a', 'b', 'j'] },
    ],
    ['Action=DescribeAlarms&AlarmNames=', 'DescribeAlarms', { AlarmNames: [] }],
    [
      'Action=PutMetricAlarm&AlarmName=x&ActionsEnabled=false&Threshold=abc&Unknown=1',
      'PutMetricAlarm',
      { AlarmName: 'x', ActionsEnabled: false, Threshold: 'abc' },
    ],
  ])('decodes %s', (query, operation, input) => {
    expect(decode(query)).toEqual({ operation, input });
  });

  it.each([
    ['Version=2010-08-01', 'MissingAction'],
    ['Action=PutDashboard&Version=2010-08-01', 'InvalidAction'],
  ])('refuses %s with %s', (query, code) => {
    expect(() => decode(query)).toThrow(MonitoringError);
    try {
      decode(query);
    } catch (error) {
      expect((error as MonitoringError).queryErrorCode).toBe(code);
      expect((error as MonitoringError).statusCode).toBe(400);
    }
  });
});
