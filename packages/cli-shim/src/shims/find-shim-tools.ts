import { isAbsolute, relative, resolve } from 'node:path';
import { discoverTools } from '@keyless/tool-manager';

/** A tool that can be given shims: a package with a `keyless` manifest and at least one `bin`. */
export interface ShimTool {
  /** The tool's name: its folder's name, as tool-manager names it (`cloudwatch`). */
  name: string;
  /** The npm package name, `@keyless/cloudwatch-cli`. */
  packageName: string;
  dir: string;
  version?: string | undefined;
  /** Command name to the absolute path of the file it runs. */
  commands: Record<string, string>;
}

export interface ShimToolProblem {
  path: string;
  message: string;
}

// A command name becomes a file name and a word in a shell: nothing that could leave the bin dir.
const COMMAND_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Finds tools with tool-manager's discovery (one level of category folders, dot, `_` and
 * node_modules folders skipped, later directories shadowing earlier ones, manifests validated),
 * then keeps the commands that can safely become shims.
 */
export async function findShimTools(
  toolDirs: readonly string[],
): Promise<{ tools: ShimTool[]; problems: ShimToolProblem[] }> {
  const discovered = await discoverTools({ toolDirs: toolDirs.map((dir) => resolve(dir)) });
  const problems: ShimToolProblem[] = discovered.errors.map((error) => ({
    path: error.source,
    message: error.message,
  }));

  const tools: ShimTool[] = [];
  for (const tool of discovered.tools) {
    const commands: Record<string, string> = {};
    for (const [command, file] of Object.entries(tool.bin)) {
      const target = resolve(tool.dir, file);
      const inside = relative(tool.dir, target);
      if (!COMMAND_NAME.test(command) || inside.startsWith('..') || isAbsolute(inside)) {
        problems.push({
          path: tool.dir,
          message: `bin "${command}": "${file}" is not a command inside the tool`,
        });
        continue;
      }
      commands[command] = target;
    }
    if (Object.keys(commands).length === 0) {
      problems.push({ path: tool.dir, message: 'has a keyless manifest but no bin to install' });
      continue;
    }
    tools.push({
      name: tool.name,
      packageName: tool.packageName,
      dir: tool.dir,
      version: tool.version,
      commands,
    });
  }
  return { tools, problems };
}
