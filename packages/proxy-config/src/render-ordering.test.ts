import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AWS_HEADER_ALLOWLIST } from '../test/configs.js';
import { awsAuth, http, SMALL_BASE, tool } from '../test/tools.js';
import { readBaseConfig } from './base-config.js';
import { renderProxyConfig } from './render-proxy-config.js';

const TOOLS = [
  tool('cloudwatch', [awsAuth()]),
  tool('api', [http()]),
  tool('eu-logs', [
    awsAuth({
      name: 'eu',
      hosts: ['logs.eu-west-1.amazonaws.com'],
      allowed_regions: ['eu-west-1'],
    }),
  ]),
];

const names = (yaml: string): string[] =>
  (parse(yaml).transforms as { name: string }[]).map((transform) => transform.name);

const BASE_WITH_EVERYTHING = `# Platform proxy, owned by the platform team.
dns:
  enabled: false   # clients use HTTPS_PROXY

transforms:
  # hand-written, replaced by keyless
  - name: aws_auth
    config:
      access_key_id: {type: env, var: OLD}
      secret_access_key: {type: env, var: OLD_SECRET}
      rules: [{host: "*"}]

  # first gate
  - name: allowlist
    config:
      domains:
        - "*.amazonaws.com"   # every AWS endpoint
        - api.example.com

  - name: annotate
    config: {}

  # AWS headers only
  - name: header_allowlist
    config:
      headers: ${AWS_HEADER_ALLOWLIST}
      rules: [{host: "*.amazonaws.com"}]

  - name: secrets
    config: {secrets: []}

  - name: header_allowlist   # a second one, for everything
    config:
      headers: [content-type]

log:
  level: debug # while we roll out
`;

describe('renderProxyConfig placement', () => {
  it('writes managed transforms just before the first header_allowlist, secrets first', () => {
    const { yaml, report } = renderProxyConfig({ base: BASE_WITH_EVERYTHING, tools: TOOLS });
    expect(names(yaml)).toEqual([
      'allowlist',
      'annotate',
      'secrets',
      'aws_auth',
      'aws_auth',
      'header_allowlist',
      'header_allowlist',
    ]);
    expect(report.removed).toEqual([
      { name: 'aws_auth', index: 0 },
      { name: 'secrets', index: 4 },
    ]);
    expect(report.rendered.map((transform) => transform.index)).toEqual([2, 3, 4]);
  });

  it('keeps the comments and the order of what it does not manage', () => {
    const { yaml } = renderProxyConfig({ base: BASE_WITH_EVERYTHING, tools: TOOLS });
    for (const comment of [
      '# Platform proxy, owned by the platform team.',
      'enabled: false # clients use HTTPS_PROXY',
      '# first gate',
      '- "*.amazonaws.com" # every AWS endpoint',
      '# AWS headers only',
      '- name: header_allowlist # a second one, for everything',
      'level: debug # while we roll out',
    ]) {
      expect(yaml).toContain(comment);
    }
    expect(Object.keys(parse(yaml))).toEqual(['dns', 'transforms', 'log']);
    expect(yaml).not.toContain('OLD');
  });

  it('appends managed transforms when the base has no header_allowlist', () => {
    const base = 'transforms:\n  - name: allowlist\n    config: {domains: ["*"]}\n';
    expect(names(renderProxyConfig({ base, tools: TOOLS }).yaml)).toEqual([
      'allowlist',
      'secrets',
      'aws_auth',
      'aws_auth',
    ]);
  });

  it('creates transforms in an empty base', () => {
    expect(names(renderProxyConfig({ base: '', tools: TOOLS }).yaml)).toEqual([
      'secrets',
      'aws_auth',
      'aws_auth',
    ]);
  });
});

describe('renderProxyConfig output', () => {
  it('is the same, byte for byte, whatever the order of the tools', () => {
    const first = renderProxyConfig({ base: BASE_WITH_EVERYTHING, tools: TOOLS });
    const reversed = renderProxyConfig({ base: BASE_WITH_EVERYTHING, tools: [...TOOLS].reverse() });
    expect(reversed.yaml).toBe(first.yaml);
    expect(reversed.report).toEqual(first.report);
  });

  it.each<[string, string | (() => Promise<string>)]>([
    ['the shipped base', readBaseConfig],
    ['a small base', SMALL_BASE],
    ['a base with every kind of transform', BASE_WITH_EVERYTHING],
    ['an empty base', ''],
    [
      'a base whose first transform is managed',
      'transforms:\n  # old\n  - name: aws_auth\n    config: {}\n',
    ],
    [
      'a base with flow style',
      '{transforms: [{name: header_allowlist, config: {headers: [host]}}]}\n',
    ],
  ])('does not change when rendered again, from %s', async (_, base) => {
    const text = typeof base === 'string' ? base : await base();
    const once = renderProxyConfig({ base: text, tools: TOOLS });
    const twice = renderProxyConfig({ base: once.yaml, tools: TOOLS });
    expect(twice.yaml).toBe(once.yaml);
    expect(twice.report.headerAllowlistRepairs).toEqual([]);
    expect(twice.report.rendered).toEqual(once.report.rendered);
  });
});
