import { ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CREDENTIALS, startEmulator } from '../src/index.js';
import { startFileEmulator } from './emulator-fixture.js';
import { LOGS_HEADERS, rawRequest, signedRequest } from './raw-http.js';
import {
  cloudWatchClient,
  failure,
  logsClient,
  PLACEHOLDER_CREDENTIALS,
  SIGNATURE_MISMATCH,
} from './sdk-clients.js';

const { emulator } = await startFileEmulator();

describe('signature checks on CloudWatch (query-compatible JSON 1.0 and awsQuery)', () => {
  it('answers InvalidClientTokenId and SignatureDoesNotMatch, both 403, to the SDK', async () => {
    const unknown = await failure(
      cloudWatchClient(emulator, {
        credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' },
      }).send(new ListMetricsCommand({})),
    );
    expect(unknown.name).toBe('InvalidClientTokenId');
    expect(unknown.Code).toBe('InvalidClientTokenId');
    expect(unknown.$metadata.httpStatusCode).toBe(403);

    const wrong = await failure(
      cloudWatchClient(emulator, {
        credentials: { ...DEFAULT_CREDENTIALS, secretAccessKey: 'x' },
      }).send(new ListMetricsCommand({})),
    );
    expect(wrong.name).toBe('SignatureDoesNotMatch');
    expect(wrong.$metadata.httpStatusCode).toBe(403);
    expect(wrong.message.startsWith(SIGNATURE_MISMATCH)).toBe(true);
  });

  it('answers awsQuery errors as XML with the query code', async () => {
    const response = await signedRequest(emulator, {
      service: 'monitoring',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: 'Action=ListMetrics&Version=2010-08-01',
      credentials: { ...DEFAULT_CREDENTIALS, secretAccessKey: 'wrong' },
    });
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toBe('text/xml');
    expect(response.body).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(response.body).toContain('<Type>Sender</Type>');
    expect(response.body).toMatch(/<RequestId>[0-9a-f-]{36}<\/RequestId>/);
  });

  it('accepts a presigned awsQuery GET', async () => {
    const response = await signedRequest(emulator, {
      service: 'monitoring',
      method: 'GET',
      headers: {},
      query: { Action: 'ListMetrics', Version: '2010-08-01' },
      presign: { expiresIn: 300 },
    });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<ListMetricsResponse');
    expect(emulator.requests(1)[0]).toMatchObject({ action: 'ListMetrics', service: 'monitoring' });
  });
});

describe('auth switched off or widened', () => {
  it('with auth: false accepts unsigned requests and any key', async () => {
    const open = await startEmulator({ auth: false });
    try {
      const response = await rawRequest(open, {
        headers: Object.entries(LOGS_HEADERS),
        body: '{}',
      });
      expect(response.status).toBe(200);
      const client = logsClient(open, {
        credentials: { accessKeyId: 'anything', secretAccessKey: 'x' },
      });
      expect((await client.send(new DescribeLogGroupsCommand({}))).logGroups).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('accepts the placeholder pair only when it is listed', async () => {
    const widened = await startEmulator({
      credentials: [DEFAULT_CREDENTIALS, PLACEHOLDER_CREDENTIALS],
    });
    try {
      const client = logsClient(widened, { credentials: PLACEHOLDER_CREDENTIALS });
      expect((await client.send(new DescribeLogGroupsCommand({}))).$metadata.httpStatusCode).toBe(
        200,
      );
      expect(widened.requests(1)[0]!.accessKeyId).toBe(PLACEHOLDER_CREDENTIALS.accessKeyId);
    } finally {
      await widened.close();
    }
  });
});
