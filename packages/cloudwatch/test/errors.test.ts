import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudWatchError, type CloudWatchToolOptions, createCloudWatchTool } from '../src/index.js';
import { awsError, type FakeAws, type FakeReply, startFakeAws } from './fakeAws.js';

// The test sets the next replies; once they run out the server answers success.
let script: FakeReply[] = [];
let server: FakeAws;

beforeAll(async () => {
  server = await startFakeAws(() => script.shift() ?? { body: { logGroups: [], Metrics: [] } });
});
afterAll(() => server.close());
afterEach(() => {
  script = [];
  server.requests.length = 0;
});

async function failure(
  replies: FakeReply[],
  options: CloudWatchToolOptions = {},
  method: 'listLogGroups' | 'listMetrics' = 'listLogGroups',
): Promise<CloudWatchError> {
  script = replies;
  const tool = createCloudWatchTool({ endpoint: server.url, maxAttempts: 1, env: {}, ...options });
  try {
    await tool[method]();
  } catch (error) {
    if (error instanceof CloudWatchError) return error;
    throw error;
  } finally {
    tool.destroy();
  }
  throw new Error('the call succeeded');
}

const ironProxy = (status: number, reason: string): FakeReply => ({
  status,
  body: { error: 'aws_auth', reason },
  headers: { 'content-type': 'application/json' },
});

describe('iron-proxy rejections', () => {
  it.each([
    ['missing_sigv4', 400, 'Authorization'],
    ['region_not_allowed', 403, 'Add "eu-central-1" to allowed_regions'],
    ['service_not_allowed', 403, 'Add "logs" to allowed_services'],
    ['credential_unavailable', 502, 'credentials_provider'],
    ['body_missing', 400, 'body'],
    ['body_read_failed', 400, 'Retry'],
    ['body_truncated', 413, 'smaller request'],
    ['chunked_body_not_allowed', 400, 'allow_chunked_body'],
    ['signing_failed', 500, 'proxy log'],
  ])('%s (HTTP %i) is E_PROXY_REJECTED with what to change', async (reason, status, change) => {
    const error = await failure([ironProxy(status, reason)], { region: 'eu-central-1' });

    expect(error).toMatchObject({ code: 'E_PROXY_REJECTED', reason, statusCode: status });
    expect(error.message).toContain(reason);
    expect(error.hint).toContain(change);
  });

  it('names the monitoring service for metric calls', async () => {
    const error = await failure([ironProxy(403, 'service_not_allowed')], {}, 'listMetrics');
    expect(error.hint).toBe('Add "monitoring" to allowed_services of the aws_auth secret.');
  });

  it('an unknown reason is still reported with its name', async () => {
    const error = await failure([ironProxy(403, 'something_new')]);
    expect(error).toMatchObject({ code: 'E_PROXY_REJECTED', reason: 'something_new' });
  });
});

describe('AWS errors', () => {
  const signatureErrors = [
    'UnrecognizedClientException',
    'IncompleteSignatureException',
    'ExpiredTokenException',
  ];

  it.each(signatureErrors)('%s in auth mode proxy says to go through iron-proxy', async (name) => {
    const error = await failure([awsError(400, name, 'The security token is invalid.')]);

    expect(error).toMatchObject({ code: 'E_AUTH', awsErrorName: name, statusCode: 400 });
    expect(error.message).toContain('placeholder keys');
    expect(error.hint).toContain('HTTPS_PROXY');
    expect(error.hint).toContain('"sdk"');
  });

  it.each([
    ['InvalidSignatureException', 400, 'listLogGroups'],
    ['SignatureDoesNotMatch', 403, 'listMetrics'],
  ] as const)(
    '%s in auth mode proxy points at a header stripped after signing',
    async (name, status, method) => {
      const error = await failure([awsError(status, name)], {}, method);

      expect(error).toMatchObject({ code: 'E_AUTH', awsErrorName: name });
      expect(error.message).toContain('a header it signed was changed or removed');
      expect(error.hint).toContain('header_allowlist');
    },
  );

  it.each(['InvalidClientTokenId', 'SignatureDoesNotMatch'])(
    '%s from CloudWatch metrics is E_AUTH too',
    async (name) => {
      const error = await failure([awsError(403, name)], {}, 'listMetrics');
      expect(error).toMatchObject({ code: 'E_AUTH', awsErrorName: name });
    },
  );

  it('an auth failure in auth mode sdk blames the credentials in use', async () => {
    const error = await failure([awsError(400, 'UnrecognizedClientException')], {
      auth: 'sdk',
      credentials: { accessKeyId: 'AKIAWRONG', secretAccessKey: 'wrong' },
    });

    expect(error.code).toBe('E_AUTH');
    expect(error.message).not.toContain('placeholder');
  });

  it.each([
    ['ResourceNotFoundException', 400, 'E_NOT_FOUND', false],
    ['AccessDeniedException', 400, 'E_AUTH', false],
    ['InvalidParameterException', 400, 'E_INPUT', false],
    ['ThrottlingException', 400, 'E_THROTTLED', true],
    ['ServiceUnavailableException', 503, 'E_AWS', true],
  ])('%s (HTTP %i) is %s, retryable %s', async (name, status, code, retryable) => {
    const error = await failure([awsError(status, name)]);

    expect(error).toMatchObject({ code, retryable, awsErrorName: name, statusCode: status });
    expect(error.requestId).toBe('req-1');
  });

  it('a connection refused is E_NETWORK', async () => {
    const closed = await startFakeAws(() => ({ body: {} }));
    await closed.close();
    const error = await failure([], { endpoint: closed.url });
    expect(error).toMatchObject({ code: 'E_NETWORK', retryable: true });
  });
});

describe('retries', () => {
  it.each([
    ['throttling', awsError(400, 'ThrottlingException')],
    ['HTTP 503', awsError(503, 'ServiceUnavailableException')],
    ['iron-proxy credential_unavailable', ironProxy(502, 'credential_unavailable')],
  ])('%s is retried up to maxAttempts', async (_, reply) => {
    script = [reply, reply];
    const tool = createCloudWatchTool({ endpoint: server.url, maxAttempts: 3, env: {} });
    await expect(tool.listLogGroups()).resolves.toEqual({ logGroups: [] });
    tool.destroy();

    expect(server.requests.map((request) => request.headers['amz-sdk-request'])).toEqual([
      'attempt=1; max=3',
      'attempt=2; max=3',
      'attempt=3; max=3',
    ]);
  });

  it('gives up after maxAttempts', async () => {
    const error = await failure([awsError(503, 'ServiceUnavailableException')], { maxAttempts: 1 });
    expect(error.code).toBe('E_AWS');
    expect(server.requests).toHaveLength(1);
  });
});
