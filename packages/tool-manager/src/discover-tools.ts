import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ManifestError, type ManifestErrorCode } from './manifest-error.js';
import { deepFreeze, parseToolPackage } from './parse-manifest.js';
import type { Tool } from './types.js';

export interface DiscoverToolsOptions {
  /** Searched in order; a tool in a later directory shadows one of the same name before it. */
  readonly toolDirs: readonly string[];
  /** Tool names to keep; absent keeps every tool. */
  readonly allow?: readonly string[];
  /** Tool names to drop; wins over `allow`. */
  readonly block?: readonly string[];
}

export interface ShadowedTool {
  readonly name: string;
  readonly dir: string;
  /** Directory of the tool that replaced it. */
  readonly by: string;
}

export interface DiscoverToolsResult {
  /** Tools whose manifest parsed, sorted by name. */
  readonly tools: readonly Tool[];
  /** One error per tool or folder that was skipped; the other tools still load. */
  readonly errors: readonly ManifestError[];
  readonly shadowed: readonly ShadowedTool[];
}

interface Candidate {
  readonly name: string;
  readonly dir: string;
  readonly category?: string;
}

/**
 * Finds tools: folders holding a package.json with a `keyless` manifest, directly in a tool
 * directory or one category folder below it. A tool's name is its folder's name, known before
 * its manifest is read, so shadowing and allow/block lists work even for a broken manifest.
 */
export async function discoverTools(options: DiscoverToolsOptions): Promise<DiscoverToolsResult> {
  const errors: ManifestError[] = [];
  const winners = new Map<string, Candidate>();
  const shadowed: ShadowedTool[] = [];

  for (const toolDir of options.toolDirs) {
    for (const candidate of await candidatesIn(toolDir, errors)) {
      const earlier = winners.get(candidate.name);
      if (earlier) shadowed.push({ name: earlier.name, dir: earlier.dir, by: candidate.dir });
      winners.set(candidate.name, candidate);
    }
  }

  const allow = options.allow && new Set(options.allow);
  const block = new Set(options.block ?? []);
  const chosen = [...winners.values()].filter(
    (candidate) => !block.has(candidate.name) && (!allow || allow.has(candidate.name)),
  );

  const tools: Tool[] = [];
  for (const candidate of chosen) {
    const tool = await loadTool(candidate, errors);
    if (tool) tools.push(tool);
  }
  tools.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Errors stay ordinary objects, so a caller may still add to them when it reports them.
  return Object.freeze({
    tools: deepFreeze(tools),
    errors: Object.freeze(errors),
    shadowed: deepFreeze(shadowed),
  });
}

async function candidatesIn(toolDir: string, errors: ManifestError[]): Promise<Candidate[]> {
  const entries = await listFolders(toolDir, errors, { missingIsEmpty: true });
  const found: Candidate[] = [];
  const seen = new Set<string>();
  const add = (candidate: Candidate) => {
    if (seen.has(candidate.name)) {
      errors.push(
        dirError('E_DUPLICATE_TOOL', candidate.dir, 'a tool name used once per tool directory', {
          received: `a second "${candidate.name}" (the first one is kept)`,
        }),
      );
      return;
    }
    seen.add(candidate.name);
    found.push(candidate);
  };

  for (const name of entries) {
    const dir = join(toolDir, name);
    if (await isFile(join(dir, 'package.json'))) {
      add({ name, dir });
      continue;
    }
    for (const child of await listFolders(dir, errors, { missingIsEmpty: false })) {
      const childDir = join(dir, child);
      if (await isFile(join(childDir, 'package.json'))) {
        add({ name: child, dir: childDir, category: name });
      } else {
        errors.push(
          dirError('E_TOOL_DIR', childDir, 'a tool folder with a package.json', {
            received: 'a folder without one (only one level of category folders is searched)',
          }),
        );
      }
    }
  }
  return found;
}

// Dot folders, `_` folders and node_modules are never tools or categories.
function isSkipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name === 'node_modules';
}

async function listFolders(
  dir: string,
  errors: ManifestError[],
  options: { missingIsEmpty: boolean },
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    // A tool directory that does not exist is an unused search location, not a fault.
    if (options.missingIsEmpty && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    errors.push(dirError('E_TOOL_DIR', dir, 'a readable directory', { cause: error }));
    return [];
  }
  const folders: string[] = [];
  for (const name of names.sort()) {
    if (isSkipped(name)) continue;
    if (await isDirectory(join(dir, name))) folders.push(name);
  }
  return folders;
}

async function loadTool(candidate: Candidate, errors: ManifestError[]): Promise<Tool | undefined> {
  const file = join(candidate.dir, 'package.json');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    errors.push(dirError('E_PACKAGE_JSON', file, 'a readable JSON file', { cause: error }));
    return undefined;
  }
  try {
    const pkg = parseToolPackage(json, candidate.dir);
    return {
      name: candidate.name,
      dir: candidate.dir,
      ...(candidate.category === undefined ? {} : { category: candidate.category }),
      ...pkg,
    };
  } catch (error) {
    errors.push(error as ManifestError);
    return undefined;
  }
}

function dirError(
  code: ManifestErrorCode,
  source: string,
  expected: string,
  found: { received?: string; cause?: unknown },
): ManifestError {
  const received = found.received ?? (found.cause as Error).message;
  return new ManifestError(code, source, [{ path: '', expected, received }]);
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}
