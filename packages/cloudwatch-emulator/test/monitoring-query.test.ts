import { Sha256 } from '@aws-crypto/sha256-js';
import { GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { SignatureV4 } from '@smithy/signature-v4';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFileEmulator } from './emulator-fixture.js';

const XMLNS = 'xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/"';
const MINUTE = 60_000;
const base = Math.floor(Date.now() / MINUTE) * MINUTE - 20 * MINUTE;
const iso = (minutes: number) => new Date(base + minutes * MINUTE).toISOString();
const { emulator, cloudwatch } = await startFileEmulator({ seed: 'none' }, { region: 'us-east-1' });

/** An awsQuery call as the AWS CLI makes it: a signed form POST, answered in XML. */
async function query(action: string, params: Record<string, string | number> = {}) {
  const body = new URLSearchParams({
    Action: action,
    Version: '2010-08-01',
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  }).toString();
  const url = new URL(emulator.url);
  const signer = new SignatureV4({
    service: 'monitoring',
    region: 'eu-central-1',
    credentials: emulator.credentials,
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  const response = await fetch(`${emulator.url}/`, {
    method: 'POST',
    headers: signed.headers,
    body,
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    xml: await response.text(),
  };
}

/** The text of every `<name>` element, in document order. */
function texts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!);
}

describe('the awsQuery protocol', () => {
  beforeAll(async () => {
    const put = await query('PutMetricData', {
      Namespace: 'Legacy/App',
      'MetricData.member.1.MetricName': 'Latency',
      'MetricData.member.1.Dimensions.member.1.Name': 'Service',
      'MetricData.member.1.Dimensions.member.1.Value': 'cart',
      'MetricData.member.1.Timestamp': iso(1),
      'MetricData.member.1.Values.member.1': 4,
      'MetricData.member.1.Values.member.2': 8,
      'MetricData.member.1.Counts.member.1': 3,
      'MetricData.member.1.Counts.member.2': 1,
      'MetricData.member.1.Unit': 'Milliseconds',
      'MetricData.member.2.MetricName': 'Errors',
      'MetricData.member.2.Timestamp': iso(2),
      'MetricData.member.2.Value': 2,
    });
    expect(put.status).toBe(200);
    expect(put.xml).toMatch(
      new RegExp(
        `^<PutMetricDataResponse ${XMLNS}><ResponseMetadata><RequestId>[\\w-]+</RequestId>` +
          '</ResponseMetadata></PutMetricDataResponse>$',
      ),
    );
  });

  it('answers GetMetricStatistics in XML with ISO timestamps, and in JSON to the SDK', async () => {
    const stats = await query('GetMetricStatistics', {
      Namespace: 'Legacy/App',
      MetricName: 'Latency',
      'Dimensions.member.1.Name': 'Service',
      'Dimensions.member.1.Value': 'cart',
      StartTime: iso(0),
      EndTime: iso(10),
      Period: 300,
      'Statistics.member.1': 'Sum',
      'Statistics.member.2': 'SampleCount',
      'ExtendedStatistics.member.1': 'p75',
    });
    expect(stats.status).toBe(200);
    expect(stats.type).toMatch(/xml/);
    expect(stats.xml).toContain(
      '<GetMetricStatisticsResult><Label>Latency</Label><Datapoints><member>' +
        `<Timestamp>${iso(0)}</Timestamp><Unit>Milliseconds</Unit><Sum>20</Sum>` +
        '<SampleCount>4</SampleCount><ExtendedStatistics><entry><key>p75</key>' +
        '<value>4</value></entry></ExtendedStatistics></member></Datapoints>' +
        '</GetMetricStatisticsResult>',
    );

    const json = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Legacy/App',
        MetricName: 'Latency',
        Dimensions: [{ Name: 'Service', Value: 'cart' }],
        StartTime: new Date(iso(0)),
        EndTime: new Date(iso(10)),
        Period: 300,
        Statistics: ['Maximum'],
      }),
    );
    expect(json.Datapoints).toEqual([
      { Timestamp: new Date(iso(0)), Maximum: 8, Unit: 'Milliseconds' },
    ]);
  });

  it('answers GetMetricData with member lists', async () => {
    const data = await query('GetMetricData', {
      StartTime: iso(0),
      EndTime: iso(10),
      ScanBy: 'TimestampAscending',
      'MetricDataQueries.member.1.Id': 'errors',
      'MetricDataQueries.member.1.MetricStat.Metric.Namespace': 'Legacy/App',
      'MetricDataQueries.member.1.MetricStat.Metric.MetricName': 'Errors',
      'MetricDataQueries.member.1.MetricStat.Period': 60,
      'MetricDataQueries.member.1.MetricStat.Stat': 'Sum',
    });
    expect(data.xml).toContain(
      '<MetricDataResults><member><Id>errors</Id><Label>Errors</Label><Timestamps>' +
        `<member>${iso(2)}</member></Timestamps><Values><member>2</member></Values>` +
        '<StatusCode>Complete</StatusCode><Messages/></member></MetricDataResults>',
    );
  });

  it('pages ListMetrics with NextToken', async () => {
    for (let batch = 0; batch < 2; batch++) {
      const params: Record<string, string | number> = { Namespace: 'Legacy/Fleet' };
      for (let i = 1; i <= 300; i++) {
        params[`MetricData.member.${i}.MetricName`] = 'Up';
        params[`MetricData.member.${i}.Dimensions.member.1.Name`] = 'Host';
        params[`MetricData.member.${i}.Dimensions.member.1.Value`] = `h${batch * 300 + i}`;
        params[`MetricData.member.${i}.Value`] = 1;
      }
      expect((await query('PutMetricData', params)).status).toBe(200);
    }
    const first = await query('ListMetrics', { Namespace: 'Legacy/Fleet' });
    const [token] = texts(first.xml, 'NextToken');
    const second = await query('ListMetrics', { Namespace: 'Legacy/Fleet', NextToken: token! });
    expect(texts(second.xml, 'NextToken')).toEqual([]);
    const hosts = [...texts(first.xml, 'Value'), ...texts(second.xml, 'Value')];
    expect([texts(first.xml, 'MetricName').length, texts(second.xml, 'MetricName').length]).toEqual(
      [500, 100],
    );
    expect(new Set(hosts).size).toBe(600);
  });

  it('writes alarms and reads their history', async () => {
    const put = await query('PutMetricAlarm', {
      AlarmName: 'legacy-errors',
      Namespace: 'Legacy/App',
      MetricName: 'Errors',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      'AlarmActions.member.1': 'arn:aws:sns:eu-central-1:123456789012:ops',
    });
    expect(put.status).toBe(200);
    await query('SetAlarmState', {
      AlarmName: 'legacy-errors',
      StateValue: 'ALARM',
      StateReason: 'by hand',
    });
    const alarms = await query('DescribeAlarms', { 'AlarmNames.member.1': 'legacy-errors' });
    expect(alarms.xml).toContain('<MetricAlarms><member><AlarmName>legacy-errors</AlarmName>');
    expect(alarms.xml).toContain(
      '<AlarmActions><member>arn:aws:sns:eu-central-1:123456789012:ops</member></AlarmActions>',
    );
    expect(texts(alarms.xml, 'StateValue')).toEqual(['ALARM']);
    expect(texts(alarms.xml, 'StateUpdatedTimestamp')[0]).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
    );

    const history = await query('DescribeAlarmHistory', {
      AlarmName: 'legacy-errors',
      HistoryItemType: 'StateUpdate',
    });
    expect(texts(history.xml, 'HistorySummary')).toEqual([
      'Alarm updated from INSUFFICIENT_DATA to ALARM',
    ]);
    const data = texts(history.xml, 'HistoryData')[0]!.replaceAll('&quot;', '"');
    expect(JSON.parse(data).newState).toEqual({ stateValue: 'ALARM', stateReason: 'by hand' });
  });

  it.each([
    [
      'PutMetricData',
      { 'MetricData.member.1.MetricName': 'x', 'MetricData.member.1.Value': 1 },
      400,
      'MissingParameter',
      'The parameter Namespace is required.',
    ],
    [
      'GetMetricStatistics',
      {
        Namespace: 'N',
        MetricName: 'x',
        StartTime: 'yesterday',
        EndTime: iso(1),
        Period: 60,
        'Statistics.member.1': 'Sum',
      },
      400,
      'InvalidParameterValue',
      'The value yesterday for parameter StartTime is invalid: ' +
        'expected an ISO 8601 time or epoch seconds.',
    ],
    [
      'SetAlarmState',
      { AlarmName: 'ghost', StateValue: 'OK', StateReason: 'r' },
      404,
      'ResourceNotFound',
      'Alarm ghost does not exist.',
    ],
    [
      'DeleteDashboards',
      {},
      400,
      'InvalidAction',
      'The action DeleteDashboards is not valid for this web service (version 2010-08-01).',
    ],
  ])('answers a bad %s with an ErrorResponse', async (action, params, status, code, message) => {
    const response = await query(action, params);
    expect(response.status).toBe(status);
    expect(response.xml).toMatch(
      new RegExp(
        `<ErrorResponse ${XMLNS}><Error><Type>Sender</Type><Code>${code}</Code>` +
          `<Message>${message.replace(/[.()]/g, '\\$&')}</Message></Error>` +
          '<RequestId>[\\w-]+</RequestId></ErrorResponse>',
      ),
    );
  });
});
