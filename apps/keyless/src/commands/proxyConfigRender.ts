import type { RenderProxyConfigOptions } from '@keyless/proxy-config';
import { defineKeylessCommand } from '../defineKeylessCommand.js';
import { KeylessError } from '../KeylessError.js';
import { loadValidTools, TOOL_DIRS_ARG } from '../loadTools.js';
import { readInputFile } from '../readInputFile.js';
import { SECRET_SOURCE_ARGS, secretSourceFromFlags } from '../secretSourceFlags.js';
import { writeResult } from '../writeResult.js';
import { describeFinding } from './proxyConfigCheck.js';

export const proxyConfigRenderCommand = defineKeylessCommand({
  path: ['proxy-config', 'render'],
  description: 'Write the aws_auth and secrets transforms of the tools into an iron-proxy config',
  args: {
    base: {
      type: 'string',
      valueHint: 'file',
      description:
        'iron-proxy YAML to start from (default: the starting config shipped with keyless)',
    },
    ...TOOL_DIRS_ARG,
    ...SECRET_SOURCE_ARGS,
    out: { type: 'string', alias: ['o'], valueHint: 'file', description: 'Write to this file' },
  },
  repeatable: ['tool-dirs'],
  examples: [
    'keyless proxy-config render --base iron-proxy.yaml --tool-dirs /opt/keyless/tools ' +
      '-o iron-proxy.yaml',
    'keyless proxy-config render --tool-dirs ./tools ' +
      '--secret-source aws_ssm --secret-path-prefix /keyless/',
  ],
  async run({ args, stdout, warn, note }) {
    const proxyConfig = await import('@keyless/proxy-config');
    const secretSource = secretSourceFromFlags(args);
    const basePath = args.string('base') ?? proxyConfig.baseConfigPath();
    const base = await readInputFile(basePath, 'base config');
    const tools = await loadValidTools(args.list('tool-dirs', { split: true }), warn);
    const { yaml, report } = renderWithBasePath(
      proxyConfig,
      { base, tools, secretSource },
      basePath,
    );

    // Output iron-proxy would refuse, or that would leave a gate open, is not written.
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
      throw new KeylessError(
        'E_CONFIG_INVALID',
        `the rendered config has ${errors.length} error(s): ` +
          errors.map(describeFinding).join('; '),
        {
          hint:
            `fix the base config ${basePath}; ` +
            '`keyless proxy-config check` lists every finding',
        },
      );
    }
    for (const change of report.changes) note(change);
    for (const warning of report.warnings) warn(warning);
    for (const finding of report.findings) warn(describeFinding(finding));
    await writeResult(yaml, args.string('out'), stdout, note);
    return undefined;
  },
});

/** Errors about the base name it by its file, not as "base". */
function renderWithBasePath(
  { renderProxyConfig, ProxyConfigError }: typeof import('@keyless/proxy-config'),
  options: RenderProxyConfigOptions,
  basePath: string,
) {
  try {
    return renderProxyConfig(options);
  } catch (error) {
    if (!(error instanceof ProxyConfigError) || !/^base\b/.test(error.path)) throw error;
    const detail = error.message.slice(error.path.length + 2);
    throw new ProxyConfigError(error.code, basePath + error.path.slice('base'.length), detail);
  }
}
