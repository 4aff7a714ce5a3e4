import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { awsAuth, http, SMALL_BASE, tool } from '../test/tools.js';
import { renderProxyConfig } from './render-proxy-config.js';
import type { SecretSourceOptions } from './secret-sources.js';

const CLOUDWATCH = tool('cloudwatch', [awsAuth()]);

describe('renderProxyConfig secrets', () => {
  it.each<[string, SecretSourceOptions, unknown]>([
    ['env', { type: 'env' }, { type: 'env', var: 'CLOUDWATCH_AWS_ACCESS_KEY_ID' }],
    [
      '1password',
      { type: '1password', vault: 'platform' },
      {
        type: '1password',
        secret_ref: 'op://platform/CLOUDWATCH_AWS_ACCESS_KEY_ID/credential',
        ttl: '15m',
      },
    ],
    [
      '1password_connect',
      { type: '1password_connect', vault: 'platform', ttl: '1h' },
      {
        type: '1password_connect',
        secret_ref: 'op://platform/CLOUDWATCH_AWS_ACCESS_KEY_ID/credential',
        ttl: '1h',
      },
    ],
    [
      'aws_sm',
      { type: 'aws_sm', secretId: 'keyless/cloudwatch', region: 'eu-west-1' },
      {
        type: 'aws_sm',
        secret_id: 'keyless/cloudwatch',
        region: 'eu-west-1',
        json_key: 'CLOUDWATCH_AWS_ACCESS_KEY_ID',
        ttl: '15m',
      },
    ],
    [
      'aws_ssm',
      { type: 'aws_ssm', region: 'eu-west-1' },
      {
        type: 'aws_ssm',
        name: '/keyless/CLOUDWATCH_AWS_ACCESS_KEY_ID',
        region: 'eu-west-1',
        with_decryption: true,
        ttl: '15m',
      },
    ],
    ['file', { type: 'file' }, { type: 'file', path: '/run/secrets/CLOUDWATCH_AWS_ACCESS_KEY_ID' }],
  ])('resolves references in the %s backend', (_, secretSource, expected) => {
    const { yaml, report } = renderProxyConfig({
      base: SMALL_BASE,
      tools: [CLOUDWATCH],
      secretSource,
    });
    const awsAuthConfig = parse(yaml).transforms[1].config;
    expect(awsAuthConfig.access_key_id).toEqual(expected);
    expect(report.findings.filter((finding) => finding.path.startsWith('transforms'))).toEqual([]);
  });

  it('writes http secrets into one secrets transform', () => {
    const tools = [
      tool('api', [
        http(),
        http({
          name: 'query',
          header: undefined,
          formatter: undefined,
          query_param: 'key',
          require: true,
        }),
        http({
          name: 'swap',
          hosts: ['b.example.com', 'a.example.com'],
          header: undefined,
          formatter: undefined,
          replace: {
            placeholder: 'keyless-swap-me',
            in: ['headers', 'query', 'body'],
            headers: ['X-Key'],
          },
        }),
      ]),
    ];
    const { yaml } = renderProxyConfig({ base: '', tools });
    expect(yaml).toMatchInlineSnapshot(`
      "transforms:
        # managed by keyless for api/api, api/query, api/swap; rewritten on render
        - name: secrets
          config:
            secrets:
              - source: {type: env, var: EXAMPLE_API_TOKEN}
                rules:
                  - host: api.example.com
                inject:
                  header: Authorization
                  formatter: Bearer {{ .Value }}
              - source: {type: env, var: EXAMPLE_API_TOKEN}
                rules:
                  - host: api.example.com
                inject:
                  query_param: key
                  require: true
              - source: {type: env, var: EXAMPLE_API_TOKEN}
                rules:
                  - host: a.example.com
                  - host: b.example.com
                replace:
                  proxy_value: keyless-swap-me
                  match_headers: [X-Key]
                  match_query: true
                  match_body: true
      "
    `);
  });
});
