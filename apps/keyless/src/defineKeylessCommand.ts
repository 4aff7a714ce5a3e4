import type { ArgsDef } from 'citty';
import type { CommandArgs } from './strictArgs.js';

/** What a command's `run` gets: its checked arguments and the two output streams. */
export interface KeylessCommandContext {
  args: CommandArgs;
  /** Results only. */
  stdout: NodeJS.WritableStream;
  /** A `warning:` line on stderr. */
  warn(message: string): void;
  /** A plain line on stderr, e.g. which file was written. */
  note(message: string): void;
}

export interface KeylessCommandDef {
  /** The words after `keyless`, e.g. `['proxy-config', 'render']`. */
  path: readonly [string, ...string[]];
  description: string;
  args: ArgsDef;
  /** Options that may be given more than once. */
  repeatable?: readonly string[];
  /** Full command lines a platform engineer can copy. */
  examples: readonly [string, ...string[]];
  /** Resolves to the exit code; undefined means 0. */
  run(context: KeylessCommandContext): Promise<number | undefined>;
}

export function defineKeylessCommand(def: KeylessCommandDef): KeylessCommandDef {
  return def;
}

/** Options every command takes. */
export const GLOBAL_ARGS = {
  debug: { type: 'boolean', description: 'Print the stack trace of an error on stderr' },
} as const satisfies ArgsDef;
