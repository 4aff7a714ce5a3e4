import { parseArgs } from 'node:util';
import { CliError } from '@keyless/cli-shim';
import type { ArgsDef } from 'citty';

/** Values of one command line, read after a strict check. */
export interface CommandArgs {
  /** The value of a single-valued option or positional; undefined when not given. */
  string(name: string): string | undefined;
  /** Every value of a repeatable option, in order; with `split`, `a,b` counts as two. */
  list(name: string, options?: { split?: boolean }): string[];
  flag(name: string): boolean;
}

function aliasesOf(def: ArgsDef[string]): string[] {
  if (def.type === 'positional' || !('alias' in def) || def.alias === undefined) return [];
  return Array.isArray(def.alias) ? def.alias : [def.alias];
}

/**
 * citty keeps the last of a repeated flag and drops unknown ones without a word. A platform
 * engineer would not learn that `--tool-dir` (singular) was ignored, so each command line is
 * checked here first: unknown options, missing values, repeats, enums, required values.
 */
export function parseCommandArgs(
  rawArgs: readonly string[],
  argsDef: ArgsDef,
  repeatable: readonly string[],
  label: string,
): CommandArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  const canonical = new Map<string, string>();
  const positionals = Object.entries(argsDef).filter(([, def]) => def.type === 'positional');
  for (const [name, def] of Object.entries(argsDef)) {
    if (def.type === 'positional') continue;
    const short = aliasesOf(def).find((alias) => alias.length === 1);
    options[name] = {
      type: def.type === 'boolean' ? 'boolean' : 'string',
      ...(short ? { short } : {}),
    };
    canonical.set(name, name);
    if (short) canonical.set(short, name);
  }

  const { tokens } = parseArgs({
    args: [...rawArgs],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values = new Map<string, string[]>();
  const words: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    if (token.kind !== 'option') continue;

    const name = canonical.get(token.name);
    const def = name === undefined ? undefined : argsDef[name];
    if (name === undefined || def === undefined) {
      throw new CliError('E_UNKNOWN_OPTION', `unknown option ${token.rawName} for ${label}`, {
        hint: `run \`${label} --help\` for its options`,
      });
    }
    if (def.type !== 'boolean' && (token.value === undefined || token.value === '')) {
      throw new CliError('E_MISSING_ARGUMENT', `option --${name} of ${label} needs a value`, {
        hint: def.valueHint ? `give it as --${name} <${def.valueHint}>` : undefined,
      });
    }
    if (def.type === 'boolean' && token.value !== undefined) {
      throw new CliError('E_INVALID_ARGUMENT', `option --${name} of ${label} takes no value`);
    }
    if (def.type === 'enum' && !def.options?.includes(token.value ?? '')) {
      throw new CliError(
        'E_INVALID_ARGUMENT',
        `option --${name} got "${token.value}"; expected one of: ${def.options?.join(', ')}`,
      );
    }
    const previous = values.get(name) ?? [];
    if (previous.length > 0 && !repeatable.includes(name)) {
      throw new CliError('E_USAGE', `option --${name} of ${label} is given more than once`);
    }
    values.set(name, [...previous, token.value ?? 'true']);
  }

  // Positionals, then required options.
  if (words.length > positionals.length) {
    throw new CliError(
      'E_USAGE',
      `unexpected argument "${words[positionals.length]}" for ${label}`,
      {
        hint: `run \`${label} --help\` for the arguments it takes`,
      },
    );
  }
  positionals.forEach(([name, def], index) => {
    const word = words[index];
    if (word !== undefined) values.set(name, [word]);
    else if (def.required !== false) {
      throw new CliError(
        'E_MISSING_ARGUMENT',
        `missing argument ${name.toUpperCase()} for ${label}`,
        {
          hint: def.description,
        },
      );
    }
  });
  for (const [name, def] of Object.entries(argsDef)) {
    if (def.type !== 'positional' && def.required === true && !values.has(name)) {
      throw new CliError('E_MISSING_ARGUMENT', `option --${name} is required for ${label}`, {
        hint: def.description,
      });
    }
  }

  return {
    string: (name) => values.get(name)?.at(-1),
    list: (name, { split = false } = {}) =>
      (values.get(name) ?? [])
        .flatMap((value) => (split ? value.split(',') : [value]))
        .filter(Boolean),
    flag: (name) => values.has(name),
  };
}
