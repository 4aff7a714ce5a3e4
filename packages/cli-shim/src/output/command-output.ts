import type { ListCursor } from './cursor.js';

export type OutputMode = 'json' | 'ndjson' | 'table';

export const OUTPUT_MODES: readonly OutputMode[] = ['json', 'ndjson', 'table'];

/** One page of a listing, as AWS returns it: its items and the token of the page after it. */
export interface ListPage<T> {
  items: readonly T[];
  nextToken?: string | undefined;
}

/**
 * A listing printed as it arrives. Only the page being printed is held in memory, so the pages
 * should come from an async iterable that fetches on demand.
 */
export interface ListOutput<T = unknown> {
  kind: 'list';
  /** The JSON key that holds the items, in AWS words: `logGroups`, `events`, `metricAlarms`. */
  itemsKey: string;
  pages: AsyncIterable<ListPage<T>> | Iterable<ListPage<T>>;
  /** Where `pages` starts; the printer skips `cursor.skip` items and builds resumable tokens. */
  cursor?: ListCursor | undefined;
  /** Other top-level JSON fields, printed before the items (`queryId`, `status`...). */
  fields?: Record<string, unknown> | undefined;
  /** Table columns, in order; by default the keys of the first items. */
  columns?: readonly string[] | undefined;
  /** How to resume when a cap cut the listing, if not this command with `--next-token`. */
  continueWith?: ((nextToken: string) => string) | undefined;
  /** An endless stream (follow mode): tables print page by page instead of at the end. */
  follow?: boolean | undefined;
  /** Exit code after printing; `EXIT_CODES.ok` unless given. */
  exitCode?: number | undefined;
}

/** A single result printed whole: an object, or an array printed one element per ndjson line. */
export interface ValueOutput {
  kind: 'value';
  value: unknown;
  columns?: readonly string[] | undefined;
  /** Exit code after printing; `EXIT_CODES.ok` unless given. */
  exitCode?: number | undefined;
}

export type CommandOutput = ListOutput | ValueOutput;

export function listOutput<T>(list: Omit<ListOutput<T>, 'kind'>): ListOutput<T> {
  return { kind: 'list', ...list };
}

export function valueOutput(
  value: unknown,
  options: Omit<ValueOutput, 'kind' | 'value'> = {},
): ValueOutput {
  return { kind: 'value', value, ...options };
}
