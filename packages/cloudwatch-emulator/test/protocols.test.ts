import {
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { beforeEach, describe, expect, it } from 'vitest';
import { startFileEmulator } from './emulator-fixture.js';
import { rawRequest, signedRequest } from './raw-http.js';
import { cloudWatchClient, failure } from './sdk-clients.js';

const { emulator } = await startFileEmulator();

beforeEach(() => emulator.reset());

const logsCall = (operation: string, body: string) =>
  signedRequest(emulator, {
    service: 'logs',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `Logs_20140328.${operation}`,
    },
    body,
  });

const queryCall = (body: string) =>
  signedRequest(emulator, {
    service: 'monitoring',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });

describe('dispatch of the CloudWatch Logs protocol', () => {
  it('answers JSON 1.1 with a request id on every response', async () => {
    const response = await logsCall('DescribeLogGroups', '{}');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(response.body)).toEqual({ logGroups: [] });
  });

  it.each([
    ['NoSuchThing', '{}', 'UnknownOperationException'],
    ['DescribeLogGroups', '{not json', 'SerializationException'],
    ['DescribeLogGroups', '[1]', 'SerializationException'],
    ['DescribeLogGroups', '{"limit":"ten"}', 'SerializationException'],
    ['StartQuery', '{"queryString":"fields @message"}', 'InvalidParameterException'],
    [
      'GetQueryResults',
      '{"queryId":"00000000-0000-0000-0000-000000000000"}',
      'ResourceNotFoundException',
    ],
  ])('%s with %s answers %s', async (operation, body, name) => {
    const response = await logsCall(operation, body);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).__type).toBe(name);
  });

  it('answers a request it cannot place with UnknownOperationException', async () => {
    const response = await rawRequest(emulator, {
      path: '/',
      headers: [['x-amz-target', 'Other.Op']],
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).message).toContain('X-Amz-Target');
  });
});

describe('dispatch of the CloudWatch protocols', () => {
  it('serves the SDK over query-compatible JSON 1.0', async () => {
    const cloudWatch = cloudWatchClient(emulator);
    await cloudWatch.send(
      new PutMetricDataCommand({
        Namespace: 'Shop',
        MetricData: [{ MetricName: 'Orders', Value: 3, Timestamp: new Date(), Unit: 'Count' }],
      }),
    );
    const { Metrics } = await cloudWatch.send(new ListMetricsCommand({ Namespace: 'Shop' }));
    expect(Metrics).toEqual([{ Namespace: 'Shop', MetricName: 'Orders', Dimensions: [] }]);
    const logged = emulator.requests(1)[0]!;
    expect(logged.target).toBe('GraniteServiceVersion20100801.ListMetrics');
    expect(logged.rawHeaders).toContainEqual(['x-amzn-query-mode', 'true']);
  });

  it('passes CloudWatch errors with their query code in x-amzn-query-error', async () => {
    const error = await failure(
      cloudWatchClient(emulator).send(
        new GetMetricStatisticsCommand({
          Namespace: 'Shop',
          MetricName: 'Orders',
          StartTime: new Date(),
          EndTime: new Date(),
          Period: 7,
          Statistics: ['Sum'],
        }),
      ),
    );
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.Code).toBe('InvalidParameterValue');
    expect(emulator.requests(1)[0]!.errorCode).toBe('InvalidParameterValue');
  });

  it('serves awsQuery form posts with XML', async () => {
    const put = await queryCall(
      'Action=PutMetricData&Version=2010-08-01&Namespace=Shop' +
        '&MetricData.member.1.MetricName=Orders&MetricData.member.1.Value=2',
    );
    expect(put.status).toBe(200);
    const list = await queryCall('Action=ListMetrics&Version=2010-08-01');
    expect(list.headers['content-type']).toBe('text/xml');
    expect(list.body).toContain('<MetricName>Orders</MetricName>');
    expect(list.body).toContain(`<RequestId>${list.headers['x-amzn-requestid']}</RequestId>`);

    const missing = await queryCall('Version=2010-08-01');
    expect(missing.status).toBe(400);
    expect(missing.body).toContain('<Code>MissingAction</Code>');
  });

  it('empties CloudWatch data on reset', async () => {
    await emulator.seed('demo');
    const cloudWatch = cloudWatchClient(emulator);
    expect(
      (await cloudWatch.send(new DescribeAlarmsCommand({}))).MetricAlarms!.length,
    ).toBeGreaterThan(0);
    emulator.reset();
    expect((await cloudWatch.send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
  });
});
