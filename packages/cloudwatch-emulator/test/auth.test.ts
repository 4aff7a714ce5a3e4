import {
  type CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeLogGroupsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CREDENTIALS } from '../src/index.js';
import { startFileEmulator } from './emulator-fixture.js';
import { LOGS_HEADERS, rawRequest, signedRequest } from './raw-http.js';
import { failure, logsClient, PLACEHOLDER_CREDENTIALS, SIGNATURE_MISMATCH } from './sdk-clients.js';

const { emulator } = await startFileEmulator();

/** Changes the request after the SDK signed it, as a proxy in the middle might. */
function afterSigning(
  client: CloudWatchLogsClient,
  change: (request: { headers: Record<string, string>; body: string }) => void,
) {
  client.middlewareStack.add(
    (next) => (args) => {
      change(args.request as { headers: Record<string, string>; body: string });
      return next(args);
    },
    { step: 'deserialize', name: 'changeAfterSigning' },
  );
  return client;
}

describe('signature checks on CloudWatch Logs (JSON 1.1)', () => {
  it('accepts the default pair', async () => {
    const result = await logsClient(emulator).send(new DescribeLogGroupsCommand({}));
    expect(result.$metadata.httpStatusCode).toBe(200);
    expect(emulator.requests(1)[0]).toMatchObject({
      accessKeyId: DEFAULT_CREDENTIALS.accessKeyId,
      region: 'eu-west-1',
      status: 200,
      target: 'Logs_20140328.DescribeLogGroups',
    });
  });

  it('answers UnrecognizedClientException for unknown key ids, the placeholder too', async () => {
    for (const credentials of [
      { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' },
      PLACEHOLDER_CREDENTIALS,
    ]) {
      const error = await failure(
        logsClient(emulator, { credentials }).send(new DescribeLogGroupsCommand({})),
      );
      expect(error.name).toBe('UnrecognizedClientException');
      expect(error.message).toBe('The security token included in the request is invalid.');
      expect(error.$metadata.httpStatusCode).toBe(400);
      expect(emulator.requests(1)[0]).toMatchObject({
        accessKeyId: credentials.accessKeyId,
        status: 400,
      });
    }
  });

  it('answers InvalidSignatureException and the canonical request for a bad secret', async () => {
    const credentials = { ...DEFAULT_CREDENTIALS, secretAccessKey: 'wrong' };
    const error = await failure(
      logsClient(emulator, { credentials }).send(new DescribeLogGroupsCommand({})),
    );
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.message.startsWith(SIGNATURE_MISMATCH)).toBe(true);
    expect(error.message).toContain('The Canonical String for this request should have been');
    expect(error.message).toContain('x-amz-target:Logs_20140328.DescribeLogGroups');
  });

  it('refuses a signed header changed after signing', async () => {
    const client = afterSigning(logsClient(emulator), (request) => {
      request.headers['amz-sdk-invocation-id'] = 'changed-by-a-proxy';
    });
    const error = await failure(client.send(new DescribeLogGroupsCommand({})));
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.message).toContain('amz-sdk-invocation-id:changed-by-a-proxy');
  });

  it('refuses a request whose signed header was dropped on the way', async () => {
    const client = afterSigning(logsClient(emulator), (request) => {
      delete request.headers['amz-sdk-request'];
    });
    const error = await failure(client.send(new DescribeLogGroupsCommand({})));
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.message.startsWith(SIGNATURE_MISMATCH)).toBe(true);
    const logged = emulator.requests(1)[0]!;
    expect(logged.rawHeaders.some(([name]) => name.toLowerCase() === 'amz-sdk-request')).toBe(
      false,
    );
  });

  it('refuses a request whose signed payload hash header was dropped', async () => {
    const client = afterSigning(logsClient(emulator), (request) => {
      delete request.headers['x-amz-content-sha256'];
    });
    const error = await failure(client.send(new DescribeLogGroupsCommand({})));
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.message.startsWith(SIGNATURE_MISMATCH)).toBe(true);
  });

  it('refuses a body changed after signing', async () => {
    const client = afterSigning(logsClient(emulator), (request) => {
      request.body = JSON.stringify({ logGroupName: 'injected' });
      request.headers['content-length'] = String(Buffer.byteLength(request.body));
    });
    const error = await failure(client.send(new CreateLogGroupCommand({ logGroupName: 'mine' })));
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.message).toMatch(/x-amz-content-sha256|does not match/);
  });

  it('answers "Signature expired" 20 minutes behind and "not yet current" ahead', async () => {
    const behind = await failure(
      logsClient(emulator, { systemClockOffset: -20 * 60_000 }).send(
        new DescribeLogGroupsCommand({}),
      ),
    );
    expect(behind.name).toBe('InvalidSignatureException');
    const amzDate = '\\d{8}T\\d{6}Z';
    expect(behind.message).toMatch(
      new RegExp(
        `^Signature expired: ${amzDate} is now earlier than ${amzDate} ` +
          `\\(${amzDate} - 15 min\\.\\)$`,
      ),
    );
    const ahead = await failure(
      logsClient(emulator, { systemClockOffset: 20 * 60_000 }).send(
        new DescribeLogGroupsCommand({}),
      ),
    );
    expect(ahead.message).toMatch(/^Signature not yet current: \d{8}T\d{6}Z is still later than/);
  });

  it('lets the SDK correct its clock from the Date header and retry', async () => {
    const client = logsClient(emulator, { systemClockOffset: -20 * 60_000, maxAttempts: 3 });
    const result = await client.send(new DescribeLogGroupsCommand({}));
    expect(result.$metadata.attempts).toBe(2);
    expect(emulator.requests(2).map((r) => r.status)).toEqual([400, 200]);
  });

  it('answers MissingAuthenticationTokenException for an unsigned request', async () => {
    const response = await rawRequest(emulator, {
      headers: Object.entries(LOGS_HEADERS),
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
    expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('checks a signed Connection header like any other, as a Go signer sends it', async () => {
    const signConnection = {
      service: 'logs' as const,
      headers: { ...LOGS_HEADERS, connection: 'keep-alive' },
      body: '{}',
      signableHeaders: ['connection'],
    };
    expect((await signedRequest(emulator, signConnection)).status).toBe(200);
    const stripped = await signedRequest(emulator, {
      ...signConnection,
      dropAfterSigning: ['connection'],
    });
    expect(stripped.status).toBe(400);
    expect(JSON.parse(stripped.body).__type).toBe('InvalidSignatureException');
  });

  it('refuses a signature scoped to another service', async () => {
    const response = await signedRequest(emulator, {
      service: 'monitoring',
      headers: LOGS_HEADERS,
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).message).toContain("scoped to correct service: 'logs'");
  });

  it('checks presigned query-string signatures, and their expiry', async () => {
    const good = await signedRequest(emulator, {
      service: 'logs',
      headers: LOGS_HEADERS,
      body: '{}',
      presign: { expiresIn: 300 },
    });
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toHaveProperty('logGroups');

    const expired = await signedRequest(emulator, {
      service: 'logs',
      headers: LOGS_HEADERS,
      body: '{}',
      presign: { expiresIn: 60, signingDate: new Date(Date.now() - 10 * 60_000) },
    });
    expect(expired.status).toBe(400);
    expect(JSON.parse(expired.body)).toMatchObject({ __type: 'InvalidSignatureException' });
    expect(JSON.parse(expired.body).message).toMatch(/^Signature expired/);

    const wrongSecret = await signedRequest(emulator, {
      service: 'logs',
      headers: LOGS_HEADERS,
      body: '{}',
      credentials: { ...DEFAULT_CREDENTIALS, secretAccessKey: 'wrong' },
      presign: { expiresIn: 300 },
    });
    expect(JSON.parse(wrongSecret.body).message.startsWith(SIGNATURE_MISMATCH)).toBe(true);
  });
});
