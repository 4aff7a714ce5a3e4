import type { ArgsDef, ParsedArgs } from 'citty';
import type { ErrorMapper } from './failure.js';
import type { CommandOutput, OutputMode } from './output/command-output.js';
import type { Environment } from './output/terminal.js';
import type { Progress } from './progress.js';

/** What a command's `run` receives. */
export interface ToolCommandContext<A extends ArgsDef = ArgsDef> {
  /** Parsed by citty: the command's own options and the global ones. */
  args: ParsedArgs<A>;
  /** Every value of a repeatable option in order: `-g a -g b` gives `['a', 'b']`. */
  values(name: string): string[];
  /** Aborted on SIGINT/SIGTERM: stop waiting, cancel server-side work, return what you have. */
  signal: AbortSignal;
  /** A progress line on stderr, drawn only on a terminal and only after about a second. */
  progress(label: string): Progress;
  /** A warning line on stderr (never on stdout, which holds only results). */
  warn(message: string): void;
  output: { mode: OutputMode; maxItems?: number | undefined; maxBytes?: number | undefined };
  debug: boolean;
  env: Environment;
}

export interface ToolCommandDef<A extends ArgsDef = ArgsDef> {
  /** As typed on the command line: `list-log-groups`. */
  name: string;
  /** One sentence, shown in the command list and at the top of the command's help. */
  description: string;
  args?: A;
  /** String options that may be given more than once; read them with `context.values`. */
  repeatable?: readonly string[];
  /** At least one full command line an agent can copy. */
  examples: readonly [string, ...string[]];
  /** `--output` when not given; json unless the command streams (tail). */
  defaultOutput?: OutputMode;
  run(context: ToolCommandContext<A>): Promise<CommandOutput> | CommandOutput;
}

export interface ToolCliDef {
  name: string;
  version: string;
  description: string;
  /** The tool's own global options (region, endpoint...), valid before or after the command. */
  args?: ArgsDef;
  // biome-ignore lint/suspicious/noExplicitAny: commands differ in their argument types
  commands: readonly ToolCommandDef<any>[];
  /** Extra paragraphs at the end of the top-level help. */
  notes?: readonly string[];
  /** Maps the tool's own error class to a failure; other errors get the default mapping. */
  mapError?: ErrorMapper;
}

export function defineToolCommand<const A extends ArgsDef>(command: ToolCommandDef<A>) {
  return command;
}

export function defineToolCli(cli: ToolCliDef): ToolCliDef {
  return cli;
}

/** Options every tool command line has, whatever the tool. */
export const OUTPUT_ARGS = {
  output: {
    type: 'enum',
    options: ['json', 'ndjson', 'table'],
    description:
      'json: one document (indented on a terminal); ndjson: one item per line, streamed; ' +
      'table: for people',
  },
  'max-items': {
    type: 'string',
    valueHint: 'n',
    description: 'Print at most n items; a cut list says "truncated": true and gives nextToken',
  },
  'max-bytes': {
    type: 'string',
    valueHint: 'bytes',
    description: 'Print at most this many bytes of items (compact JSON); cut like --max-items',
  },
  debug: { type: 'boolean', description: 'Print the stack trace of an error on stderr' },
} as const satisfies ArgsDef;
