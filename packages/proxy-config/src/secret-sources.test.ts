import { describe, expect, it } from 'vitest';
import { ProxyConfigError } from './proxy-config-error.js';
import { type SecretSourceOptions, secretSource, validateSecretSource } from './secret-sources.js';

const REF = 'CLOUDWATCH_AWS_ACCESS_KEY_ID';

describe('secretSource', () => {
  it.each<[string, SecretSourceOptions, Record<string, unknown>]>([
    ['env', { type: 'env' }, { type: 'env', var: REF }],
    [
      '1password with defaults',
      { type: '1password', vault: 'platform' },
      { type: '1password', secret_ref: `op://platform/${REF}/credential`, ttl: '15m' },
    ],
    [
      '1password with field and ttl',
      { type: '1password', vault: 'platform', field: 'password', ttl: '1h' },
      { type: '1password', secret_ref: `op://platform/${REF}/password`, ttl: '1h' },
    ],
    [
      '1password_connect cached for good',
      { type: '1password_connect', vault: 'platform', ttl: null },
      { type: '1password_connect', secret_ref: `op://platform/${REF}/credential` },
    ],
    ['aws_sm by name', { type: 'aws_sm' }, { type: 'aws_sm', secret_id: REF, ttl: '15m' }],
    [
      'aws_sm with prefix and region',
      { type: 'aws_sm', prefix: 'keyless/', region: 'eu-west-1' },
      { type: 'aws_sm', secret_id: `keyless/${REF}`, region: 'eu-west-1', ttl: '15m' },
    ],
    [
      'aws_sm as a key of one JSON secret',
      { type: 'aws_sm', secretId: 'keyless/tools' },
      { type: 'aws_sm', secret_id: 'keyless/tools', json_key: REF, ttl: '15m' },
    ],
    [
      'aws_ssm with defaults',
      { type: 'aws_ssm' },
      { type: 'aws_ssm', name: `/keyless/${REF}`, with_decryption: true, ttl: '15m' },
    ],
    [
      'aws_ssm with prefix, region, no decryption',
      { type: 'aws_ssm', pathPrefix: '/prod/keyless/', region: 'us-east-1', withDecryption: false },
      {
        type: 'aws_ssm',
        name: `/prod/keyless/${REF}`,
        region: 'us-east-1',
        with_decryption: false,
        ttl: '15m',
      },
    ],
    ['file with defaults', { type: 'file' }, { type: 'file', path: `/run/secrets/${REF}` }],
    [
      'file with prefix and ttl',
      { type: 'file', pathPrefix: '/var/keyless/', ttl: '5m' },
      { type: 'file', path: `/var/keyless/${REF}`, ttl: '5m' },
    ],
  ])('renders %s', (_, options, expected) => {
    validateSecretSource(options);
    const source = secretSource(REF, options, 'cloudwatch: secrets[0].access_key_id');
    expect(source).toEqual(expected);
    expect(Object.keys(source)).toEqual(Object.keys(expected));
  });

  it('refuses a reference that is no environment variable name for env', () => {
    const error = capture(() =>
      secretSource('cloudwatch.key', { type: 'env' }, 'cw: secrets[0].ref'),
    );
    expect(error.code).toBe('E_REFERENCE');
    expect(error.message).toBe(
      'cw: secrets[0].ref: expected an environment variable name for the env backend, ' +
        'got "cloudwatch.key"',
    );
  });
});

describe('validateSecretSource', () => {
  it.each<[string, unknown, string]>([
    [
      'an unknown type',
      { type: 'vault' },
      'secretSource.type: expected env, 1password, 1password_connect, aws_sm, aws_ssm or file, ' +
        'got "vault"',
    ],
    [
      '1password without vault',
      { type: '1password' },
      'secretSource.vault: expected a 1Password vault name without "/", got nothing',
    ],
    [
      'a field with a slash',
      { type: '1password_connect', vault: 'v', field: 'a/b' },
      'secretSource.field: expected a field name without "/", got "a/b"',
    ],
    [
      'a bad ttl',
      { type: 'aws_sm', ttl: '15 minutes' },
      'secretSource.ttl: expected a Go duration such as 15m or 1h30m, got "15 minutes"',
    ],
    [
      'aws_sm with both forms',
      { type: 'aws_sm', prefix: 'a/', secretId: 'b' },
      'secretSource.secretId: expected either secretId (one JSON secret) or prefix, got both',
    ],
    [
      'a relative ssm path',
      { type: 'aws_ssm', pathPrefix: 'keyless/' },
      'secretSource.pathPrefix: expected a path such as /keyless/, got "keyless/"',
    ],
    [
      'a file prefix without slash',
      { type: 'file', pathPrefix: '/run/secrets' },
      'secretSource.pathPrefix: expected a folder ending in "/", got "/run/secrets"',
    ],
  ])('refuses %s', (_, options, message) => {
    const error = capture(() => validateSecretSource(options as SecretSourceOptions));
    expect(error.code).toBe('E_SECRET_SOURCE');
    expect(error.message).toBe(message);
  });
});

function capture(run: () => unknown): ProxyConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProxyConfigError);
    return error as ProxyConfigError;
  }
  throw new Error('expected a ProxyConfigError');
}
