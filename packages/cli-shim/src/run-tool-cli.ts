import { type ArgsDef, defineCommand, runCommand } from 'citty';
import { checkArgs } from './args/check-args.js';
import { closestName } from './args/closest-name.js';
import {
  OUTPUT_ARGS,
  type ToolCliDef,
  type ToolCommandContext,
  type ToolCommandDef,
} from './define-tool-cli.js';
import { CliError, EXIT_CODES } from './errors.js';
import { formatFailureLine, toCliFailure } from './failure.js';
import { renderCliHelp, renderCommandHelp } from './help.js';
import type { CappedListEnd } from './output/capped-items.js';
import type { CommandOutput, OutputMode } from './output/command-output.js';
import { renderOutput } from './output/render-output.js';
import { createStreamSink } from './output/stdout-sink.js';
import { type Environment, isInteractive, shouldUseColor } from './output/terminal.js';
import { type CliStreams, guardBrokenPipe, trapInterrupts } from './process-lifecycle.js';
import { startProgress } from './progress.js';

export interface RunToolCliOptions extends Partial<CliStreams> {
  /** Defaults to `process.argv.slice(2)`. */
  rawArgs?: readonly string[];
  env?: Environment;
  /** Handle SIGINT/SIGTERM and exit the process when done (the default for a bin). */
  ownProcess?: boolean;
}

function positiveInteger(flag: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new CliError(
      'E_INVALID_ARGUMENT',
      `${flag} got "${String(value)}"; expected a whole number of 1 or more`,
    );
  }
  return number;
}

// The command name is the first word that is not an option or the value of a global option.
function findCommandIndex(rawArgs: readonly string[], globalArgs: ArgsDef): number {
  const takesValue = new Set<string>();
  for (const [name, def] of Object.entries(globalArgs)) {
    if (def.type === 'string' || def.type === 'enum') takesValue.add(`--${name}`);
  }
  for (let index = 0; index < rawArgs.length; index++) {
    const arg = rawArgs[index] ?? '';
    if (arg === '--') return -1;
    if (arg.startsWith('-')) {
      if (takesValue.has(arg)) index++;
      continue;
    }
    return index;
  }
  return -1;
}

async function runCommandLine(
  cli: ToolCliDef,
  rawArgs: readonly string[],
  streams: CliStreams,
  env: Environment,
  signal: AbortSignal,
): Promise<number> {
  const globalArgs: ArgsDef = { ...cli.args, ...OUTPUT_ARGS };
  const beforeSeparator = rawArgs.includes('--')
    ? rawArgs.slice(0, rawArgs.indexOf('--'))
    : rawArgs;
  const wantsHelp = beforeSeparator.includes('--help') || beforeSeparator.includes('-h');
  const index = findCommandIndex(rawArgs, globalArgs);

  if (index === -1) {
    if (wantsHelp) return write(streams.stdout, renderCliHelp(cli, globalArgs));
    if (beforeSeparator.includes('--version')) return write(streams.stdout, `${cli.version}\n`);
    checkArgs(rawArgs, globalArgs, [], cli.name);
    throw new CliError('E_NO_COMMAND', `no command given to ${cli.name}`, {
      hint: `run \`${cli.name} --help\` for the list of commands`,
    });
  }

  const name = rawArgs[index] ?? '';
  const command = cli.commands.find((candidate) => candidate.name === name);
  if (!command) {
    const suggestion = closestName(
      name,
      cli.commands.map((c) => c.name),
    );
    throw new CliError('E_UNKNOWN_COMMAND', `unknown command "${name}" for ${cli.name}`, {
      hint: suggestion
        ? `did you mean \`${cli.name} ${suggestion}\`? Run \`${cli.name} --help\` for all commands`
        : `run \`${cli.name} --help\` for the list of commands`,
    });
  }
  if (wantsHelp) return write(streams.stdout, renderCommandHelp(cli, command, globalArgs));

  const commandArgs = [...rawArgs.slice(0, index), ...rawArgs.slice(index + 1)];
  const argsDef: ArgsDef = { ...globalArgs, ...command.args };
  const repeated = await checkArgs(
    commandArgs,
    argsDef,
    command.repeatable ?? [],
    `${cli.name} ${name}`,
  );

  let output: CommandOutput | undefined;
  let context: ToolCommandContext | undefined;
  await runCommand(
    defineCommand({
      meta: { name },
      args: argsDef,
      run: async ({ args }) => {
        context = createContext(command, args, repeated, streams, env, signal);
        output = await command.run(context);
      },
    }),
    { rawArgs: commandArgs },
  );
  if (!output || !context) return EXIT_CODES.ok;

  const { mode, maxItems, maxBytes } = context.output;
  const end = await renderOutput(output, createStreamSink(streams.stdout), {
    mode,
    maxItems,
    maxBytes,
    pretty: isInteractive(streams.stdout),
    table: {
      color: shouldUseColor(streams.stdout, env),
      width: isInteractive(streams.stdout) ? streams.stdout.columns : undefined,
    },
  });
  const note = listingNote(output, end, mode);
  if (note) streams.stderr.write(note);
  return output.exitCode ?? EXIT_CODES.ok;
}

