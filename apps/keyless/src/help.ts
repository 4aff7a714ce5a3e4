import type { ArgsDef } from 'citty';
import { GLOBAL_ARGS, type KeylessCommandDef } from './defineKeylessCommand.js';
import { KEYLESS_EXIT_CODES } from './KeylessError.js';

export const ERRORS_AND_EXIT_CODES =
  'Results go to stdout, warnings to stderr; an error is one JSON line on stderr: ' +
  '{"error":{"code","message","hint"}}.\n' +
  `Exit codes: ${KEYLESS_EXIT_CODES.ok} ok, ${KEYLESS_EXIT_CODES.failure} unexpected or I/O ` +
  `failure, ${KEYLESS_EXIT_CODES.usage} bad usage or input (flags, manifests, base config, ` +
  `options), ${KEYLESS_EXIT_CODES.configInvalid} the checked config has errors.`;

function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
}

/** Help for `keyless` or a command group: its commands and an example of each. */
export function renderGroupHelp(
  title: string,
  usage: string,
  commands: readonly KeylessCommandDef[],
): string {
  const rows = commands.map((command) => [command.path.join(' '), command.description] as const);
  const examples = commands.map((command) => `  ${command.examples[0]}`);
  return [
    title,
    `Usage: ${usage}`,
    `Commands:\n${columns(rows)}`,
    `Examples:\n${examples.join('\n')}`,
    `Run \`keyless <command> --help\` for the options of one command.`,
    ERRORS_AND_EXIT_CODES,
  ].join('\n\n');
}

function optionRows(command: KeylessCommandDef): [string, string][] {
  const args: ArgsDef = { ...command.args, ...GLOBAL_ARGS };
  return Object.entries(args)
    .filter(([, def]) => def.type !== 'positional')
    .map(([name, def]) => {
      const aliases = 'alias' in def && def.alias ? [def.alias].flat().map((a) => `-${a}, `) : [];
      const value = def.type === 'boolean' ? '' : ` <${def.valueHint ?? name}>`;
      const notes = [
        def.description ?? '',
        command.repeatable?.includes(name) ? '(repeatable)' : '',
        def.required ? '(required)' : '',
      ];
      return [`${aliases.join('')}--${name}${value}`, notes.filter(Boolean).join(' ')];
    });
}

/** Help for one command: usage, arguments, options, examples. */
export function renderCommandHelp(command: KeylessCommandDef): string {
  const name = `keyless ${command.path.join(' ')}`;
  const positionals = Object.entries(command.args).filter(([, def]) => def.type === 'positional');
  const usage = positionals.map(([arg]) => `<${arg.toUpperCase()}>`).join(' ');
  const sections = [
    `${name}: ${command.description}`,
    `Usage: ${name}${usage ? ` ${usage}` : ''} [options]`,
  ];
  if (positionals.length > 0) {
    const rows = positionals.map(
      ([arg, def]) => [arg.toUpperCase(), def.description ?? ''] as const,
    );
    sections.push(`Arguments:\n${columns(rows)}`);
  }
  sections.push(`Options:\n${columns(optionRows(command))}`);
  const title = command.examples.length > 1 ? 'Examples' : 'Example';
  sections.push(`${title}:\n${command.examples.map((line) => `  ${line}`).join('\n')}`);
  sections.push(ERRORS_AND_EXIT_CODES);
  return sections.join('\n\n');
}
