export type ManifestErrorCode =
  /** The `keyless` manifest breaks the format. */
  | 'E_MANIFEST'
  /** package.json cannot be read, is not JSON, or lacks `name` or `keyless`. */
  | 'E_PACKAGE_JSON'
  /** A tool directory cannot be read or holds a folder that is neither tool nor category. */
  | 'E_TOOL_DIR'
  /** Two tools of the same name in one tool directory. */
  | 'E_DUPLICATE_TOOL';

/** One thing wrong, at `path` (`secrets[0].hosts`; empty for the whole value). */
export interface ManifestIssue {
  readonly path: string;
  readonly expected: string;
  readonly received: string;
}

/** The only error this package throws or reports. Its message never needs a stack trace. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  readonly code: ManifestErrorCode;
  /** Where the manifest came from, e.g. `tools/cloudwatch`. */
  readonly source: string;
  /** Path of the first issue. */
  readonly path: string;
  readonly issues: readonly ManifestIssue[];

  constructor(code: ManifestErrorCode, source: string, issues: readonly ManifestIssue[]) {
    super(issues.map((issue) => formatIssue(source, issue)).join('\n'));
    this.code = code;
    this.source = source;
    this.path = issues[0]?.path ?? '';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

function formatIssue(source: string, issue: ManifestIssue): string {
  const at = issue.path === '' ? '' : `${issue.path}: `;
  return `${source}: ${at}expected ${issue.expected}, got ${issue.received}`;
}
