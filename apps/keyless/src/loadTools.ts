import type { Tool } from '@keyless/tool-manager';
import { KeylessError } from './KeylessError.js';

export const TOOL_DIRS_ARG = {
  'tool-dirs': {
    type: 'string',
    required: true,
    valueHint: 'dir',
    description: 'Directory of tools (or dir,dir); later ones shadow earlier ones',
  },
} as const;

/**
 * Discovers the tools a command acts on. One bad manifest refuses the command: its tool would
 * silently lack a secret or an action. The first error is thrown, the others are warnings.
 */
export async function loadValidTools(
  toolDirs: readonly string[],
  warn: (message: string) => void,
): Promise<readonly Tool[]> {
  const { discoverTools } = await import('@keyless/tool-manager');
  const { tools, errors } = await discoverTools({ toolDirs });
  const [first, ...others] = errors;
  for (const error of others) warn(error.message.replaceAll('\n', '; '));
  if (first) throw first;
  if (tools.length === 0) {
    throw new KeylessError('E_INPUT', `no tool found in ${toolDirs.join(', ')}`, {
      hint: 'a tool is a folder with a package.json holding a "keyless" manifest',
    });
  }
  return tools;
}
