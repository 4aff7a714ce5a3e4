import { parseArgs } from 'node:util';
import type { ArgDef, ArgsDef } from 'citty';
import { CliError } from '../errors.js';
import { aliasesOf } from './arg-aliases.js';
import { closestName } from './closest-name.js';

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const camel = (name: string) =>
  name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

function flagLabel(name: string, def: ArgDef): string {
  const aliases = aliasesOf(def);
  return [
    ...aliases.map((alias) => (alias.length === 1 ? `-${alias}` : `--${alias}`)),
    `--${name}`,
  ].join('/');
}

/**
 * citty parses leniently: an unknown or misspelt flag is dropped, a repeated flag keeps its last
 * value, a stray word is ignored. An agent would never learn its call was misread, so every
 * command line is checked strictly first. Returns the values of the repeatable options.
 */
export function checkArgs(
  rawArgs: readonly string[],
  argsDef: ArgsDef,
  repeatable: readonly string[],
  commandLabel: string,
): Record<string, string[]> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  const canonical = new Map<string, string>();
  const positionals: [string, ArgDef][] = [];

  for (const [name, def] of Object.entries(argsDef)) {
    if (def.type === 'positional') {
      positionals.push([name, def]);
      continue;
    }
    const type = def.type === 'boolean' ? 'boolean' : 'string';
    const aliases = aliasesOf(def);
    const longNames = new Set([
      name,
      kebab(name),
      camel(name),
      ...aliases.filter((a) => a.length > 1),
    ]);
    for (const longName of longNames) {
      const short = longName === name ? aliases.find((alias) => alias.length === 1) : undefined;
      options[longName] = short ? { type, short } : { type };
      canonical.set(longName, name);
    }
    for (const alias of aliases.filter((a) => a.length === 1)) canonical.set(alias, name);
  }

  // `--no-<flag>` negates a boolean (citty's convention); for anything else it is unknown.
  const args = rawArgs.filter((arg) => {
    if (!arg.startsWith('--no-')) return true;
    const target = canonical.get(arg.slice(5));
    return !(target && argsDef[target]?.type === 'boolean');
  });

  const { tokens } = parseArgs({
    args,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seen = new Map<string, number>();
  const repeated: Record<string, string[]> = {};
  const words: string[] = [];

  for (const token of tokens) {
    if (token.kind === 'positional') {
      words.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;

    const name = canonical.get(token.name);
    const def = name === undefined ? undefined : argsDef[name];
    if (name === undefined || def === undefined) {
      const suggestion = closestName(
        token.name,
        [...canonical.keys()].filter((k) => k.length > 1),
      );
      throw new CliError(
        'E_UNKNOWN_OPTION',
        `unknown option ${token.rawName} for ${commandLabel}`,
        {
          hint: suggestion
            ? `did you mean --${suggestion}? Run \`${commandLabel} --help\` for the options`
            : `run \`${commandLabel} --help\` for the options`,
        },
      );
    }
    if (def.type !== 'boolean' && token.value === undefined) {
      throw new CliError('E_MISSING_ARGUMENT', `option ${flagLabel(name, def)} needs a value`, {
        hint: def.valueHint ? `give it as ${token.rawName} <${def.valueHint}>` : undefined,
      });
    }
    if (def.type === 'enum' && token.value !== undefined && !def.options?.includes(token.value)) {
      throw new CliError(
        'E_INVALID_ARGUMENT',
        `option ${flagLabel(name, def)} got "${token.value}"; ` +
          `expected one of: ${def.options?.join(', ')}`,
      );
    }

    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (repeatable.includes(name)) {
      repeated[name] = [...(repeated[name] ?? []), token.value ?? ''];
    } else if (count > 1) {
      throw new CliError('E_USAGE', `option ${flagLabel(name, def)} is given more than once`, {
        hint: 'give it once',
      });
    }
  }

  if (words.length > positionals.length) {
    const extra = words[positionals.length];
    throw new CliError('E_USAGE', `unexpected argument "${extra}" for ${commandLabel}`, {
      hint: `run \`${commandLabel} --help\` for the arguments it takes; quote values with spaces`,
    });
  }
  positionals.forEach(([name, def], index) => {
    if (words[index] === undefined && def.required !== false && def.default === undefined) {
      throw new CliError(
        'E_MISSING_ARGUMENT',
        `missing argument ${name.toUpperCase()} for ${commandLabel}`,
        {
          hint: def.description ? `${name.toUpperCase()}: ${def.description}` : undefined,
        },
      );
    }
  });
  for (const [name, def] of Object.entries(argsDef)) {
    if (def.type !== 'positional' && def.required === true && !seen.has(name)) {
      throw new CliError(
        'E_MISSING_ARGUMENT',
        `option ${flagLabel(name, def)} is required for ${commandLabel}`,
        {
          hint: def.description,
        },
      );
    }
  }
  return repeated;
}
