import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { ModelError } from '../errors.js';
import { matchAnyRule, parseRules } from '../hostmatch.js';
import type { ProxiedRequest, ProxyResponse, Transform } from '../request.js';
import { createSecretSource, type SecretSource } from '../secretSource.js';

/** The only headers aws-sdk-go-v2's signer leaves out; it signs every other header present. */
const GO_SIGNER_IGNORED = new Set(['authorization', 'user-agent', 'x-amzn-trace-id', 'expect']);

const STRIPPED = ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];

function reject(statusCode: number, reason: string): { action: 'reject'; response: ProxyResponse } {
  return {
    action: 'reject',
    response: {
      statusCode,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(`{"error":"aws_auth","reason":"${reason}"}`),
    },
  };
}

function inboundScope(request: ProxiedRequest): { region: string; service: string } | undefined {
  const authorization = request.headers.get('authorization')?.[0];
  const credential = authorization
    ? /^AWS4-HMAC-SHA256 .*Credential=([^,\s]+)/.exec(authorization)?.[1]
    : new URL(request.path, 'https://x').searchParams.get('X-Amz-Credential');
  const parts = credential?.split('/');
  if (parts?.length !== 5 || parts[4] !== 'aws4_request' || !parts[2] || !parts[3]) return;
  return { region: parts[2], service: parts[3] };
}

function allowSet(value: unknown): Set<string> | undefined {
  const items = ((value as string[] | undefined) ?? []).filter(Boolean);
  return items.length > 0 ? new Set(items) : undefined;
}

export function createAwsAuth(config: Record<string, unknown>, env: NodeJS.ProcessEnv): Transform {
  if (config.credentials_provider !== undefined) {
    throw new ModelError('E_NOT_MODELLED', 'aws_auth: credentials_provider is not modelled');
  }
  for (const key of ['unsigned_payload', 'allow_chunked_body']) {
    if (config[key] === true) throw new ModelError('E_NOT_MODELLED', `aws_auth: ${key}`);
  }
  if (config.access_key_id === undefined || config.secret_access_key === undefined) {
    throw new ModelError('E_CONFIG', 'aws_auth: access_key_id and secret_access_key are required');
  }
  const accessKeyId: SecretSource = createSecretSource(config.access_key_id, env);
  const secretAccessKey: SecretSource = createSecretSource(config.secret_access_key, env);
  const rules = parseRules(config.rules, 'aws_auth');
  if (rules.length === 0) {
    throw new ModelError('E_CONFIG', 'aws_auth: at least one entry in "rules" is required');
  }
  const allowedRegions = allowSet(config.allowed_regions);
  const allowedServices = allowSet(config.allowed_services);

  return {
    name: 'aws_auth',
    async apply(request) {
      if (!matchAnyRule(rules, request.method, request.host, request.path)) {
        return { action: 'continue' };
      }
      const scope = inboundScope(request);
      if (!scope) return reject(400, 'missing_sigv4');
      if (allowedRegions && !allowedRegions.has(scope.region)) {
        return reject(403, 'region_not_allowed');
      }
      if (allowedServices && !allowedServices.has(scope.service)) {
        return reject(403, 'service_not_allowed');
      }

      const [keyId, secret] = [accessKeyId(), secretAccessKey()];
      if (!keyId || !secret) return reject(502, 'credential_unavailable');
      const credentials = { accessKeyId: keyId, secretAccessKey: secret };
      if (request.chunked) return reject(400, 'chunked_body_not_allowed');

      for (const name of STRIPPED) request.headers.delete(name);
      const payloadHash = new Sha256();
      payloadHash.update(request.body);
      const hash = Buffer.from(await payloadHash.digest()).toString('hex');
      request.headers.set('x-amz-content-sha256', [hash]);

      // Sign exactly what is present, hop-by-hop headers included, as the Go signer does.
      const headers: Record<string, string> = {};
      for (const [name, values] of request.headers) headers[name] = values.join(',');
      const url = new URL(request.path, `https://${request.host}`);
      const signer = new SignatureV4({
        credentials,
        region: scope.region,
        service: scope.service,
        sha256: Sha256,
        uriEscapePath: scope.service !== 's3',
      });
      const signed = await signer.sign(
        {
          method: request.method,
          protocol: 'https:',
          hostname: url.hostname,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers,
          body: request.body,
        },
        {
          signableHeaders: new Set(Object.keys(headers).filter((h) => !GO_SIGNER_IGNORED.has(h))),
          unsignableHeaders: GO_SIGNER_IGNORED,
        },
      );
      for (const [name, value] of Object.entries(signed.headers)) {
        request.headers.set(name.toLowerCase(), [value]);
      }
      return { action: 'continue' };
    },
  };
}
