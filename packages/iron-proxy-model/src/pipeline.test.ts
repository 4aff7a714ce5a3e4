import { describe, expect, it } from 'vitest';
import { ModelError } from './errors.js';
import { buildPipeline } from './pipeline.js';
import { headersFromRaw, type ProxiedRequest, removeHopByHopHeaders } from './request.js';

const PLACEHOLDER_AUTH =
  'AWS4-HMAC-SHA256 Credential=PLACEHOLDER/20260101/eu-west-1/logs/aws4_request, ' +
  'SignedHeaders=host;x-amz-date, Signature=00';

function request(extra: [string, string][] = []): ProxiedRequest {
  return {
    method: 'POST',
    host: 'logs.eu-west-1.amazonaws.com',
    path: '/',
    headers: headersFromRaw([
      ['Host', 'logs.eu-west-1.amazonaws.com'],
      ['Content-Type', 'application/x-amz-json-1.1'],
      ['Content-Length', '2'],
      ['X-Amz-Target', 'Logs_20140328.DescribeLogGroups'],
      ['X-Amz-Date', '20260101T000000Z'],
      ['Authorization', PLACEHOLDER_AUTH],
      ['User-Agent', 'test'],
      ...extra,
    ]),
    chunked: false,
    body: Buffer.from('{}'),
  };
}

const env = { REAL_ID: 'AKIAREAL', REAL_SECRET: 'real-secret' };
const awsAuth = (extra = '') => `
transforms:
  - name: aws_auth
    config:
      access_key_id: { type: env, var: REAL_ID }
      secret_access_key: { type: env, var: REAL_SECRET }
      rules: [{ host: "logs.*.amazonaws.com" }]
${extra}`;

async function run(configYaml: string, req: ProxiedRequest, processEnv: NodeJS.ProcessEnv = env) {
  for (const transform of buildPipeline(configYaml, processEnv)) {
    const outcome = await transform.apply(req);
    if (outcome.action === 'reject') {
      return { status: outcome.response.statusCode, body: outcome.response.body.toString() };
    }
  }
  return { status: 0, body: '' };
}

const signedHeaders = (req: ProxiedRequest) =>
  /SignedHeaders=([^,]+)/.exec(req.headers.get('authorization')?.[0] ?? '')?.[1]?.split(';');

describe('aws_auth', () => {
  it('re-signs with the real key over all headers but the four the Go signer skips', async () => {
    const req = request([['Connection', 'keep-alive']]);
    expect(await run(awsAuth(), req)).toEqual({ status: 0, body: '' });

    const authorization = req.headers.get('authorization')?.[0] ?? '';
    expect(authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAREAL\/\d{8}\/eu-west-1\/logs\//,
    );
    expect(signedHeaders(req)).toEqual([
      'connection',
      'content-length',
      'content-type',
      'host',
      'x-amz-content-sha256',
      'x-amz-date',
      'x-amz-target',
    ]);
    expect(req.headers.get('x-amz-content-sha256')?.[0]).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
  });

  it.each([
    ['region_not_allowed', 403, '      allowed_regions: [us-east-1]'],
    ['service_not_allowed', 403, '      allowed_services: [monitoring]'],
  ])('rejects with %s', async (reason, status, extra) => {
    const config = awsAuth().replace('      rules:', `${extra}\n      rules:`);
    expect(await run(config, request())).toEqual({
      status,
      body: `{"error":"aws_auth","reason":"${reason}"}`,
    });
  });

  it('rejects an unsigned request and an unavailable credential', async () => {
    const unsigned = request();
    unsigned.headers.delete('authorization');
    expect((await run(awsAuth(), unsigned)).body).toContain('missing_sigv4');
    expect(await run(awsAuth(), request(), {})).toEqual({
      status: 502,
      body: '{"error":"aws_auth","reason":"credential_unavailable"}',
    });
  });

  it('passes requests for hosts outside its rules unchanged', async () => {
    const req = request();
    req.host = 'example.com';
    await run(awsAuth(), req);
    expect(req.headers.get('authorization')?.[0]).toBe(PLACEHOLDER_AUTH);
  });
});

describe('header_allowlist', () => {
  it('keeps allowed headers by name or /regex/, and never Host or Content-Length', async () => {
    const req = request([['X-Other', '1']]);
    await run(
      'transforms:\n  - name: header_allowlist\n    config:\n' +
        '      headers: [Content-Type, "/^x-amz-.*$/"]',
      req,
    );
    expect([...req.headers.keys()].sort()).toEqual([
      'content-length',
      'content-type',
      'host',
      'x-amz-date',
      'x-amz-target',
    ]);
  });
});

describe('allowlist', () => {
  it('answers a bare 403 for a host it does not list', async () => {
    const config =
      'transforms:\n  - name: allowlist\n    config:\n      domains: ["*.example.com"]';
    expect((await run(config, request())).status).toBe(403);
  });
});

describe('buildPipeline', () => {
  it.each([
    ['unknown top-level key', 'transformz: []', 'E_CONFIG'],
    ['a transform it does not model', 'transforms: [{ name: gcp_auth }]', 'E_NOT_MODELLED'],
  ])('refuses %s', (_, configYaml, code) => {
    expect(() => buildPipeline(configYaml, {})).toThrow(
      expect.objectContaining({ name: ModelError.name, code }),
    );
  });
});

describe('removeHopByHopHeaders', () => {
  it('drops hop-by-hop headers and those that Connection names', () => {
    const headers = headersFromRaw([
      ['Connection', 'keep-alive, X-Custom'],
      ['Keep-Alive', 'timeout=5'],
      ['X-Custom', '1'],
      ['X-Amz-Target', 'A'],
    ]);
    removeHopByHopHeaders(headers);
    expect([...headers.keys()]).toEqual(['x-amz-target']);
  });
});
