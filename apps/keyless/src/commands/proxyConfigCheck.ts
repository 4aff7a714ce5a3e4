import type { Finding } from '@keyless/proxy-config';
import { defineKeylessCommand } from '../defineKeylessCommand.js';
import { KeylessError } from '../KeylessError.js';
import { readInputFile } from '../readInputFile.js';
import { toJsonText } from '../writeResult.js';

export function describeFinding(finding: Finding): string {
  const line = finding.line === undefined ? '' : `line ${finding.line}: `;
  const path = finding.path === '' ? '' : `${finding.path}: `;
  return `${line}${path}${finding.message}`;
}

export const proxyConfigCheckCommand = defineKeylessCommand({
  path: ['proxy-config', 'check'],
  description: 'Check an iron-proxy config: keys it refuses or ignores, broken aws_auth signing',
  args: {
    file: { type: 'positional', required: true, description: 'iron-proxy YAML config to check' },
  },
  examples: ['keyless proxy-config check /etc/iron-proxy/iron-proxy.yaml'],
  async run({ args, stdout, warn }) {
    const { checkProxyConfig } = await import('@keyless/proxy-config');
    const file = args.string('file') ?? '';
    const findings = checkProxyConfig(await readInputFile(file, 'iron-proxy config'));
    const errors = findings.filter((finding) => finding.severity === 'error');
    const warnings = findings.filter((finding) => finding.severity === 'warning');

    stdout.write(toJsonText({ file, errors: errors.length, warnings: warnings.length, findings }));
    for (const finding of warnings) warn(`${file}: ${describeFinding(finding)}`);
    if (errors.length === 0) return undefined;
    throw new KeylessError(
      'E_CONFIG_INVALID',
      `${file} has ${errors.length} error(s): ${errors.map(describeFinding).join('; ')}`,
      { hint: 'each finding is in the report on stdout' },
    );
  },
});
