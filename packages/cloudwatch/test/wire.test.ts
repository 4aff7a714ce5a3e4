import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCloudWatchTool, PLACEHOLDER_CREDENTIALS } from '../src/index.js';
import {
  credentialScope,
  type FakeAws,
  type ReceivedRequest,
  signedHeaders,
  startFakeAws,
} from './fakeAws.js';

const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'upgrade',
  'transfer-encoding',
];

let server: FakeAws;

beforeAll(async () => {
  server = await startFakeAws((request) => {
    if (request.operation === 'DescribeLogGroups') return { body: { logGroups: [] } };
    if (request.operation === 'ListMetrics') return { body: { Metrics: [] } };
    return { status: 400, body: { __type: 'UnknownOperationException' } };
  });
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  vi.unstubAllEnvs();
});

function header(request: ReceivedRequest, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

function headerNames(request: ReceivedRequest): string[] {
  return request.rawHeaders.filter((_, index) => index % 2 === 0).map((name) => name.toLowerCase());
}

describe('requests on the wire (auth mode proxy)', () => {
  it.each([
    ['listLogGroups', 'logs', 'eu-west-1'],
    ['listMetrics', 'monitoring', 'ap-southeast-2'],
  ] as const)(
    '%s is signed with the placeholder key for %s in the region',
    async (method, service, region) => {
      const tool = createCloudWatchTool({ endpoint: server.url, region, env: {} });
      await tool[method]({});
      tool.destroy();

      const [request] = server.requests;
      const [keyId, , scopeRegion, scopeService, terminator] = credentialScope(
        header(request!, 'authorization'),
      );
      expect(keyId).toBe(PLACEHOLDER_CREDENTIALS.accessKeyId);
      expect([scopeRegion, scopeService, terminator]).toEqual([region, service, 'aws4_request']);
    },
  );

  it.each(['listLogGroups', 'listMetrics'] as const)(
    '%s sends no hop-by-hop header and every signed header arrives',
    async (method) => {
      const tool = createCloudWatchTool({ endpoint: server.url, env: {} });
      await tool[method]({});
      tool.destroy();

      const [request] = server.requests;
      const names = headerNames(request!);
      expect(names.filter((name) => HOP_BY_HOP.includes(name))).toEqual([]);
      const signed = signedHeaders(header(request!, 'authorization'));
      expect(signed).toContain('x-amz-date');
      expect(signed.filter((name) => !names.includes(name))).toEqual([]);
      expect(header(request!, 'content-length')).toMatch(/^\d+$/);
    },
  );

  it('keeps one connection for successive calls without a Connection header', async () => {
    const before = server.connections();
    const tool = createCloudWatchTool({ endpoint: server.url, env: {} });
    for (let call = 0; call < 5; call += 1) await tool.listLogGroups();
    tool.destroy();

    expect(server.connections() - before).toBe(1);
    expect(new Set(server.requests.map((request) => request.socket)).size).toBe(1);
  });

  it('ignores AWS keys in the environment', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAREALKEYFROMENV00');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'real-secret-from-env');
    vi.stubEnv('AWS_SESSION_TOKEN', 'real-session-token');
    vi.stubEnv('NO_PROXY', '*');
    const tool = createCloudWatchTool({ endpoint: server.url });
    await tool.listLogGroups();
    tool.destroy();

    const [request] = server.requests;
    expect(credentialScope(header(request!, 'authorization'))[0]).toBe(
      PLACEHOLDER_CREDENTIALS.accessKeyId,
    );
    expect(request!.headers['x-amz-security-token']).toBeUndefined();
  });
});

describe('requests on the wire (auth mode sdk)', () => {
  it('signs with the credentials given', async () => {
    const tool = createCloudWatchTool({
      endpoint: server.url,
      auth: 'sdk',
      credentials: { accessKeyId: 'AKIAEXPLICIT00000000', secretAccessKey: 'explicit-secret' },
      env: {},
    });
    await tool.listLogGroups();
    tool.destroy();

    expect(credentialScope(header(server.requests[0]!, 'authorization'))[0]).toBe(
      'AKIAEXPLICIT00000000',
    );
  });

  it('uses the default chain, which reads the environment keys', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAFROMDEFAULTCHAIN');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret-from-default-chain');
    vi.stubEnv('KEYLESS_AWS_AUTH', 'sdk');
    vi.stubEnv('NO_PROXY', '*');
    const tool = createCloudWatchTool({ endpoint: server.url });
    await tool.listLogGroups();
    tool.destroy();

    expect(tool.auth).toBe('sdk');
    expect(credentialScope(header(server.requests[0]!, 'authorization'))[0]).toBe(
      'AKIAFROMDEFAULTCHAIN',
    );
  });
});

describe('region', () => {
  it.each([
    [{ AWS_REGION: 'eu-north-1', AWS_DEFAULT_REGION: 'us-west-2' }, undefined, 'eu-north-1'],
    [{ AWS_DEFAULT_REGION: 'us-west-2' }, undefined, 'us-west-2'],
    [{}, undefined, 'us-east-1'],
    [{ AWS_REGION: 'eu-north-1' }, 'sa-east-1', 'sa-east-1'],
  ])('env %j and option %s sign for %s', async (env, region, expected) => {
    const tool = createCloudWatchTool({ endpoint: server.url, env, ...(region ? { region } : {}) });
    await tool.listLogGroups();
    tool.destroy();

    expect(tool.region).toBe(expected);
    expect(credentialScope(header(server.requests[0]!, 'authorization'))[2]).toBe(expected);
  });
});
