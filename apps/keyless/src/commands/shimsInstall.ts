import { installShims } from '@keyless/cli-shim';
import { defineKeylessCommand } from '../defineKeylessCommand.js';
import { TOOL_DIRS_ARG } from '../loadTools.js';
import { toJsonText } from '../writeResult.js';

export const shimsInstallCommand = defineKeylessCommand({
  path: ['shims', 'install'],
  description: 'Write a shell shim per tool command into a bin directory; remove stale ones',
  args: {
    ...TOOL_DIRS_ARG,
    'bin-dir': {
      type: 'string',
      required: true,
      valueHint: 'dir',
      description: 'Directory on the agent PATH that receives the shims (created if missing)',
    },
    allow: {
      type: 'string',
      valueHint: 'name',
      description: 'Only these tools or commands',
    },
    block: {
      type: 'string',
      valueHint: 'name',
      description: 'Never these tools or commands',
    },
    node: {
      type: 'string',
      valueHint: 'path',
      description: 'Node binary the shims run (default: node on PATH)',
    },
  },
  repeatable: ['tool-dirs', 'allow', 'block'],
  examples: ['keyless shims install --tool-dirs /opt/keyless/tools --bin-dir /usr/local/bin'],
  async run({ args, stdout, warn }) {
    const result = await installShims({
      toolDirs: args.list('tool-dirs', { split: true }),
      binDir: args.string('bin-dir') ?? '',
      allow: args.list('allow', { split: true }),
      block: args.list('block', { split: true }),
      node: args.string('node'),
    });
    for (const { path, message } of result.problems) {
      warn(message.startsWith(path) ? message : `${path}: ${message}`);
    }
    for (const conflict of result.conflicts) warn(`${conflict.path}: ${conflict.reason}`);
    stdout.write(toJsonText(result));
    return undefined;
  },
});