// A cut listing is never silent, whatever the mode; a table also says when more pages exist.
function listingNote(output: CommandOutput, end: CappedListEnd | undefined, mode: OutputMode) {
  if (!end || output.kind !== 'list') return undefined;
  const resume = (token: string) => output.continueWith?.(token) ?? `--next-token ${token}`;
  if (end.truncated) {
    const how = end.nextToken === undefined ? '' : `; continue with ${resume(end.nextToken)}`;
    return `warning: output cut after ${end.count} items by a cap${how}\n`;
  }
  if (end.nextToken !== undefined && mode === 'table') {
    return `more results exist; continue with ${resume(end.nextToken)}\n`;
  }
  return undefined;
}

function createContext(
  command: ToolCommandDef,
  args: ToolCommandContext['args'],
  repeated: Record<string, string[]>,
  streams: CliStreams,
  env: Environment,
  signal: AbortSignal,
): ToolCommandContext {
  const mode = (args.output as OutputMode | undefined) ?? command.defaultOutput ?? 'json';
  return {
    args,
    values: (name) => repeated[name] ?? [],
    signal,
    progress: (label) => startProgress(label, { stream: streams.stderr }),
    warn: (message) => {
      streams.stderr.write(`warning: ${message}\n`);
    },
    output: {
      mode,
      maxItems: positiveInteger('--max-items', args['max-items']),
      maxBytes: positiveInteger('--max-bytes', args['max-bytes']),
    },
    debug: args.debug === true,
    env,
  };
}

function write(stream: CliStreams['stdout'], text: string): number {
  stream.write(text);
  return EXIT_CODES.ok;
}

/**
 * Runs a tool's command line: help, version, strict argument checks, the command, its output.
 * Every failure, citty's own included, ends as one JSON line on stderr and a documented exit code.
 */
export async function runToolCli(
  cli: ToolCliDef,
  options: RunToolCliOptions = {},
): Promise<number> {
  const rawArgs = options.rawArgs ?? process.argv.slice(2);
  const streams: CliStreams = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
  };
  const env = options.env ?? process.env;
  const ownProcess = options.ownProcess ?? options.rawArgs === undefined;
  // A bundled, minified tool is readable in a stack trace only through its source maps; code
  // loaded from here on (the lazily imported parts) is mapped.
  if (ownProcess && rawArgs.includes('--debug')) process.setSourceMapsEnabled(true);
  if (ownProcess) guardBrokenPipe(streams);
  const interrupts = trapInterrupts(ownProcess);

  let exitCode: number;
  try {
    exitCode = await runCommandLine(cli, rawArgs, streams, env, interrupts.signal);
  } catch (error) {
    const failure = toCliFailure(error, cli.mapError);
    streams.stderr.write(formatFailureLine(failure));
    if (rawArgs.includes('--debug') && error instanceof Error && error.stack) {
      streams.stderr.write(`${error.stack}\n`);
    }
    exitCode = failure.exitCode;
  } finally {
    interrupts.release();
  }

  if (ownProcess) await exitWhenFlushed(streams, exitCode);
  return exitCode;
}

// Exiting explicitly ends idle sockets and timers the SDK may leave; waiting for the write
// callbacks first keeps the last bytes of a piped result from being lost.
async function exitWhenFlushed(streams: CliStreams, exitCode: number): Promise<never> {
  await new Promise<void>((resolve) => streams.stdout.write('', () => resolve()));
  await new Promise<void>((resolve) => streams.stderr.write('', () => resolve()));
  process.exit(exitCode);
}
