import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { awsAuth, http, tool } from '../test/tools.js';
import { renderProxyConfig } from './render-proxy-config.js';
import { AWS_SIGNING_HEADERS } from './signing-headers.js';

const CLOUDWATCH = tool('cloudwatch', [awsAuth()]);

function baseWithHeaders(headers: string, rules = ''): string {
  return `transforms:
  - name: header_allowlist
    config:
      headers: ${headers}
${rules}`;
}

function headersAfterRender(base: string, tools = [CLOUDWATCH]) {
  const { yaml, report } = renderProxyConfig({ base, tools });
  const allowlist = (parse(yaml).transforms as { name: string; config: { headers: string[] } }[])
    .filter((transform) => transform.name === 'header_allowlist')
    .map((transform) => transform.config.headers);
  return { allowlist, report };
}

describe('header_allowlist repair', () => {
  it('adds every signing header a header_allowlist after aws_auth lacks, and reports it', () => {
    const { allowlist, report } = headersAfterRender(baseWithHeaders('[content-type, x-amz-date]'));
    expect(allowlist[0]).toEqual([
      'content-type',
      'x-amz-date',
      ...AWS_SIGNING_HEADERS.filter((h) => h !== 'content-type'),
    ]);
    expect(report.headerAllowlistRepairs).toEqual([
      {
        index: 1,
        added: AWS_SIGNING_HEADERS.filter((header) => header !== 'content-type'),
        reason: 'aws_auth signs every header present, so one removed after it breaks the signature',
      },
    ]);
    expect(report.changes).toContain(
      `added ${AWS_SIGNING_HEADERS.filter((h) => h !== 'content-type').join(', ')} ` +
        'to header_allowlist at transforms[1]: ' +
        'aws_auth signs every header present, so one removed after it breaks the signature',
    );
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('counts a broader regular expression as keeping a family', () => {
    const headers =
      '["/^x-amz/", "/^amz-sdk-/", "/^X-AMZN-.*$/", ' +
      '"/^(authorization|host|accept(-encoding)?|content-.*|smithy-protocol)$/"]';
    const { report } = headersAfterRender(baseWithHeaders(headers));
    expect(report.headerAllowlistRepairs).toEqual([]);
  });

  it('does not count a few literal x-amz names as the whole family', () => {
    const literals = AWS_SIGNING_HEADERS.filter((entry) => !entry.startsWith('/'));
    const familyMembers = ['x-amz-date', 'x-amz-target', 'amz-sdk-request', 'x-amzn-query-mode'];
    const headers = `[${[...literals, ...familyMembers].join(', ')}]`;
    const { report } = headersAfterRender(baseWithHeaders(headers));
    expect(report.headerAllowlistRepairs[0]!.added).toEqual([
      '/^x-amz-.*$/',
      '/^amz-sdk-.*$/',
      '/^x-amzn-.*$/',
    ]);
  });

  it('leaves alone a header_allowlist scoped to hosts aws_auth does not sign', () => {
    const rules = '      rules:\n        - host: api.example.com\n';
    const { allowlist, report } = headersAfterRender(baseWithHeaders('[content-type]', rules));
    expect(allowlist[0]).toEqual(['content-type']);
    expect(report.headerAllowlistRepairs).toEqual([]);
  });

  it('repairs a header_allowlist scoped to an AWS host', () => {
    const rules = '      rules:\n        - host: logs.eu-west-1.amazonaws.com\n';
    const { report } = headersAfterRender(baseWithHeaders('[content-type]', rules));
    expect(report.headerAllowlistRepairs).toHaveLength(1);
  });

  it('creates the headers list of a header_allowlist that has none', () => {
    const base = 'transforms:\n  - name: header_allowlist\n';
    const { allowlist } = headersAfterRender(base);
    expect(allowlist[0]).toEqual(AWS_SIGNING_HEADERS);
  });

  it('keeps the header an http secret injects', () => {
    const tools = [tool('api', [http({ header: 'X-Api-Key', formatter: undefined })])];
    const { allowlist, report } = headersAfterRender(baseWithHeaders('[content-type]'), tools);
    expect(allowlist[0]).toEqual(['content-type', 'X-Api-Key']);
    expect(report.headerAllowlistRepairs[0]!.reason).toBe(
      'the secrets transform writes it for api/api',
    );
  });

  it('repairs nothing when no aws_auth or header-writing secret is rendered', () => {
    const { allowlist, report } = headersAfterRender(baseWithHeaders('[content-type]'), []);
    expect(allowlist[0]).toEqual(['content-type']);
    expect(report.headerAllowlistRepairs).toEqual([]);
  });
});

describe('allowlist coverage', () => {
  const allowlistBase = (config: string) =>
    `transforms:\n  - name: allowlist\n    config: ${config}\n`;

  it.each<[string, string, string[]]>([
    ['a wildcard domain', '{domains: ["*.amazonaws.com"]}', []],
    ['the same globs', '{domains: [logs.*.amazonaws.com, monitoring.*.amazonaws.com]}', []],
    ['match-all', '{domains: ["*"]}', []],
    ['warn mode', '{warn: true}', []],
    [
      'one region only',
      '{domains: [logs.eu-west-1.amazonaws.com]}',
      ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com'],
    ],
    ['a rule for any method', '{rules: [{host: "*.amazonaws.com", methods: ["*"]}]}', []],
    [
      'a rule for GET only',
      '{rules: [{host: "*.amazonaws.com", methods: [GET]}]}',
      ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com'],
    ],
    [
      'a rule limited to paths',
      '{rules: [{host: "*.amazonaws.com", paths: [/health]}]}',
      ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com'],
    ],
    ['logs only', '{domains: [logs.*.amazonaws.com]}', ['monitoring.*.amazonaws.com']],
  ])('reports what %s leaves out', (_, config, uncovered) => {
    const { report } = renderProxyConfig({ base: allowlistBase(config), tools: [CLOUDWATCH] });
    expect(report.allowlistGaps).toEqual(
      uncovered.map((host) => ({ index: 0, tool: 'cloudwatch', host })),
    );
    expect(report.warnings.filter((line) => line.startsWith('allowlist'))).toHaveLength(
      uncovered.length,
    );
  });

  it('checks the tool’s own hosts too', () => {
    const withApi = tool('cloudwatch', [awsAuth()], ['logs.*.amazonaws.com', 'api.example.com']);
    const { report } = renderProxyConfig({
      base: allowlistBase('{domains: ["*.amazonaws.com"]}'),
      tools: [withApi],
    });
    expect(report.warnings).toEqual([
      'allowlist at transforms[0] does not let api.example.com through, ' +
        'which tool cloudwatch calls: those requests will be refused',
    ]);
  });
});
