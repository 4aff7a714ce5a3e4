import { CliError, EXIT_CODES, formatFailureLine, toCliFailure } from '@keyless/cli-shim';
import { type ArgsDef, type CommandDef, defineCommand, runCommand } from 'citty';
import packageJson from '../package.json' with { type: 'json' };
import { KEYLESS_COMMANDS } from './commands/index.js';
import { GLOBAL_ARGS, type KeylessCommandDef } from './defineKeylessCommand.js';
import { renderCommandHelp, renderGroupHelp } from './help.js';
import { KEYLESS_EXIT_CODES } from './KeylessError.js';
import { parseCommandArgs } from './strictArgs.js';
import { type KeylessFailure, toKeylessFailure } from './toKeylessFailure.js';

const { version } = packageJson;
const DESCRIPTION =
  'Platform side of keyless: tools, iron-proxy config, the tool-server pod, the IAM policy.';

export interface RunKeylessCliOptions {
  rawArgs?: readonly string[];
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

/**
 * citty's tree of the commands: one sub-command per first word, one more level for groups.
 * Arguments are checked by parseCommandArgs, so citty gets none to check.
 */
function buildCommandTree(
  commands: readonly KeylessCommandDef[],
  onRun: (command: KeylessCommandDef, rawArgs: string[]) => Promise<void>,
): CommandDef {
  const groups = new Map<string, Record<string, CommandDef>>();
  const top: Record<string, CommandDef> = {};
  for (const command of commands) {
    const leaf = defineCommand<ArgsDef>({
      meta: { name: command.path.join(' '), description: command.description },
      run: ({ rawArgs }) => onRun(command, rawArgs),
    });
    const [first, second] = command.path;
    if (second === undefined) {
      top[first] = leaf;
    } else {
      groups.set(first, { ...groups.get(first), [second]: leaf });
    }
  }
  for (const [name, subCommands] of groups) {
    top[name] = defineCommand<ArgsDef>({ meta: { name }, subCommands });
  }
  return defineCommand<ArgsDef>({ meta: { name: 'keyless', version }, subCommands: top });
}

/** The command named by `words`, or a usage error that lists what exists. */
function findCommand(words: readonly string[]): KeylessCommandDef {
  const command = KEYLESS_COMMANDS.find(
    (candidate) => candidate.path.join(' ') === words.slice(0, candidate.path.length).join(' '),
  );
  if (command) return command;
  const group = KEYLESS_COMMANDS.filter((candidate) => candidate.path[0] === words[0]);
  const known = (group.length > 0 ? group : KEYLESS_COMMANDS).map((c) => c.path.join(' '));
  const hint = `commands: ${known.join(', ')}; run \`keyless --help\` for more`;
  if (words.length === 0 || (group.length > 0 && words.length === 1)) {
    throw new CliError('E_NO_COMMAND', `no command given to keyless ${words.join(' ')}`.trim(), {
      hint,
    });
  }
  throw new CliError('E_UNKNOWN_COMMAND', `unknown command "keyless ${words.join(' ')}"`, { hint });
}

const LEADING_FLAGS = new Set(['--debug', '--help', '-h', '--version']);

/** The words that name the command, after any leading `--debug`, `--help` or `--version`. */
function commandWords(rawArgs: readonly string[]): string[] {
  const start = rawArgs.findIndex((arg) => !LEADING_FLAGS.has(arg));
  const stray = rawArgs[start];
  if (stray?.startsWith('-') && stray !== '--') {
    throw new CliError('E_UNKNOWN_OPTION', `unknown option ${stray} for keyless`, {
      hint: 'options go after the command: keyless <command> [options]',
    });
  }
  const words: string[] = [];
  for (const arg of start === -1 ? [] : rawArgs.slice(start)) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  return words;
}

async function runCommandLine(
  rawArgs: readonly string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const beforeSeparator = rawArgs.includes('--')
    ? rawArgs.slice(0, rawArgs.indexOf('--'))
    : rawArgs;
  const words = commandWords(rawArgs);

  // Help and version are answered before any argument is checked.
  if (beforeSeparator.includes('--help') || beforeSeparator.includes('-h')) {
    const command = KEYLESS_COMMANDS.find((c) => c.path.join(' ') === words.join(' '));
    stdout.write(`${command ? renderCommandHelp(command) : renderHelpFor(words[0])}\n`);
    return KEYLESS_EXIT_CODES.ok;
  }
  if (words.length === 0 && beforeSeparator.includes('--version')) {
    stdout.write(`${version}\n`);
    return KEYLESS_EXIT_CODES.ok;
  }

  findCommand(words);
  let exitCode: number = KEYLESS_EXIT_CODES.ok;
  const root = buildCommandTree(KEYLESS_COMMANDS, async (command, commandArgs) => {
    const label = `keyless ${command.path.join(' ')}`;
    const argsDef = { ...command.args, ...GLOBAL_ARGS };
    const args = parseCommandArgs(commandArgs, argsDef, command.repeatable ?? [], label);
    const warn = (message: string) => stderr.write(`warning: ${message}\n`);
    const note = (message: string) => stderr.write(`${message}\n`);
    exitCode = (await command.run({ args, stdout, warn, note })) ?? KEYLESS_EXIT_CODES.ok;
  });
  await runCommand(root, { rawArgs: [...rawArgs] });
  return exitCode;
}

function renderHelpFor(group: string | undefined): string {
  const inGroup = KEYLESS_COMMANDS.filter((command) => command.path[0] === group);
  if (group && inGroup.length > 0) {
    return renderGroupHelp(`keyless ${group}`, `keyless ${group} <command> [options]`, inGroup);
  }
  return renderGroupHelp(
    `keyless ${version}: ${DESCRIPTION}`,
    'keyless <command> [options]',
    KEYLESS_COMMANDS,
  );
}

/**
 * Runs the `keyless` command line and resolves to its exit code. Every failure is one JSON line
 * on stderr; the stack trace only with `--debug`.
 */
export async function runKeylessCli(options: RunKeylessCliOptions = {}): Promise<number> {
  const rawArgs = options.rawArgs ?? process.argv.slice(2);
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  try {
    return await runCommandLine(rawArgs, stdout, stderr);
  } catch (error) {
    const failure: KeylessFailure = toKeylessFailure(error) ?? toCliFailure(error);
    // The shared line holds code, message and hint; the exit code (6 included) is ours.
    stderr.write(formatFailureLine({ ...failure, exitCode: EXIT_CODES.failure }));
    if (rawArgs.includes('--debug') && error instanceof Error && error.stack) {
      stderr.write(`${error.stack}\n`);
    }
    return failure.exitCode;
  }
}
