import { describe, expect, it } from 'vitest';
import { example, httpSecret, type Json, withSecret } from '../test/manifest-fixtures.js';
import type { ManifestError } from './manifest-error.js';
import { parseToolManifest, parseToolPackage } from './parse-manifest.js';

describe('parseToolManifest', () => {
  it('parses the full example into a deeply frozen value', () => {
    const manifest = parseToolManifest(example(), 'tools/cloudwatch');
    expect(manifest).toEqual({
      module: '@keyless/cloudwatch',
      hosts: ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com'],
      secrets: [
        {
          type: 'aws_auth',
          name: 'cloudwatch',
          hosts: ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com'],
          access_key_id: 'CLOUDWATCH_AWS_ACCESS_KEY_ID',
          secret_access_key: 'CLOUDWATCH_AWS_SECRET_ACCESS_KEY',
          allowed_regions: [],
          allowed_services: ['logs', 'monitoring'],
        },
      ],
      timeout_s: 60,
      aws_actions: ['logs:DescribeLogGroups', 'logs:FilterLogEvents', 'cloudwatch:ListMetrics'],
    });
    expect(Object.isFrozen(manifest)).toBe(true);
    expect(Object.isFrozen(manifest.secrets[0]!.hosts)).toBe(true);
    expect(Object.isFrozen(manifest.aws_actions)).toBe(true);
  });

  it('does not freeze or keep the caller’s arrays', () => {
    const input = example();
    const manifest = parseToolManifest(input);
    expect(Object.isFrozen(input.hosts)).toBe(false);
    expect(manifest.hosts).not.toBe(input.hosts);
  });

  it.each<[string, Json, unknown]>([
    [
      'session_token (kept for the renderer to refuse)',
      withSecret({ session_token: 'CLOUDWATCH_AWS_SESSION_TOKEN' }),
      { session_token: 'CLOUDWATCH_AWS_SESSION_TOKEN' },
    ],
    [
      'regions and services',
      withSecret({ allowed_regions: ['eu-west-1', 'us-east-1'], allowed_services: ['logs'] }),
      { allowed_regions: ['eu-west-1', 'us-east-1'], allowed_services: ['logs'] },
    ],
    [
      'absent regions and services as empty lists',
      withSecret({ allowed_regions: undefined, allowed_services: undefined }),
      { allowed_regions: [], allowed_services: [] },
    ],
    [
      'workload identity',
      withSecret({
        access_key_id: undefined,
        secret_access_key: undefined,
        credentials_provider: { type: 'workload_identity' },
      }),
      { credentials_provider: { type: 'workload_identity' } },
    ],
    [
      'workload identity with a region',
      withSecret({
        access_key_id: undefined,
        secret_access_key: undefined,
        credentials_provider: { type: 'workload_identity', region: 'eu-central-1' },
      }),
      { credentials_provider: { type: 'workload_identity', region: 'eu-central-1' } },
    ],
    [
      'an http header with a formatter',
      withSecret({}, httpSecret({ header: 'Authorization', formatter: 'Bearer {{ .Value }}' })),
      { header: 'Authorization', formatter: 'Bearer {{ .Value }}', require: false },
    ],
    [
      'an http query parameter, required',
      withSecret({}, httpSecret({ query_param: 'api_key', require: true })),
      { query_param: 'api_key', require: true },
    ],
    [
      'an http replace',
      withSecret(
        {},
        httpSecret({
          replace: {
            placeholder: 'keyless-api-token',
            in: ['headers', 'body'],
            headers: ['X-Key'],
          },
        }),
      ),
      {
        replace: { placeholder: 'keyless-api-token', in: ['headers', 'body'], headers: ['X-Key'] },
      },
    ],
  ])('accepts %s', (_, input, expected) => {
    const manifest = parseToolManifest(input);
    expect(manifest.secrets[0]).toMatchObject(expected as object);
  });

  it('accepts a manifest without secrets, timeout or actions', () => {
    const manifest = parseToolManifest({ module: 'm', hosts: ['a.example.com'] });
    expect(manifest).toEqual({
      module: 'm',
      hosts: ['a.example.com'],
      secrets: [],
      aws_actions: [],
    });
  });
});

describe('parseToolPackage', () => {
  it('reads name, version, bin and the manifest', () => {
    const pkg = parseToolPackage(
      {
        name: '@keyless/cloudwatch-cli',
        version: '0.1.0',
        bin: { cloudwatch: './dist/cli.mjs' },
        keyless: example(),
      },
      'tools/cloudwatch',
    );
    expect(pkg.packageName).toBe('@keyless/cloudwatch-cli');
    expect(pkg.version).toBe('0.1.0');
    expect(pkg.bin).toEqual({ cloudwatch: './dist/cli.mjs' });
    expect(pkg.manifest.module).toBe('@keyless/cloudwatch');
  });

  it('names a string bin after the unscoped package', () => {
    const pkg = parseToolPackage(
      { name: '@acme/logs-tool', bin: './cli.mjs', keyless: example() },
      'tools/logs',
    );
    expect(pkg.bin).toEqual({ 'logs-tool': './cli.mjs' });
  });

  it.each<[string, unknown, string]>([
    ['not an object', [], 'tools/x/package.json: expected a JSON object, got []'],
    [
      'no name',
      { keyless: example() },
      'tools/x/package.json: name: expected a non-empty package name, got nothing',
    ],
    [
      'no manifest',
      { name: 'x' },
      'tools/x/package.json: keyless: expected a "keyless" manifest object, got nothing',
    ],
    [
      'a bad bin',
      { name: 'x', bin: ['a'], keyless: example() },
      'tools/x/package.json: bin: expected a path or a map of command to path, got ["a"]',
    ],
  ])('refuses a package.json with %s', (_, input, message) => {
    try {
      parseToolPackage(input, 'tools/x');
      expect.unreachable();
    } catch (error) {
      expect((error as ManifestError).code).toBe('E_PACKAGE_JSON');
      expect((error as ManifestError).message).toBe(message);
    }
  });
});
