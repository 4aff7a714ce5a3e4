import { describe, expect, it } from 'vitest';
import { AWS_AUTH, type Expected, summary, transform } from '../../test/configs.js';

describe('checkProxyConfig on transforms', () => {
  it.each<[string, string, Expected[]]>([
    [
      'a misspelt key iron-proxy would ignore',
      `${AWS_AUTH}\n      allowed_service: [monitoring]`,
      [
        [
          'error',
          'transforms[0].config.allowed_service',
          'unknown key "allowed_service": iron-proxy ignores it silently, ' +
            'so what it was meant to do does not happen; did you mean "allowed_services"? ' +
            'known keys: access_key_id, secret_access_key, credentials_provider, ' +
            'allowed_regions, allowed_services, unsigned_payload, allow_chunked_body, rules',
        ],
      ],
    ],
    [
      'a session_token',
      `${AWS_AUTH}\n      session_token: {type: env, var: ST}`,
      [
        [
          'error',
          'transforms[0].config.session_token',
          'iron-proxy has no session_token key (removed in v0.41.0) and ignores it; ' +
            'temporary keys need credentials_provider: {type: workload_identity}',
        ],
      ],
    ],
    [
      'no allowed_services',
      `access_key_id: {type: env, var: AK}
      secret_access_key: {type: env, var: SK}
      rules: [{host: "*"}]`,
      [
        [
          'warning',
          'transforms[0].config.allowed_services',
          'no allowed_services: requests for any AWS service are signed with these keys; ' +
            'list the services the tools call (e.g. logs, monitoring)',
        ],
      ],
    ],
    [
      'static keys and a provider',
      `${AWS_AUTH}\n      credentials_provider: {type: workload_identity}`,
      [
        [
          'error',
          'transforms[0].config',
          'aws_auth takes access_key_id + secret_access_key or credentials_provider, not both',
        ],
      ],
    ],
    [
      'no credentials',
      'allowed_services: [logs]\n      rules: [{host: "*"}]',
      [
        [
          'error',
          'transforms[0].config',
          'aws_auth requires access_key_id + secret_access_key or credentials_provider',
        ],
      ],
    ],
    [
      'half a key pair',
      `access_key_id: {type: env, var: AK}
      allowed_services: [logs]
      rules: [{host: "*"}]`,
      [['error', 'transforms[0].config.secret_access_key', 'aws_auth requires secret_access_key']],
    ],
    [
      'no rules',
      'credentials_provider: {type: workload_identity}\n      allowed_services: [logs]',
      [['error', 'transforms[0].config.rules', 'aws_auth requires at least one rule']],
    ],
    [
      'an unknown provider',
      `credentials_provider: {type: irsa}
      allowed_services: [logs]
      rules: [{host: "*"}]`,
      [
        [
          'error',
          'transforms[0].config.credentials_provider.type',
          'unknown credentials_provider type "irsa"',
        ],
      ],
    ],
    [
      'a source without type',
      `access_key_id: {var: AK}
      secret_access_key: {type: env, var: SK}
      allowed_services: [logs]
      rules: [{host: "*"}]`,
      [
        [
          'error',
          'transforms[0].config.access_key_id.type',
          'source.type is required: one of env, file, aws_sm, aws_ssm, 1password, ' +
            '1password_connect, control_plane',
        ],
      ],
    ],
    [
      'a misspelt source key',
      `access_key_id: {type: env, varr: AK}
      secret_access_key: {type: env, var: SK}
      allowed_services: [logs]
      rules: [{host: "*"}]`,
      [
        [
          'error',
          'transforms[0].config.access_key_id.varr',
          expect.stringContaining('did you mean "var"?') as unknown as string,
        ],
        ['error', 'transforms[0].config.access_key_id.var', 'a env source requires "var"'],
      ],
    ],
    [
      'a rule with host and cidr',
      `credentials_provider: {type: workload_identity}
      allowed_services: [logs]
      rules: [{host: "*", cidr: 10.0.0.0/8}]`,
      [['error', 'transforms[0].config.rules[0]', 'a rule requires exactly one of host or cidr']],
    ],
    [
      'workload identity and regions',
      `credentials_provider: {type: workload_identity, region: eu-west-1}
      allowed_regions: [eu-west-1]
      allowed_services: [logs]
      rules: [{host: "*"}]`,
      [],
    ],
  ])('reports an aws_auth with %s', (_, config, expected) => {
    expect(summary(transform('aws_auth', config))).toEqual(expected);
  });

  it.each<[string, string, string, Expected[]]>([
    [
      'header_allowlist',
      'without headers',
      'rules: [{host: "*"}]',
      [['error', 'transforms[0].config.headers', 'header_allowlist requires at least one header']],
    ],
    [
      'header_allowlist',
      'with a path not starting with /',
      'headers: [host]\n      rules: [{host: "*", paths: [health]}]',
      [['error', 'transforms[0].config.rules[0].paths[0]', 'path "health" must start with /']],
    ],
    ['allowlist', 'in warn mode only', 'warn: true', []],
    [
      'secrets',
      'with both inject and replace',
      `secrets:
        - source: {type: env, var: T}
          rules: [{host: a.com}]
          inject: {header: X}
          replace: {proxy_value: p}`,
      [
        [
          'error',
          'transforms[0].config.secrets[0]',
          'a secret takes one of inject, replace or top-level fields',
        ],
      ],
    ],
    [
      'secrets',
      'with inject lacking a header',
      `secrets:
        - source: {type: env, var: T}
          rules: [{host: a.com}]
          inject: {formatter: "Bearer {{ .Value }}"}`,
      [
        [
          'error',
          'transforms[0].config.secrets[0].inject',
          'inject requires exactly one of header or query_param',
        ],
      ],
    ],
    [
      'secrets',
      'with replace lacking proxy_value',
      `secrets:
        - source: {type: env, var: T}
          rules: [{host: a.com}]
          replace: {match_body: true}`,
      [
        [
          'error',
          'transforms[0].config.secrets[0].replace.proxy_value',
          'replace requires proxy_value',
        ],
      ],
    ],
    [
      'secrets',
      'without rules',
      'secrets:\n        - source: {type: env, var: T}\n          inject: {header: X}',
      [
        [
          'warning',
          'transforms[0].config.secrets[0].rules',
          'a secret without rules is put on no request',
        ],
      ],
    ],
    [
      'secrets',
      'in the deprecated form',
      `secrets:
        - source: {type: env, var: T}
          rules: [{host: a.com}]
          proxy_value: p
          match_body: false`,
      [
        [
          'warning',
          'transforms[0].config.secrets[0].proxy_value',
          'top-level proxy_value are deprecated in iron-proxy; use a replace block',
        ],
      ],
    ],
    [
      'secrets',
      'with a bad 1Password reference',
      `secrets:
        - source: {type: 1password, secret_ref: "op://vault/item"}
          rules: [{host: a.com}]
          inject: {header: X}`,
      [
        [
          'error',
          'transforms[0].config.secrets[0].source.secret_ref',
          'expected op://vault/item/[section/]field',
        ],
      ],
    ],
    [
      'secrets',
      'with a misspelt key',
      `secrets:
        - source: {type: env, var: T}
          rule: [{host: a.com}]
          inject: {header: X}`,
      [
        [
          'error',
          'transforms[0].config.secrets[0].rule',
          expect.stringContaining('did you mean "rules"?') as unknown as string,
        ],
        [
          'warning',
          'transforms[0].config.secrets[0].rules',
          'a secret without rules is put on no request',
        ],
      ],
    ],
  ])('reports a %s %s', (name, _, config, expected) => {
    expect(summary(transform(name, config))).toEqual(expected);
  });
});
