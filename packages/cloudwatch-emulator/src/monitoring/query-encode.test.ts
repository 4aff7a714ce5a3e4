import { describe, expect, it } from 'vitest';
import { MonitoringError } from './errors.js';
import { encodeQueryError, encodeQueryResponse } from './query-encode.js';

const XMLNS = 'xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/"';

describe('encodeQueryResponse', () => {
  it.each([
    [
      'ListMetrics',
      {
        Metrics: [
          {
            Namespace: 'App',
            MetricName: 'Errors',
            Dimensions: [{ Name: 'Service', Value: 'a<b' }],
          },
        ],
        NextToken: 'tok',
      },
      '<ListMetricsResult><Metrics><member><Namespace>App</Namespace>' +
        '<MetricName>Errors</MetricName><Dimensions><member><Name>Service</Name>' +
        '<Value>a&lt;b</Value></member></Dimensions></member></Metrics>' +
        '<NextToken>tok</NextToken></ListMetricsResult>',
    ],
    [
      'GetMetricData',
      {
        MetricDataResults: [
          {
            Id: 'm1',
            Label: 'Errors',
            Timestamps: [1_714_557_600],
            Values: [2.5],
            StatusCode: 'Complete',
            Messages: [],
          },
        ],
        Messages: [],
      },
      '<GetMetricDataResult><MetricDataResults><member><Id>m1</Id><Label>Errors</Label>' +
        '<Timestamps><member>2024-05-01T10:00:00.000Z</member></Timestamps><Values>' +
        '<member>2.5</member></Values><StatusCode>Complete</StatusCode>' +
        '<Messages/></member></MetricDataResults><Messages/></GetMetricDataResult>',
    ],
    [
      'GetMetricStatistics',
      {
        Label: 'Latency',
        Datapoints: [
          {
            Timestamp: 1_714_557_600,
            Average: 12,
            Unit: 'Milliseconds',
            ExtendedStatistics: { p99: 40 },
          },
        ],
      },
      '<GetMetricStatisticsResult><Label>Latency</Label><Datapoints><member>' +
        '<Timestamp>2024-05-01T10:00:00.000Z</Timestamp><Average>12</Average>' +
        '<Unit>Milliseconds</Unit><ExtendedStatistics><entry><key>p99</key>' +
        '<value>40</value></entry></ExtendedStatistics></member></Datapoints>' +
        '</GetMetricStatisticsResult>',
    ],
    ['PutMetricData', {}, ''],
  ])('encodes %s', (operation, output, result) => {
    expect(encodeQueryResponse(operation, output, 'req-1')).toBe(
      `<${operation}Response ${XMLNS}>${result}<ResponseMetadata>` +
        `<RequestId>req-1</RequestId></ResponseMetadata></${operation}Response>`,
    );
  });
});

describe('encodeQueryError', () => {
  it.each([
    ['InvalidParameterValueException', 'InvalidParameterValue', 'Sender'],
    ['ResourceNotFound', 'ResourceNotFound', 'Sender'],
    ['MissingRequiredParameterException', 'MissingParameter', 'Sender'],
    ['InternalServiceFault', 'InternalServiceError', 'Receiver'],
  ])('writes %s as code %s', (name, code, type) => {
    const xml = encodeQueryError(new MonitoringError(name, 'bad "x" & <y>'), 'req-2');
    expect(xml).toBe(
      `<ErrorResponse ${XMLNS}><Error><Type>${type}</Type><Code>${code}</Code>` +
        '<Message>bad &quot;x&quot; &amp; &lt;y&gt;</Message></Error>' +
        '<RequestId>req-2</RequestId></ErrorResponse>',
    );
  });
});
