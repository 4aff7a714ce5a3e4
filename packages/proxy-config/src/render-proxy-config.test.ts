import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AWS_HEADER_ALLOWLIST } from '../test/configs.js';
import { awsAuth, SMALL_BASE, tool } from '../test/tools.js';
import { ProxyConfigError } from './proxy-config-error.js';
import { renderProxyConfig } from './render-proxy-config.js';

const CLOUDWATCH = tool('cloudwatch', [awsAuth()]);

/** The `transforms` of a rendered config, as data. */
function transformsOf(yaml: string): { name: string; config: Record<string, unknown> }[] {
  return parse(yaml).transforms;
}

describe('renderProxyConfig', () => {
  it('writes aws_auth with env sources before the header_allowlist', () => {
    const { yaml, report } = renderProxyConfig({ base: SMALL_BASE, tools: [CLOUDWATCH] });
    expect(yaml).toBe(`# keyless test base
transforms:
  - name: allowlist
    config:
      domains: ["*.amazonaws.com"]

  # managed by keyless for cloudwatch/cloudwatch; rewritten on render
  - name: aws_auth
    config:
      access_key_id: {type: env, var: CLOUDWATCH_AWS_ACCESS_KEY_ID}
      secret_access_key: {type: env, var: CLOUDWATCH_AWS_SECRET_ACCESS_KEY}
      allowed_services: [logs, monitoring]
      rules:
        - host: logs.*.amazonaws.com
        - host: monitoring.*.amazonaws.com
  # strip the rest
  - name: header_allowlist
    config:
      headers: ${AWS_HEADER_ALLOWLIST}
log:
  level: info
`);
    expect(report.changes).toEqual([
      'wrote aws_auth at transforms[1] for cloudwatch/cloudwatch (hosts logs.*.amazonaws.com, ' +
        'monitoring.*.amazonaws.com)',
    ]);
    expect(report.findings).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'tls.ca_cert' }),
      expect.objectContaining({ severity: 'warning', path: 'tls.ca_key' }),
      expect.objectContaining({ severity: 'warning', path: 'dns.proxy_ip' }),
    ]);
  });

  it('merges the hosts of secrets that share credentials and scope, sorted', () => {
    const tools = [
      tool('metrics', [awsAuth({ name: 'metrics', hosts: ['monitoring.*.amazonaws.com'] })]),
      tool('logs', [awsAuth({ name: 'logs', hosts: ['logs.*.amazonaws.com'] })]),
    ];
    const { yaml, report } = renderProxyConfig({ base: SMALL_BASE, tools });
    const awsAuths = transformsOf(yaml).filter((t) => t.name === 'aws_auth');
    expect(awsAuths).toHaveLength(1);
    expect(awsAuths[0]!.config.rules).toEqual([
      { host: 'logs.*.amazonaws.com' },
      { host: 'monitoring.*.amazonaws.com' },
    ]);
    expect(report.rendered[0]!.secrets).toEqual(['logs/logs', 'metrics/metrics']);
  });

  it('keeps a transform per distinct credentials, regions and services', () => {
    const tools = [
      tool('logs', [awsAuth({ name: 'logs', allowed_services: ['logs'] })]),
      tool('eu', [awsAuth({ name: 'eu', allowed_regions: ['eu-west-1'] })]),
      tool('other-keys', [awsAuth({ name: 'other', access_key_id: 'OTHER_AK' })]),
      tool('pod', [
        awsAuth({
          name: 'pod',
          hosts: ['sts.amazonaws.com'],
          access_key_id: undefined,
          secret_access_key: undefined,
          credentials_provider: { type: 'workload_identity', region: 'eu-west-1' },
        }),
      ]),
    ];
    const { yaml, report } = renderProxyConfig({ base: '', tools });
    expect(yaml).toMatchInlineSnapshot(`
      "transforms:
        # managed by keyless for pod/pod; rewritten on render
        - name: aws_auth
          config:
            credentials_provider: {type: workload_identity, region: eu-west-1}
            allowed_services: [logs, monitoring]
            rules:
              - host: sts.amazonaws.com

        # managed by keyless for eu/eu; rewritten on render
        - name: aws_auth
          config:
            access_key_id: {type: env, var: CLOUDWATCH_AWS_ACCESS_KEY_ID}
            secret_access_key: {type: env, var: CLOUDWATCH_AWS_SECRET_ACCESS_KEY}
            allowed_regions: [eu-west-1]
            allowed_services: [logs, monitoring]
            rules:
              - host: logs.*.amazonaws.com
              - host: monitoring.*.amazonaws.com

        # managed by keyless for logs/logs; rewritten on render
        - name: aws_auth
          config:
            access_key_id: {type: env, var: CLOUDWATCH_AWS_ACCESS_KEY_ID}
            secret_access_key: {type: env, var: CLOUDWATCH_AWS_SECRET_ACCESS_KEY}
            allowed_services: [logs]
            rules:
              - host: logs.*.amazonaws.com
              - host: monitoring.*.amazonaws.com

        # managed by keyless for other-keys/other; rewritten on render
        - name: aws_auth
          config:
            access_key_id: {type: env, var: OTHER_AK}
            secret_access_key: {type: env, var: CLOUDWATCH_AWS_SECRET_ACCESS_KEY}
            allowed_services: [logs, monitoring]
            rules:
              - host: logs.*.amazonaws.com
              - host: monitoring.*.amazonaws.com
      "
    `);
    expect(report.warnings).toContain(
      'no allowlist transform: the proxy lets requests to every host through',
    );
    expect(report.warnings.filter((line) => line.includes('both match'))).toHaveLength(3);
  });

  it('omits empty optional lists and orders keys as iron-proxy documents them', () => {
    const tools = [tool('cw', [awsAuth({ allowed_services: [], allowed_regions: [] })])];
    const [transform] = transformsOf(renderProxyConfig({ base: '', tools }).yaml);
    expect(Object.keys(transform!.config)).toEqual(['access_key_id', 'secret_access_key', 'rules']);
  });

  it('writes no managed transform when no tool needs one: transforms are the base’s', () => {
    const base = [
      'transforms:',
      '  - name: allowlist',
      '    config: {domains: [a.example.com]}',
      '  - name: header_allowlist',
      '    config: {headers: [content-type]}',
      '  - name: aws_auth',
      '    config: {}',
      '',
    ].join('\n');
    const { yaml, report } = renderProxyConfig({
      base,
      tools: [tool('plain', [], ['a.example.com'])],
    });
    expect(transformsOf(yaml).map((t) => t.name)).toEqual(['allowlist', 'header_allowlist']);
    expect(report.rendered).toEqual([]);
    expect(report.removed).toEqual([{ name: 'aws_auth', index: 2 }]);
    expect(renderProxyConfig({ base: 'log: {level: info}\n', tools: [] }).yaml).toBe(
      'log: {level: info}\n',
    );
  });

  it('refuses a session_token, naming the field and the way out', () => {
    const tools = [
      tool('cloudwatch', [awsAuth({ session_token: 'CLOUDWATCH_AWS_SESSION_TOKEN' })]),
    ];
    try {
      renderProxyConfig({ base: SMALL_BASE, tools });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProxyConfigError);
      expect((error as ProxyConfigError).code).toBe('E_SESSION_TOKEN');
      expect((error as ProxyConfigError).path).toBe('cloudwatch: secrets[0].session_token');
      expect((error as ProxyConfigError).message).toBe(
        'cloudwatch: secrets[0].session_token: iron-proxy has no session_token key ' +
          '(removed in v0.41.0); temporary keys need credentials_provider: ' +
          '{type: workload_identity} instead of a static pair',
      );
    }
  });

  it.each<[string, string, string]>([
    ['YAML that does not parse', 'transforms: [\n', 'base: '],
    ['a list at the top', '- a\n', 'base: expected a YAML mapping at the top'],
    [
      'transforms that are no list',
      'transforms: {name: x}\n',
      'base: transforms: expected a list of transforms',
    ],
    [
      'a header_allowlist with headers that are no list',
      'transforms:\n  - name: header_allowlist\n    config: {headers: x}\n',
      'base: transforms[1].config.headers: expected a list of header names',
    ],
  ])('refuses a base with %s', (_, base, message) => {
    try {
      renderProxyConfig({ base, tools: [CLOUDWATCH] });
      expect.unreachable();
    } catch (error) {
      expect((error as ProxyConfigError).code).toBe('E_BASE_YAML');
      expect((error as ProxyConfigError).message.startsWith(message)).toBe(true);
    }
  });
});
