import type { Document, LineCounter } from 'yaml';

export interface Finding {
  readonly severity: 'error' | 'warning';
  /** `transforms[2].config.allowed_services`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** 1-based line of the value at `path`, when the file has one there. */
  readonly line?: number;
}

export type Path = readonly (string | number)[];

/** Collects findings in the order they are found, each with the line of its path. */
export class Findings {
  readonly list: Finding[] = [];

  constructor(
    private readonly doc?: Document,
    private readonly lines?: LineCounter,
  ) {}

  error(path: Path, message: string): void {
    this.add('error', path, message);
  }

  warning(path: Path, message: string): void {
    this.add('warning', path, message);
  }

  private add(severity: Finding['severity'], path: Path, message: string): void {
    const line = this.lineOf(path);
    this.list.push({ severity, path: formatPath(path), message, ...(line ? { line } : {}) });
  }

  private lineOf(path: Path): number | undefined {
    if (!this.doc || !this.lines) return undefined;
    // The deepest node that exists on the path: a missing key is reported on its parent's line.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as { range?: number[] } | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) return this.lines.linePos(offset).line;
    }
    return undefined;
  }
}

export function formatPath(path: Path): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}
