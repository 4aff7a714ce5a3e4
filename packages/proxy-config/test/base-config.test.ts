import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  AWS_SIGNING_HEADERS,
  checkProxyConfig,
  readBaseConfig,
  renderProxyConfig,
} from '../src/index.js';
import { awsAuth, tool } from './tools.js';

describe('iron-proxy.base.yaml', () => {
  it('passes the checker without a finding', async () => {
    expect(checkProxyConfig(await readBaseConfig())).toEqual([]);
  });

  it('runs MITM TLS, an AWS allowlist and a header_allowlist with the AWS entries', async () => {
    const config = parse(await readBaseConfig());
    expect(config.tls.mode).toBe('mitm');
    const [allowlist, headerAllowlist] = config.transforms;
    expect(allowlist).toEqual({
      name: 'allowlist',
      config: { domains: ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com'] },
    });
    expect(headerAllowlist.name).toBe('header_allowlist');
    expect(headerAllowlist.config.headers).toEqual(
      expect.arrayContaining([...AWS_SIGNING_HEADERS]),
    );
  });

  it('takes the cloudwatch tool without repair or gap', async () => {
    const { report } = renderProxyConfig({
      base: await readBaseConfig(),
      tools: [tool('cloudwatch', [awsAuth()])],
    });
    expect(report.headerAllowlistRepairs).toEqual([]);
    expect(report.allowlistGaps).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('is shipped with the package', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.files).toContain('iron-proxy.base.yaml');
    expect(pkg.exports['./iron-proxy.base.yaml']).toBe('./iron-proxy.base.yaml');
  });
});
