import { defineKeylessCommand } from '../defineKeylessCommand.js';
import { KEYLESS_EXIT_CODES, KeylessError } from '../KeylessError.js';
import { TOOL_DIRS_ARG } from '../loadTools.js';
import { toJsonText } from '../writeResult.js';

export const toolsListCommand = defineKeylessCommand({
  path: ['tools', 'list'],
  description: 'List the tools found, their secrets (references only) and manifest errors (JSON)',
  args: { ...TOOL_DIRS_ARG },
  repeatable: ['tool-dirs'],
  examples: ['keyless tools list --tool-dirs /opt/keyless/tools --tool-dirs ./local-tools'],
  async run({ args, stdout }) {
    const { discoverTools } = await import('@keyless/tool-manager');
    const toolDirs = args.list('tool-dirs', { split: true });
    const { tools, errors, shadowed } = await discoverTools({ toolDirs });
    const listing = {
      tools: tools.map((tool) => ({
        name: tool.name,
        packageName: tool.packageName,
        ...(tool.version ? { version: tool.version } : {}),
        dir: tool.dir,
        ...(tool.category ? { category: tool.category } : {}),
        commands: Object.keys(tool.bin),
        hosts: tool.manifest.hosts,
        ...(tool.manifest.timeout_s === undefined ? {} : { timeout_s: tool.manifest.timeout_s }),
        aws_actions: tool.manifest.aws_actions,
        secrets: tool.manifest.secrets,
      })),
      shadowed,
      errors: errors.map((error) => ({
        code: error.code,
        source: error.source,
        path: error.path,
        message: error.message,
      })),
    };
    stdout.write(toJsonText(listing));

    // The listing is printed either way; broken manifests still fail the command for CI.
    if (errors.length === 0) return KEYLESS_EXIT_CODES.ok;
    const noun = errors.length === 1 ? 'tool manifest has an error' : 'tool manifests have errors';
    throw new KeylessError(
      'E_CONFIG_INVALID',
      `${errors.length} ${noun}: ${errors.map((e) => e.source).join(', ')}`,
      {
        hint: 'see "errors" in the listing on stdout',
      },
    );
  },
});
