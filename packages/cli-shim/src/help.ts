import type { ArgDef, ArgsDef } from 'citty';
import { aliasesOf } from './args/arg-aliases.js';
import type { ToolCliDef, ToolCommandDef } from './define-tool-cli.js';
import { EXIT_CODES } from './errors.js';

function flagColumn(name: string, def: ArgDef): string {
  const flags = [...aliasesOf(def).map((a) => (a.length === 1 ? `-${a}` : `--${a}`)), `--${name}`];
  if (def.type === 'boolean') return flags.join(', ');
  const hint = def.type === 'enum' && def.options ? def.options.join('|') : (def.valueHint ?? name);
  return `${flags.join(', ')} <${hint}>`;
}

function describe(def: ArgDef, repeatable: boolean): string {
  const notes = [def.description ?? ''];
  if (repeatable) notes.push('(repeat for more)');
  if (def.required === true) notes.push('(required)');
  if (def.default !== undefined && def.default !== false) notes.push(`(default: ${def.default})`);
  return notes.filter(Boolean).join(' ');
}

function columns(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`.trimEnd()).join('\n');
}

function optionRows(args: ArgsDef, repeatable: readonly string[] = []): [string, string][] {
  return Object.entries(args)
    .filter(([, def]) => def.type !== 'positional')
    .map(([name, def]) => [flagColumn(name, def), describe(def, repeatable.includes(name))]);
}

const EXIT_CODE_LINE =
  `Exit codes: ${EXIT_CODES.ok} ok, ${EXIT_CODES.failure} AWS/network/other error, ` +
  `${EXIT_CODES.usage} bad usage or input (times, JSON, limits), ${EXIT_CODES.auth} auth or ` +
  `proxy rejected, ${EXIT_CODES.notFound} not found, ${EXIT_CODES.throttled} throttled.`;

export function renderCliHelp(cli: ToolCliDef, globalArgs: ArgsDef): string {
  const commandRows = cli.commands.map((c): [string, string] => [c.name, c.description]);
  const globalRows: [string, string][] = [
    ...optionRows(globalArgs),
    ['-h, --help', `Show help; \`${cli.name} <command> --help\` for one command`],
    ['--version', 'Print the version'],
  ];
  const examples = cli.commands.map((c) => `  ${c.examples[0]}`);
  return (
    [
      `${cli.name} ${cli.version}: ${cli.description}`,
      `Usage: ${cli.name} <command> [arguments] [options]`,
      `Commands:\n${columns(commandRows)}`,
      `Global options (before or after the command):\n${columns(globalRows)}`,
      `Examples:\n${examples.join('\n')}`,
      'Results go to stdout; errors are one JSON line on stderr: ' +
        '{"error":{"code","message","hint"}}. ' +
        EXIT_CODE_LINE,
      ...(cli.notes ?? []),
    ].join('\n\n') + '\n'
  );
}

export function renderCommandHelp(cli: ToolCliDef, command: ToolCommandDef, globalArgs: ArgsDef) {
  const args = command.args ?? {};
  const positionals = Object.entries(args).filter(([, def]) => def.type === 'positional');
  const usage = positionals
    .map(([name, def]) =>
      def.required === false ? `[${name.toUpperCase()}]` : `<${name.toUpperCase()}>`,
    )
    .join(' ');
  const sections = [
    `${cli.name} ${command.name}: ${command.description}`,
    `Usage: ${cli.name} ${command.name}${usage ? ` ${usage}` : ''} [options]`,
  ];
  if (positionals.length > 0) {
    const rows = positionals.map(([name, def]): [string, string] => [
      name.toUpperCase(),
      describe(def, false),
    ]);
    sections.push(`Arguments:\n${columns(rows)}`);
  }
  const rows = optionRows(args, command.repeatable);
  if (rows.length > 0) sections.push(`Options:\n${columns(rows)}`);
  const globalNames = Object.keys(globalArgs).map((name) => `--${name}`);
  sections.push(`Global options: ${globalNames.join(', ')} (see \`${cli.name} --help\`)`);
  const title = command.examples.length > 1 ? 'Examples' : 'Example';
  sections.push(`${title}:\n${command.examples.map((line) => `  ${line}`).join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}
