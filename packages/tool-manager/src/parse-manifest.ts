import { describeValue, toManifestIssues } from './format-issues.js';
import { ManifestError, type ManifestIssue } from './manifest-error.js';
import { knownKeysAt, manifestSchema, toToolManifest } from './schema/manifest.js';
import type { ToolManifest } from './types.js';

/** The parts of a tool's package.json that keyless reads. */
export interface ToolPackage {
  readonly packageName: string;
  readonly version?: string;
  readonly bin: Readonly<Record<string, string>>;
  readonly manifest: ToolManifest;
}

/**
 * Parses the value of a package.json `keyless` key. `source` prefixes every message
 * (`tools/cloudwatch: secrets[0].hosts: expected ...`). Throws only {@link ManifestError}.
 */
export function parseToolManifest(value: unknown, source = 'keyless'): ToolManifest {
  try {
    const result = manifestSchema.safeParse(value);
    if (!result.success) {
      const issues = toManifestIssues(result.error.issues, value, knownKeysAt);
      throw new ManifestError('E_MANIFEST', source, issues);
    }
    return deepFreeze(toToolManifest(result.data));
  } catch (error) {
    throw asManifestError(error, source);
  }
}

/**
 * Parses a whole package.json: its `name`, `version` and `bin`, then the `keyless` manifest.
 * Package-level problems carry code E_PACKAGE_JSON and the source `<source>/package.json`.
 */
export function parseToolPackage(value: unknown, source: string): ToolPackage {
  const packageSource = `${source}/package.json`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw packageError(packageSource, '', 'a JSON object', value);
  }
  const pkg = value as Record<string, unknown>;
  if (typeof pkg.name !== 'string' || pkg.name === '') {
    throw packageError(packageSource, 'name', 'a non-empty package name', pkg.name);
  }
  if (pkg.version !== undefined && typeof pkg.version !== 'string') {
    throw packageError(packageSource, 'version', 'a version string', pkg.version);
  }
  if (pkg.keyless === undefined) {
    throw packageError(packageSource, 'keyless', 'a "keyless" manifest object', pkg.keyless);
  }

  const manifest = parseToolManifest(pkg.keyless, source);
  return deepFreeze({
    packageName: pkg.name,
    ...(pkg.version === undefined ? {} : { version: pkg.version }),
    bin: binOf(pkg.name, pkg.bin, packageSource),
    manifest,
  });
}

// npm allows `bin` as one path (the command is then the unscoped package name) or as a map.
function binOf(packageName: string, bin: unknown, source: string): Record<string, string> {
  if (bin === undefined) return {};
  if (typeof bin === 'string') return { [packageName.replace(/^@[^/]+\//, '')]: bin };
  const isMap =
    bin !== null &&
    typeof bin === 'object' &&
    !Array.isArray(bin) &&
    Object.values(bin).every((file) => typeof file === 'string');
  if (!isMap) throw packageError(source, 'bin', 'a path or a map of command to path', bin);
  return { ...(bin as Record<string, string>) };
}

function packageError(source: string, path: string, expected: string, found: unknown) {
  const issue: ManifestIssue = { path, expected, received: describeValue(found) };
  return new ManifestError('E_PACKAGE_JSON', source, [issue]);
}

// A bug in a schema must still surface as this package's error, never as a bare TypeError.
function asManifestError(error: unknown, source: string): ManifestError {
  if (error instanceof ManifestError) return error;
  const reason = error instanceof Error ? error.message : describeValue(error);
  return new ManifestError('E_MANIFEST', source, [
    { path: '', expected: 'a manifest the parser can read', received: `a failure: ${reason}` },
  ]);
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
