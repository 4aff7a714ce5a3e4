#!/usr/bin/env node
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { CloudWatchError, createCloudWatchTool, parseTimeRange } from '@keyless/cloudwatch';

//#region ../../node_modules/.pnpm/citty@0.2.2/node_modules/citty/dist/_chunks/libs/scule.mjs
const NUMBER_CHAR_RE = /\d/;
const STR_SPLITTERS = ['-', '_', '/', '.'];
function isUppercase(char = '') {
  if (NUMBER_CHAR_RE.test(char)) return;
  return char !== char.toLowerCase();
}
function splitByCase(str, separators) {
  const splitters = separators ?? STR_SPLITTERS;
  const parts = [];
  if (!str || typeof str !== 'string') return parts;
  let buff = '';
  let previousUpper;
  let previousSplitter;
  for (const char of str) {
    const isSplitter = splitters.includes(char);
    if (isSplitter === true) {
      parts.push(buff);
      buff = '';
      previousUpper = void 0;
      continue;
    }
    const isUpper = isUppercase(char);
    if (previousSplitter === false) {
      if (previousUpper === false && isUpper === true) {
        parts.push(buff);
        buff = char;
        previousUpper = isUpper;
        continue;
      }
      if (previousUpper === true && isUpper === false && buff.length > 1) {
        const lastChar = buff.at(-1);
        parts.push(buff.slice(0, Math.max(0, buff.length - 1)));
        buff = lastChar + char;
        previousUpper = isUpper;
        continue;
      }
    }
    buff += char;
    previousUpper = isUpper;
    previousSplitter = isSplitter;
  }
  parts.push(buff);
  return parts;
}
function upperFirst(str) {
  return str ? str[0].toUpperCase() + str.slice(1) : '';
}
function lowerFirst(str) {
  return str ? str[0].toLowerCase() + str.slice(1) : '';
}
function pascalCase(str, opts) {
  return str
    ? (Array.isArray(str) ? str : splitByCase(str))
        .map((p) => upperFirst(opts?.normalize ? p.toLowerCase() : p))
        .join('')
    : '';
}
function camelCase(str, opts) {
  return lowerFirst(pascalCase(str || '', opts));
}
function kebabCase(str, joiner) {
  return str
    ? (Array.isArray(str) ? str : splitByCase(str)).map((p) => p.toLowerCase()).join(joiner ?? '-')
    : '';
}
//#endregion
//#region ../../node_modules/.pnpm/citty@0.2.2/node_modules/citty/dist/index.mjs
function toArray(val) {
  if (Array.isArray(val)) return val;
  return val === void 0 ? [] : [val];
}
function resolveValue(input) {
  return typeof input === 'function' ? input() : input;
}
var CLIError = class extends Error {
  code;
  constructor(message, code) {
    super(message);
    this.name = 'CLIError';
    this.code = code;
  }
};
function parseRawArgs(args = [], opts = {}) {
  const booleans = new Set(opts.boolean || []);
  const strings = new Set(opts.string || []);
  const aliasMap = opts.alias || {};
  const defaults = opts.default || {};
  const aliasToMain = /* @__PURE__ */ new Map();
  const mainToAliases = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(aliasMap)) {
    const targets = value;
    for (const target of targets) {
      aliasToMain.set(key, target);
      if (!mainToAliases.has(target)) mainToAliases.set(target, []);
      mainToAliases.get(target).push(key);
      aliasToMain.set(target, key);
      if (!mainToAliases.has(key)) mainToAliases.set(key, []);
      mainToAliases.get(key).push(target);
    }
  }
  const options = {};
  function getType(name) {
    if (booleans.has(name)) return 'boolean';
    const aliases = mainToAliases.get(name) || [];
    for (const alias of aliases) if (booleans.has(alias)) return 'boolean';
    return 'string';
  }
  function isStringType(name) {
    if (strings.has(name)) return true;
    const aliases = mainToAliases.get(name) || [];
    for (const alias of aliases) if (strings.has(alias)) return true;
    return false;
  }
  const allOptions = new Set([
    ...booleans,
    ...strings,
    ...Object.keys(aliasMap),
    ...Object.values(aliasMap).flat(),
    ...Object.keys(defaults),
  ]);
  for (const name of allOptions)
    if (!options[name])
      options[name] = {
        type: getType(name),
        default: defaults[name],
      };
  for (const [alias, main] of aliasToMain.entries())
    if (alias.length === 1 && options[main] && !options[main].short) options[main].short = alias;
  const processedArgs = [];
  const negatedFlags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      processedArgs.push(...args.slice(i));
      break;
    }
    if (arg.startsWith('--no-')) {
      const flagName = arg.slice(5);
      negatedFlags[flagName] = true;
      continue;
    }
    processedArgs.push(arg);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: processedArgs,
      options: Object.keys(options).length > 0 ? options : void 0,
      allowPositionals: true,
      strict: false,
    });
  } catch {
    parsed = {
      values: {},
      positionals: processedArgs,
    };
  }
  const out = { _: [] };
  out._ = parsed.positionals;
  for (const [key, value] of Object.entries(parsed.values)) {
    let coerced = value;
    if (getType(key) === 'boolean' && typeof value === 'string') coerced = value !== 'false';
    else if (isStringType(key) && typeof value === 'boolean') coerced = '';
    out[key] = coerced;
  }
  for (const [name] of Object.entries(negatedFlags)) {
    out[name] = false;
    const mainName = aliasToMain.get(name);
    if (mainName) out[mainName] = false;
    const aliases = mainToAliases.get(name);
    if (aliases) for (const alias of aliases) out[alias] = false;
  }
  for (const [alias, main] of aliasToMain.entries()) {
    if (out[alias] !== void 0 && out[main] === void 0) out[main] = out[alias];
    if (out[main] !== void 0 && out[alias] === void 0) out[alias] = out[main];
    if (out[alias] !== out[main] && defaults[main] === out[main]) out[main] = out[alias];
  }
  return out;
}
const noColor = /* @__PURE__ */ (() => {
  const env = globalThis.process?.env ?? {};
  return env.NO_COLOR === '1' || env.TERM === 'dumb' || env.TEST || env.CI;
})();
const _c =
  (c, r = 39) =>
  (t) =>
    noColor ? t : `\u001B[${c}m${t}\u001B[${r}m`;
const cyan = /* @__PURE__ */ _c(36);
function parseArgs$1(rawArgs, argsDef) {
  const parseOptions = {
    boolean: [],
    string: [],
    alias: {},
    default: {},
  };
  const args = resolveArgs(argsDef);
  for (const arg of args) {
    if (arg.type === 'positional') continue;
    if (arg.type === 'string' || arg.type === 'enum') parseOptions.string.push(arg.name);
    else if (arg.type === 'boolean') parseOptions.boolean.push(arg.name);
    if (arg.default !== void 0) parseOptions.default[arg.name] = arg.default;
    if (arg.alias) parseOptions.alias[arg.name] = arg.alias;
    const camelName = camelCase(arg.name);
    const kebabName = kebabCase(arg.name);
    if (camelName !== arg.name || kebabName !== arg.name) {
      const existingAliases = toArray(parseOptions.alias[arg.name] || []);
      if (camelName !== arg.name && !existingAliases.includes(camelName))
        existingAliases.push(camelName);
      if (kebabName !== arg.name && !existingAliases.includes(kebabName))
        existingAliases.push(kebabName);
      if (existingAliases.length > 0) parseOptions.alias[arg.name] = existingAliases;
    }
  }
  const parsed = parseRawArgs(rawArgs, parseOptions);
  const [...positionalArguments] = parsed._;
  const parsedArgsProxy = new Proxy(parsed, {
    get(target, prop) {
      return target[prop] ?? target[camelCase(prop)] ?? target[kebabCase(prop)];
    },
  });
  for (const [, arg] of args.entries())
    if (arg.type === 'positional') {
      const nextPositionalArgument = positionalArguments.shift();
      if (nextPositionalArgument !== void 0) parsedArgsProxy[arg.name] = nextPositionalArgument;
      else if (arg.default === void 0 && arg.required !== false)
        throw new CLIError(
          `Missing required positional argument: ${arg.name.toUpperCase()}`,
          'EARG',
        );
      else parsedArgsProxy[arg.name] = arg.default;
    } else if (arg.type === 'enum') {
      const argument = parsedArgsProxy[arg.name];
      const options = arg.options || [];
      if (argument !== void 0 && options.length > 0 && !options.includes(argument))
        throw new CLIError(
          `Invalid value for argument: ${cyan(`--${arg.name}`)} (${cyan(argument)}). Expected one of: ${options.map((o) => cyan(o)).join(', ')}.`,
          'EARG',
        );
    } else if (arg.required && parsedArgsProxy[arg.name] === void 0)
      throw new CLIError(`Missing required argument: --${arg.name}`, 'EARG');
  return parsedArgsProxy;
}
function resolveArgs(argsDef) {
  const args = [];
  for (const [name, argDef] of Object.entries(argsDef || {}))
    args.push({
      ...argDef,
      name,
      alias: toArray(argDef.alias),
    });
  return args;
}
async function resolvePlugins(plugins) {
  return Promise.all(plugins.map((p) => resolveValue(p)));
}
function defineCommand(def) {
  return def;
}
async function runCommand(cmd, opts) {
  const cmdArgs = await resolveValue(cmd.args || {});
  const parsedArgs = parseArgs$1(opts.rawArgs, cmdArgs);
  const context = {
    rawArgs: opts.rawArgs,
    args: parsedArgs,
    data: opts.data,
    cmd,
  };
  const plugins = await resolvePlugins(cmd.plugins ?? []);
  let result;
  let runError;
  try {
    for (const plugin of plugins) await plugin.setup?.(context);
    if (typeof cmd.setup === 'function') await cmd.setup(context);
    const subCommands = await resolveValue(cmd.subCommands);
    if (subCommands && Object.keys(subCommands).length > 0) {
      const subCommandArgIndex = findSubCommandIndex(opts.rawArgs, cmdArgs);
      const explicitName = opts.rawArgs[subCommandArgIndex];
      if (explicitName) {
        const subCommand = await _findSubCommand(subCommands, explicitName);
        if (!subCommand)
          throw new CLIError(`Unknown command ${cyan(explicitName)}`, 'E_UNKNOWN_COMMAND');
        await runCommand(subCommand, { rawArgs: opts.rawArgs.slice(subCommandArgIndex + 1) });
      } else {
        const defaultSubCommand = await resolveValue(cmd.default);
        if (defaultSubCommand) {
          if (cmd.run)
            throw new CLIError(
              `Cannot specify both 'run' and 'default' on the same command.`,
              'E_DEFAULT_CONFLICT',
            );
          const subCommand = await _findSubCommand(subCommands, defaultSubCommand);
          if (!subCommand)
            throw new CLIError(
              `Default sub command ${cyan(defaultSubCommand)} not found in subCommands.`,
              'E_UNKNOWN_COMMAND',
            );
          await runCommand(subCommand, { rawArgs: opts.rawArgs });
        } else if (!cmd.run) throw new CLIError(`No command specified.`, 'E_NO_COMMAND');
      }
    }
    if (typeof cmd.run === 'function') result = await cmd.run(context);
  } catch (error) {
    runError = error;
  }
  const cleanupErrors = [];
  if (typeof cmd.cleanup === 'function')
    try {
      await cmd.cleanup(context);
    } catch (error) {
      cleanupErrors.push(error);
    }
  for (const plugin of [...plugins].reverse())
    try {
      await plugin.cleanup?.(context);
    } catch (error) {
      cleanupErrors.push(error);
    }
  if (runError) throw runError;
  if (cleanupErrors.length === 1) throw cleanupErrors[0];
  if (cleanupErrors.length > 1)
    throw new Error('Multiple cleanup errors', { cause: cleanupErrors });
  return { result };
}
async function _findSubCommand(subCommands, name) {
  if (name in subCommands) return resolveValue(subCommands[name]);
  for (const sub of Object.values(subCommands)) {
    const resolved = await resolveValue(sub);
    const meta = await resolveValue(resolved?.meta);
    if (meta?.alias) {
      if (toArray(meta.alias).includes(name)) return resolved;
    }
  }
}
function findSubCommandIndex(rawArgs, argsDef) {
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i];
    if (arg === '--') return -1;
    if (arg.startsWith('-')) {
      if (!arg.includes('=') && _isValueFlag(arg, argsDef)) i++;
      continue;
    }
    return i;
  }
  return -1;
}
function _isValueFlag(flag, argsDef) {
  const name = flag.replace(/^-{1,2}/, '');
  const normalized = camelCase(name);
  for (const [key, def] of Object.entries(argsDef)) {
    if (def.type !== 'string' && def.type !== 'enum') continue;
    if (normalized === camelCase(key)) return true;
    if ((Array.isArray(def.alias) ? def.alias : def.alias ? [def.alias] : []).includes(name))
      return true;
  }
  return false;
}
//#endregion
//#region ../../packages/cli-shim/dist/index.mjs
function defineToolCommand(command) {
  return command;
}
function defineToolCli(cli) {
  return cli;
}
/** Options every tool command line has, whatever the tool. */
const OUTPUT_ARGS = {
  output: {
    type: 'enum',
    options: ['json', 'ndjson', 'table'],
    description:
      'json: one document (indented on a terminal); ndjson: one item per line, streamed; table: for people',
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
  debug: {
    type: 'boolean',
    description: 'Print the stack trace of an error on stderr',
  },
};
/**
 * Exit codes of every keyless command line. Agents branch on these, so they never change meaning:
 * a new class of failure gets a new number.
 */
const EXIT_CODES = {
  ok: 0,
  /** AWS answered with an error, the network failed, a wait timed out, or anything unexpected. */
  failure: 1,
  /** The command line or an input value is wrong (including times); fix the call, not the world. */
  usage: 2,
  /** The credentials were refused, or iron-proxy rejected the request. */
  auth: 3,
  /** The named log group, query or alarm does not exist. */
  notFound: 4,
  /** AWS throttled the call after the SDK's retries; wait and call again. */
  throttled: 5,
};
/**
 * Error codes shared by keyless packages, each tied to its exit code. A code missing here exits 1.
 */
const EXIT_CODE_BY_ERROR_CODE = {
  E_USAGE: EXIT_CODES.usage,
  E_NO_COMMAND: EXIT_CODES.usage,
  E_UNKNOWN_COMMAND: EXIT_CODES.usage,
  E_UNKNOWN_OPTION: EXIT_CODES.usage,
  E_MISSING_ARGUMENT: EXIT_CODES.usage,
  E_INVALID_ARGUMENT: EXIT_CODES.usage,
  E_INPUT: EXIT_CODES.usage,
  E_TIME: EXIT_CODES.usage,
  E_AUTH: EXIT_CODES.auth,
  E_PROXY_REJECTED: EXIT_CODES.auth,
  E_NOT_FOUND: EXIT_CODES.notFound,
  E_THROTTLED: EXIT_CODES.throttled,
};
function exitCodeFor(code) {
  return EXIT_CODE_BY_ERROR_CODE[code] ?? EXIT_CODES.failure;
}
/** The one error type of this package: a stable `code`, a message naming the bad value, a hint. */
var CliError = class extends Error {
  name = 'CliError';
  code;
  hint;
  constructor(code, message, options = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
  get exitCode() {
    return exitCodeFor(this.code);
  }
};
const CITTY_CODES = {
  EARG: 'E_MISSING_ARGUMENT',
  E_UNKNOWN_COMMAND: 'E_UNKNOWN_COMMAND',
  E_NO_COMMAND: 'E_NO_COMMAND',
};
const ANSI_ESCAPE = /\u001B\[[0-9;]*m/g;
function stripAnsi(text) {
  return text.replace(ANSI_ESCAPE, '');
}
function toCliFailure(error, mapError) {
  const mapped = mapError?.(error);
  if (mapped) return mapped;
  if (error instanceof CliError)
    return {
      code: error.code,
      message: error.message,
      hint: error.hint,
      exitCode: error.exitCode,
    };
  if (error instanceof Error && error.name === 'CLIError') {
    const code = CITTY_CODES[error.code ?? ''] ?? 'E_USAGE';
    return {
      code,
      message: stripAnsi(error.message),
      exitCode: exitCodeFor(code),
    };
  }
  const shaped = error;
  if (error instanceof Error && typeof shaped?.code === 'string' && /^E_[A-Z_]+$/.test(shaped.code))
    return {
      code: shaped.code,
      message: error.message,
      hint: typeof shaped.hint === 'string' ? shaped.hint : void 0,
      exitCode: exitCodeFor(shaped.code),
    };
  return {
    code: 'E_INTERNAL',
    message: (error instanceof Error ? error.message : String(error)) || 'unexpected error',
    hint: 'run again with --debug to see the stack trace',
    exitCode: exitCodeFor('E_INTERNAL'),
  };
}
/** The single stderr line: `{"error":{"code","message","hint",...details}}`. */
function formatFailureLine(failure) {
  const error = {
    code: failure.code,
    message: failure.message,
    hint: failure.hint ?? null,
    ...failure.details,
  };
  return `${JSON.stringify({ error })}\n`;
}
function listOutput(list) {
  return {
    kind: 'list',
    ...list,
  };
}
function valueOutput(value, options = {}) {
  return {
    kind: 'value',
    value,
    ...options,
  };
}
const CURSOR_PREFIX = 'kl1~';
function writeCursor(cursor) {
  if (cursor.skip === 0) return cursor.token;
  const body = JSON.stringify({
    t: cursor.token ?? null,
    s: cursor.skip,
  });
  return CURSOR_PREFIX + Buffer.from(body).toString('base64url');
}
function readCursor(nextToken) {
  if (nextToken === void 0 || nextToken === '') return { skip: 0 };
  if (!nextToken.startsWith(CURSOR_PREFIX))
    return {
      token: nextToken,
      skip: 0,
    };
  const body = nextToken.slice(4);
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const token = parsed.t === null ? void 0 : parsed.t;
    if (
      (token === void 0 || typeof token === 'string') &&
      typeof parsed.s === 'number' &&
      Number.isInteger(parsed.s) &&
      parsed.s >= 0
    )
      return {
        token,
        skip: parsed.s,
      };
  } catch {}
  throw new CliError(
    'E_INVALID_ARGUMENT',
    `--next-token "${nextToken}" is not a token we printed`,
    { hint: 'pass the nextToken value from the previous output unchanged' },
  );
}
/**
 * Walks the pages, handing each item's compact JSON to `emit` until a cap would be passed. Breaking
 * out of the loop closes the page iterator, so no page past the cut is fetched.
 */
async function emitCappedItems(pages, cursor, caps, emit, onPageEnd) {
  const maxItems = caps.maxItems ?? Number.POSITIVE_INFINITY;
  const maxBytes = caps.maxBytes ?? Number.POSITIVE_INFINITY;
  let toSkip = cursor.skip;
  let pageToken = cursor.token;
  let count = 0;
  let bytes = 0;
  let lastNextToken;
  for await (const page of pages) {
    for (let index = 0; index < page.items.length; index++) {
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      const item = page.items[index];
      const json = JSON.stringify(item) ?? 'null';
      if (count >= maxItems || bytes + Buffer.byteLength(json) > maxBytes)
        return {
          count,
          truncated: true,
          nextToken: writeCursor({
            token: pageToken,
            skip: index,
          }),
        };
      const wait = emit(json, item);
      if (wait) await wait;
      count++;
      bytes += Buffer.byteLength(json);
    }
    const pageDone = onPageEnd?.();
    if (pageDone) await pageDone;
    lastNextToken = page.nextToken;
    pageToken = page.nextToken;
    if (count >= maxItems && page.nextToken !== void 0)
      return {
        count,
        truncated: true,
        nextToken: page.nextToken,
      };
  }
  return {
    count,
    truncated: false,
    nextToken: lastNextToken,
  };
}
function indentJson(value, depth) {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
/**
 * Prints a listing as one JSON document, written item by item so that memory stays flat. The
 * document is `{...fields, [itemsKey]: [...], nextToken?, truncated?}`; `pretty` indents it.
 */
async function renderJsonList(list, caps, sink, pretty) {
  const separator = pretty ? ',\n  ' : ',';
  const field = (key, value) =>
    pretty
      ? `${JSON.stringify(key)}: ${indentJson(value, 1)}`
      : `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  const head = Object.entries(list.fields ?? {})
    .filter(([, value]) => value !== void 0)
    .map(([key, value]) => field(key, value));
  const itemsOpen = `${JSON.stringify(list.itemsKey)}:${pretty ? ' ' : ''}[`;
  sink.write(`{${pretty ? '\n  ' : ''}${[...head, itemsOpen].join(separator)}`);
  let first = true;
  const end = await emitCappedItems(list.pages, list.cursor ?? { skip: 0 }, caps, (json, item) => {
    const comma = first ? '' : ',';
    first = false;
    return sink.write(pretty ? `${comma}\n    ${indentJson(item, 2)}` : `${comma}${json}`);
  });
  const tail = [];
  if (end.nextToken !== void 0) tail.push(field('nextToken', end.nextToken));
  if (end.truncated && list.fields?.truncated === void 0) tail.push(field('truncated', true));
  const close = pretty && end.count > 0 ? '\n  ]' : ']';
  sink.write(`${close}${tail.map((entry) => separator + entry).join('')}${pretty ? '\n' : ''}}\n`);
  return end;
}
/**
 * Prints one item per line as pages arrive. When the listing continues (more pages, or a cap cut
 * it), a last line `{"nextToken":...,"truncated":...}` says so: a cut is never silent.
 */
async function renderNdjsonList(list, caps, sink) {
  const end = await emitCappedItems(list.pages, list.cursor ?? { skip: 0 }, caps, (json) =>
    sink.write(`${json}\n`),
  );
  if (end.truncated || end.nextToken !== void 0) {
    const marker = end.truncated
      ? {
          truncated: true,
          nextToken: end.nextToken ?? null,
        }
      : { nextToken: end.nextToken };
    sink.write(`${JSON.stringify(marker)}\n`);
  }
  return end;
}
function renderNdjsonValue(value, sink) {
  const lines = Array.isArray(value) ? value : [value];
  for (const line of lines) sink.write(`${JSON.stringify(line) ?? 'null'}\n`);
}
function isInteractive(stream) {
  return stream.isTTY === true;
}
/** Colour only for a person at a terminal: never when piped, nor under NO_COLOR, TERM=dumb or CI. */
function shouldUseColor(stream, env) {
  if (!isInteractive(stream)) return false;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  if (env.CI !== void 0 && env.CI !== '' && env.CI !== 'false') return false;
  return true;
}
function bold(text, color) {
  return color ? `\u001B[1m${text}\u001B[22m` : text;
}
const MAX_CELL = 60;
function cellText(value) {
  if (value === void 0 || value === null) return '';
  return (typeof value === 'object' ? JSON.stringify(value) : String(value)).replace(
    /\s*\n\s*/g,
    ' ',
  );
}
function fit(text, width) {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
function columnsOf(rows, declared) {
  if (declared) return [...declared];
  const keys = /* @__PURE__ */ new Set();
  for (const row of rows)
    if (row && typeof row === 'object' && !Array.isArray(row))
      for (const key of Object.keys(row)) keys.add(key);
  return keys.size > 0 ? [...keys] : ['value'];
}
function formatTable(rows, style, options = {}) {
  const columns = columnsOf(rows, options.columns);
  const cells = rows.map((row) =>
    columns.map((column) =>
      row && typeof row === 'object' ? cellText(row[column]) : cellText(row),
    ),
  );
  const header = options.header !== false;
  const widths = columns.map((column, index) => {
    const widest = Math.max(
      header ? column.length : 0,
      ...cells.map((row) => (row[index] ?? '').length),
    );
    return Math.min(MAX_CELL, widest);
  });
  const line = (values, isHeader) => {
    let text = values
      .map((value, index) =>
        index === values.length - 1
          ? value
          : fit(value, widths[index] ?? 0).padEnd(widths[index] ?? 0),
      )
      .join('  ');
    if (style.width !== void 0 && text.length > style.width) text = fit(text, style.width);
    return isHeader ? bold(text, style.color) : text;
  };
  const lines = cells.map((values) => line(values, false));
  if (header) lines.unshift(line(columns, true));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
/**
 * Prints a listing as an aligned table. Bounded listings are aligned as a whole; follow streams are
 * printed page by page so lines appear as they arrive.
 */
async function renderTableList(list, caps, sink, style) {
  let rows = [];
  let headerDone = false;
  const printRows = () => {
    if (rows.length === 0) return void 0;
    const text = formatTable(rows, style, {
      columns: list.columns,
      header: !headerDone,
    });
    headerDone = true;
    rows = [];
    return sink.write(text);
  };
  const end = await emitCappedItems(
    list.pages,
    list.cursor ?? { skip: 0 },
    caps,
    (_json, item) => {
      rows.push(item);
    },
    () => (list.follow ? printRows() : void 0),
  );
  if (!headerDone && rows.length === 0) sink.write(`(no ${list.itemsKey})\n`);
  printRows();
  return end;
}
/** An object prints as two columns, field and value; an array of objects as a table. */
function formatValueTable(value, style, columns) {
  if (Array.isArray(value)) return formatTable(value, style, { columns });
  if (value && typeof value === 'object')
    return formatTable(
      Object.entries(value).map(([field, entry]) => ({
        field,
        value: entry,
      })),
      style,
      {
        columns: ['field', 'value'],
        header: false,
      },
    );
  return `${cellText(value)}\n`;
}
/** Prints a command's result; for listings, returns how the listing ended. */
async function renderOutput(output, sink, options) {
  let end;
  if (output.kind === 'list')
    if (options.mode === 'json') end = await renderJsonList(output, options, sink, options.pretty);
    else if (options.mode === 'ndjson') end = await renderNdjsonList(output, options, sink);
    else end = await renderTableList(output, options, sink, options.table);
  else if (options.mode === 'json')
    sink.write(`${JSON.stringify(output.value, null, options.pretty ? 2 : 0) ?? 'null'}\n`);
  else if (options.mode === 'ndjson') renderNdjsonValue(output.value, sink);
  else sink.write(formatValueTable(output.value, options.table, output.columns));
  await sink.flush();
  return end;
}
const CHUNK_BYTES = 32 * 1024;
/**
 * A sink over a writable stream that respects backpressure: when the stream's buffer is full the
 * caller awaits 'drain' before producing more, so memory stays flat however long the output.
 */
function createStreamSink(stream) {
  let pending = [];
  let pendingLength = 0;
  const flush = () => {
    if (pendingLength === 0) return void 0;
    const chunk = pending.join('');
    pending = [];
    pendingLength = 0;
    if (stream.write(chunk)) return void 0;
    return once(stream, 'drain').then(() => void 0);
  };
  return {
    write(text) {
      pending.push(text);
      pendingLength += text.length;
      return pendingLength >= CHUNK_BYTES ? flush() : void 0;
    },
    flush,
  };
}
const FRAMES = ['|', '/', '-', '\\'];
const FRAME_MS = 120;
/**
 * A one-line progress indicator on stderr for waits longer than about a second (an Insights query).
 * Drawn only on a terminal, so piped stderr that an agent reads stays clean JSON lines.
 */
function startProgress(label, options = {}) {
  const stream = options.stream ?? process.stderr;
  if (!(options.enabled ?? isInteractive(stream)))
    return {
      update() {},
      stop() {},
    };
  const startedAt = Date.now();
  let text = label;
  let frame = 0;
  let drawn = false;
  let ticker;
  const draw = () => {
    const seconds = ((Date.now() - startedAt) / 1e3).toFixed(1);
    stream.write(`\r\u001B[2K${FRAMES[frame++ % FRAMES.length]} ${text} (${seconds}s)`);
    drawn = true;
  };
  const delay = setTimeout(() => {
    draw();
    ticker = setInterval(draw, FRAME_MS);
    ticker.unref();
  }, options.delayMs ?? 1e3);
  delay.unref();
  let stopped = false;
  return {
    update(next) {
      text = next;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(delay);
      if (ticker) clearInterval(ticker);
      if (drawn) stream.write('\r\x1B[2K');
    },
  };
}
function aliasesOf(def) {
  if (def.type === 'positional' || !('alias' in def) || def.alias === void 0) return [];
  return Array.isArray(def.alias) ? def.alias : [def.alias];
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
/** The known name nearest to a mistyped one, if near enough to be a typo. */
function closestName(input, known) {
  let best;
  let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const name of known) {
    const distance = name.startsWith(input) ? 1 : editDistance(input, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
function flagLabel(name, def) {
  return [
    ...aliasesOf(def).map((alias) => (alias.length === 1 ? `-${alias}` : `--${alias}`)),
    `--${name}`,
  ].join('/');
}
/**
 * citty parses leniently: an unknown or misspelt flag is dropped, a repeated flag keeps its last
 * value, a stray word is ignored. An agent would never learn its call was misread, so every
 * command line is checked strictly first. Returns the values of the repeatable options.
 */
function checkArgs(rawArgs, argsDef, repeatable, commandLabel) {
  const options = {};
  const canonical = /* @__PURE__ */ new Map();
  const positionals = [];
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
      const short = longName === name ? aliases.find((alias) => alias.length === 1) : void 0;
      options[longName] = short
        ? {
            type,
            short,
          }
        : { type };
      canonical.set(longName, name);
    }
    for (const alias of aliases.filter((a) => a.length === 1)) canonical.set(alias, name);
  }
  const { tokens } = parseArgs({
    args: rawArgs.filter((arg) => {
      if (!arg.startsWith('--no-')) return true;
      const target = canonical.get(arg.slice(5));
      return !(target && argsDef[target]?.type === 'boolean');
    }),
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seen = /* @__PURE__ */ new Map();
  const repeated = {};
  const words = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      words.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const name = canonical.get(token.name);
    const def = name === void 0 ? void 0 : argsDef[name];
    if (name === void 0 || def === void 0) {
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
    if (def.type !== 'boolean' && token.value === void 0)
      throw new CliError('E_MISSING_ARGUMENT', `option ${flagLabel(name, def)} needs a value`, {
        hint: def.valueHint ? `give it as ${token.rawName} <${def.valueHint}>` : void 0,
      });
    if (def.type === 'enum' && token.value !== void 0 && !def.options?.includes(token.value))
      throw new CliError(
        'E_INVALID_ARGUMENT',
        `option ${flagLabel(name, def)} got "${token.value}"; expected one of: ${def.options?.join(', ')}`,
      );
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (repeatable.includes(name)) repeated[name] = [...(repeated[name] ?? []), token.value ?? ''];
    else if (count > 1)
      throw new CliError('E_USAGE', `option ${flagLabel(name, def)} is given more than once`, {
        hint: 'give it once',
      });
  }
  if (words.length > positionals.length) {
    const extra = words[positionals.length];
    throw new CliError('E_USAGE', `unexpected argument "${extra}" for ${commandLabel}`, {
      hint: `run \`${commandLabel} --help\` for the arguments it takes; quote values with spaces`,
    });
  }
  positionals.forEach(([name, def], index) => {
    if (words[index] === void 0 && def.required !== false && def.default === void 0)
      throw new CliError(
        'E_MISSING_ARGUMENT',
        `missing argument ${name.toUpperCase()} for ${commandLabel}`,
        { hint: def.description ? `${name.toUpperCase()}: ${def.description}` : void 0 },
      );
  });
  for (const [name, def] of Object.entries(argsDef))
    if (def.type !== 'positional' && def.required === true && !seen.has(name))
      throw new CliError(
        'E_MISSING_ARGUMENT',
        `option ${flagLabel(name, def)} is required for ${commandLabel}`,
        { hint: def.description },
      );
  return repeated;
}
function flagColumn(name, def) {
  const flags = [...aliasesOf(def).map((a) => (a.length === 1 ? `-${a}` : `--${a}`)), `--${name}`];
  if (def.type === 'boolean') return flags.join(', ');
  const hint = def.type === 'enum' && def.options ? def.options.join('|') : (def.valueHint ?? name);
  return `${flags.join(', ')} <${hint}>`;
}
function describe(def, repeatable) {
  const notes = [def.description ?? ''];
  if (repeatable) notes.push('(repeat for more)');
  if (def.required === true) notes.push('(required)');
  if (def.default !== void 0 && def.default !== false) notes.push(`(default: ${def.default})`);
  return notes.filter(Boolean).join(' ');
}
function columns(rows) {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`.trimEnd()).join('\n');
}
function optionRows(args, repeatable = []) {
  return Object.entries(args)
    .filter(([, def]) => def.type !== 'positional')
    .map(([name, def]) => [flagColumn(name, def), describe(def, repeatable.includes(name))]);
}
const EXIT_CODE_LINE = `Exit codes: ${EXIT_CODES.ok} ok, ${EXIT_CODES.failure} AWS/network/other error, ${EXIT_CODES.usage} bad usage or input (times, JSON, limits), ${EXIT_CODES.auth} auth or proxy rejected, ${EXIT_CODES.notFound} not found, ${EXIT_CODES.throttled} throttled.`;
function renderCliHelp(cli, globalArgs) {
  const commandRows = cli.commands.map((c) => [c.name, c.description]);
  const globalRows = [
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
      'Results go to stdout; errors are one JSON line on stderr: {"error":{"code","message","hint"}}. ' +
        EXIT_CODE_LINE,
      ...(cli.notes ?? []),
    ].join('\n\n') + '\n'
  );
}
function renderCommandHelp(cli, command, globalArgs) {
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
    const rows = positionals.map(([name, def]) => [name.toUpperCase(), describe(def, false)]);
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
/**
 * `cloudwatch ... | head -1`: once the reader is gone there is nobody to tell, so the process
 * ends at once and quietly instead of dying on an unhandled EPIPE with a stack trace.
 */
function guardBrokenPipe(streams) {
  for (const stream of [streams.stdout, streams.stderr])
    stream.on?.('error', (error) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
}
const GRACE_MS = 3e3;
/**
 * The first SIGINT/SIGTERM aborts the command's signal so it can clean up (stop an Insights query,
 * end a tail) and finish normally; a second one, or the grace period running out, exits with 130.
 */
function trapInterrupts(enabled) {
  const controller = new AbortController();
  if (!enabled)
    return {
      signal: controller.signal,
      release() {},
    };
  let forced;
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort(/* @__PURE__ */ new Error('interrupted'));
    forced = setTimeout(() => process.exit(130), GRACE_MS);
    forced.unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release() {
      if (forced) clearTimeout(forced);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
function positiveInteger(flag, value) {
  if (value === void 0 || value === '') return void 0;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1)
    throw new CliError(
      'E_INVALID_ARGUMENT',
      `${flag} got "${String(value)}"; expected a whole number of 1 or more`,
    );
  return number;
}
function findCommandIndex(rawArgs, globalArgs) {
  const takesValue = /* @__PURE__ */ new Set();
  for (const [name, def] of Object.entries(globalArgs))
    if (def.type === 'string' || def.type === 'enum') takesValue.add(`--${name}`);
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
async function runCommandLine(cli, rawArgs, streams, env, signal) {
  const globalArgs = {
    ...cli.args,
    ...OUTPUT_ARGS,
  };
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
  const argsDef = {
    ...globalArgs,
    ...command.args,
  };
  const repeated = checkArgs(commandArgs, argsDef, command.repeatable ?? [], `${cli.name} ${name}`);
  let output;
  let context;
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
      width: isInteractive(streams.stdout) ? streams.stdout.columns : void 0,
    },
  });
  if (end?.nextToken !== void 0 && mode === 'table') {
    const what = end.truncated ? `cut after ${end.count} items` : 'more results exist';
    streams.stderr.write(`${what}; continue with --next-token ${end.nextToken}\n`);
  }
  return output.exitCode ?? EXIT_CODES.ok;
}
function createContext(command, args, repeated, streams, env, signal) {
  return {
    args,
    values: (name) => repeated[name] ?? [],
    signal,
    progress: (label) => startProgress(label, { stream: streams.stderr }),
    warn: (message) => {
      streams.stderr.write(`warning: ${message}\n`);
    },
    output: {
      mode: args.output ?? command.defaultOutput ?? 'json',
      maxItems: positiveInteger('--max-items', args['max-items']),
      maxBytes: positiveInteger('--max-bytes', args['max-bytes']),
    },
    debug: args.debug === true,
    env,
  };
}
function write(stream, text) {
  stream.write(text);
  return EXIT_CODES.ok;
}
/**
 * Runs a tool's command line: help, version, strict argument checks, the command, its output.
 * Every failure, citty's own included, ends as one JSON line on stderr and a documented exit code.
 */
async function runToolCli(cli, options = {}) {
  const rawArgs = options.rawArgs ?? process.argv.slice(2);
  const streams = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
  };
  const env = options.env ?? process.env;
  const ownProcess = options.ownProcess ?? options.rawArgs === void 0;
  if (ownProcess) guardBrokenPipe(streams);
  const interrupts = trapInterrupts(ownProcess);
  let exitCode;
  try {
    exitCode = await runCommandLine(cli, rawArgs, streams, env, interrupts.signal);
  } catch (error) {
    const failure = toCliFailure(error, cli.mapError);
    streams.stderr.write(formatFailureLine(failure));
    if (rawArgs.includes('--debug') && error instanceof Error && error.stack)
      streams.stderr.write(`${error.stack}\n`);
    exitCode = failure.exitCode;
  } finally {
    interrupts.release();
  }
  if (ownProcess) await exitWhenFlushed(streams, exitCode);
  return exitCode;
}
async function exitWhenFlushed(streams, exitCode) {
  await new Promise((resolve) => streams.stdout.write('', () => resolve()));
  await new Promise((resolve) => streams.stderr.write('', () => resolve()));
  process.exit(exitCode);
}
//#endregion
//#region package.json
var version = '0.1.0';
//#endregion
//#region src/command-args.ts
function limitArg(description) {
  return {
    type: 'string',
    alias: 'n',
    valueHint: 'n',
    description,
  };
}
function startArg(defaultWindow) {
  return {
    type: 'string',
    alias: 's',
    valueHint: 'time',
    description: `Start: 15m, 2h ago, ISO 8601, epoch (default: end - ${defaultWindow})`,
  };
}
const END_ARG = {
  type: 'string',
  alias: 'e',
  valueHint: 'time',
  description: 'End: same forms as --start (default: now)',
};
const NEXT_TOKEN_ARG = {
  type: 'string',
  valueHint: 'token',
  description: 'Continue a listing: the nextToken printed by the previous call',
};
const DIMENSIONS_ARG = {
  type: 'string',
  alias: 'd',
  valueHint: 'json',
  description: 'Dimensions as a JSON object, e.g. \'{"InstanceId":"i-0abc"}\'',
};
/**
 * A number when the text is one; otherwise the text itself, so that the client's own range check
 * names the value the user typed (`limit must be an integer from 1 to 50, got "ten"`).
 */
function numberOrText(value) {
  if (value === void 0) return void 0;
  const text = String(value).trim();
  return /^-?\d+$/.test(text) ? Number(text) : text;
}
function optionalText(value) {
  return typeof value === 'string' ? value : void 0;
}
/** `-d` is JSON on the command line; the client checks its shape, this checks that it parses. */
function parseDimensions(value) {
  if (value === void 0) return void 0;
  try {
    return JSON.parse(String(value));
  } catch (error) {
    throw new CloudWatchError(
      'E_INPUT',
      `--dimensions is not valid JSON (${error.message}): got ${JSON.stringify(value)}.`,
      {
        hint: 'Give a JSON object of dimension names to values, e.g. \'{"InstanceId":"i-0abc"}\'.',
      },
    );
  }
}
const DURATION = /^(\d+)(ms|s|m|h)?$/;
const DURATION_MS = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
};
/** A wait such as `90s`, `2m` or `500ms`; a bare number is seconds. */
function parseDuration(flag, value) {
  if (value === void 0) return void 0;
  const match = DURATION.exec(String(value).trim());
  if (!match)
    throw new CliError(
      'E_INVALID_ARGUMENT',
      `${flag} got ${JSON.stringify(value)}; expected a duration such as 30s, 2m, 500ms or 90`,
    );
  return Number(match[1]) * (DURATION_MS[match[2] ?? 's'] ?? 1e3);
}
//#endregion
//#region src/tool.ts
/** Where and how to reach CloudWatch; valid before or after any command. */
const CONNECTION_ARGS = {
  region: {
    type: 'string',
    valueHint: 'region',
    description: 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, us-east-1)',
  },
  endpoint: {
    type: 'string',
    valueHint: 'url',
    description: 'Send requests to this URL instead of AWS (an emulator); else AWS_ENDPOINT_URL',
  },
  auth: {
    type: 'string',
    valueHint: 'proxy|sdk',
    description:
      'proxy: placeholder keys, for use behind iron-proxy; sdk: your own AWS credentials (else KEYLESS_AWS_AUTH, else proxy)',
  },
};
/** The client for this invocation; creating it loads no SDK module. */
function createTool(context) {
  const { args } = context;
  const optional = (value) => (typeof value === 'string' ? value : void 0);
  const region = optional(args.region);
  const endpoint = optional(args.endpoint);
  const auth = optional(args.auth);
  return createCloudWatchTool({
    env: context.env,
    ...(region === void 0 ? {} : { region }),
    ...(endpoint === void 0 ? {} : { endpoint }),
    ...(auth === void 0 ? {} : { auth }),
  });
}
//#endregion
//#region src/commands/describe-alarms.ts
const describeAlarmsCommand = defineToolCommand({
  name: 'describe-alarms',
  description:
    'Metric and composite alarms with their state and reason, optionally by state or prefix.',
  args: {
    state: {
      type: 'string',
      valueHint: 'OK|ALARM|INSUFFICIENT_DATA',
      description: 'Only alarms in this state',
    },
    prefix: {
      type: 'string',
      alias: 'p',
      valueHint: 'prefix',
      description: 'Alarm name prefix',
    },
    limit: limitArg('Alarms to return, 1 to 100 (default 50)'),
    'next-token': NEXT_TOKEN_ARG,
  },
  examples: ['cloudwatch describe-alarms --state ALARM'],
  async run(context) {
    const { args } = context;
    const cursor = readCursor(optionalText(args['next-token']));
    const state = optionalText(args.state)?.toUpperCase();
    const result = await createTool(context).describeAlarms({
      stateValue: state,
      alarmNamePrefix: optionalText(args.prefix),
      limit: numberOrText(args.limit),
      nextToken: cursor.token,
    });
    return listOutput({
      itemsKey: 'alarms',
      pages: [
        {
          items: result.alarms,
          nextToken: result.nextToken,
        },
      ],
      cursor,
      columns: ['alarmName', 'stateValue', 'alarmType', 'metricName', 'stateUpdatedTimestamp'],
    });
  },
});
//#endregion
//#region src/log-event-pages.ts
const PAGE_SIZE = 2500;
/**
 * FilterLogEvents pages, each with the token that resumes after it. The time window is resolved
 * once, so that every page (and a resumed call given absolute times) reads the same window. The
 * first page is read before returning: a bad group, pattern or time fails before any output.
 */
async function logEventPages(tool, options) {
  const { startMs, endMs } = parseTimeRange({
    start: options.start,
    end: options.end,
  });
  const read = (limit, nextToken) =>
    tool.filterLogEvents({
      ...options.filter,
      start: startMs,
      end: endMs,
      limit,
      nextToken,
    });
  const all = options.limit === 'all';
  const first = await read(all ? PAGE_SIZE : options.limit, options.nextToken);
  return (async function* () {
    let page = first;
    yield {
      items: page.events,
      nextToken: page.nextToken,
    };
    while (all && page.nextToken !== void 0 && !options.signal.aborted) {
      page = await read(PAGE_SIZE, page.nextToken);
      yield {
        items: page.events,
        nextToken: page.nextToken,
      };
    }
  })();
}
//#endregion
//#region src/commands/filter-log-events.ts
const LOG_EVENT_COLUMNS = ['timestamp', 'logStreamName', 'message'];
const filterLogEventsCommand = defineToolCommand({
  name: 'filter-log-events',
  description:
    'Log events of one group matching a filter pattern in a time window, oldest first; with --all every page (stream it with --output ndjson).',
  args: {
    group: {
      type: 'positional',
      description: 'Log group name, e.g. /aws/lambda/checkout',
    },
    pattern: {
      type: 'string',
      alias: 'f',
      valueHint: 'pattern',
      description: 'CloudWatch Logs filter pattern: ERROR, "timed out", { $.level = "error" }',
    },
    start: startArg('1h'),
    end: END_ARG,
    limit: limitArg('Events to return, 1 to 10000 (default 100)'),
    all: {
      type: 'boolean',
      description: 'Read every matching event, page by page (not with -n)',
    },
    stream: {
      type: 'string',
      valueHint: 'name',
      description: 'Only this log stream',
    },
    'stream-prefix': {
      type: 'string',
      valueHint: 'prefix',
      description: 'Only log streams whose name starts with this',
    },
    'next-token': NEXT_TOKEN_ARG,
  },
  repeatable: ['stream'],
  examples: ['cloudwatch filter-log-events /aws/lambda/checkout -f ERROR -s 30m -n 20'],
  run(context) {
    const { args } = context;
    if (args.all === true && args.limit !== void 0)
      throw new CliError('E_USAGE', '--all and -n/--limit exclude each other', {
        hint: 'use --all with --max-items to cap a full read, or -n alone for one batch',
      });
    const cursor = readCursor(optionalText(args['next-token']));
    const streams = context.values('stream');
    return logEventPages(createTool(context), {
      filter: {
        logGroupName: String(args.group),
        filterPattern: optionalText(args.pattern),
        logStreamNames: streams.length > 0 ? streams : void 0,
        logStreamNamePrefix: optionalText(args['stream-prefix']),
      },
      start: optionalText(args.start),
      end: optionalText(args.end),
      limit: args.all === true ? 'all' : (numberOrText(args.limit) ?? 100),
      nextToken: cursor.token,
      signal: context.signal,
    }).then((iterable) =>
      listOutput({
        itemsKey: 'events',
        pages: iterable,
        cursor,
        columns: LOG_EVENT_COLUMNS,
      }),
    );
  },
});
//#endregion
//#region src/commands/get-alarm-history.ts
const getAlarmHistoryCommand = defineToolCommand({
  name: 'get-alarm-history',
  description:
    'Alarm history, newest first; state updates carry oldState and newState with their reasons.',
  args: {
    alarm: {
      type: 'string',
      alias: 'a',
      valueHint: 'name',
      description: 'Only this alarm',
    },
    type: {
      type: 'string',
      alias: 't',
      valueHint: 'type',
      description: 'StateUpdate, ConfigurationUpdate or Action',
    },
    start: startArg('24h'),
    end: END_ARG,
    limit: limitArg('Items to return, 1 to 100 (default 50)'),
    'next-token': NEXT_TOKEN_ARG,
  },
  examples: ['cloudwatch get-alarm-history -a checkout-errors -t StateUpdate -s 2d'],
  async run(context) {
    const { args } = context;
    const cursor = readCursor(optionalText(args['next-token']));
    const result = await createTool(context).getAlarmHistory({
      alarmName: optionalText(args.alarm),
      historyItemType: optionalText(args.type),
      start: optionalText(args.start),
      end: optionalText(args.end),
      limit: numberOrText(args.limit),
      nextToken: cursor.token,
    });
    return listOutput({
      itemsKey: 'items',
      pages: [
        {
          items: result.items,
          nextToken: result.nextToken,
        },
      ],
      cursor,
      columns: ['timestamp', 'alarmName', 'historyItemType', 'historySummary'],
    });
  },
});
//#endregion
//#region src/commands/get-metric-data.ts
const getMetricDataCommand = defineToolCommand({
  name: 'get-metric-data',
  description:
    'Datapoints ({timestamp, value}, oldest first) of one metric over a time window, with the label, statistic and period used.',
  args: {
    namespace: {
      type: 'positional',
      description: 'Namespace, e.g. AWS/Lambda',
    },
    metric: {
      type: 'positional',
      description: 'Metric name, e.g. Errors',
    },
    dimensions: DIMENSIONS_ARG,
    stat: {
      type: 'string',
      valueHint: 'stat',
      description: 'Average (default), Sum, Minimum, Maximum, SampleCount or pNN like p99',
    },
    period: {
      type: 'string',
      valueHint: 'seconds',
      description: '1, 5, 10, 30 or a multiple of 60 (default: about 100 points over the window)',
    },
    start: startArg('3h'),
    end: END_ARG,
  },
  examples: [
    'cloudwatch get-metric-data AWS/Lambda Errors -d \'{"FunctionName":"checkout"}\' --stat Sum -s 6h',
  ],
  async run(context) {
    const { args } = context;
    const { datapoints, ...fields } = await createTool(context).getMetricData({
      namespace: String(args.namespace),
      metricName: String(args.metric),
      dimensions: parseDimensions(args.dimensions),
      stat: optionalText(args.stat),
      period: numberOrText(args.period),
      start: optionalText(args.start),
      end: optionalText(args.end),
    });
    return listOutput({
      itemsKey: 'datapoints',
      fields,
      pages: [{ items: datapoints }],
    });
  },
});
//#endregion
//#region src/commands/get-query-results.ts
const getQueryResultsCommand = defineToolCommand({
  name: 'get-query-results',
  description:
    'Status, rows ({field: value}) and statistics of a Logs Insights query; rows are complete once status is Complete.',
  args: {
    id: {
      type: 'positional',
      description: 'The queryId printed by start-query',
    },
    'next-token': {
      ...NEXT_TOKEN_ARG,
      description: 'Continue rows cut by --max-items/--max-bytes: the nextToken printed before',
    },
  },
  examples: ['cloudwatch get-query-results 0f5c4a1e-2b7d-4c8e-9a31-7d2f3c1b8e90'],
  async run(context) {
    const queryId = String(context.args.id);
    const cursor = readCursor(optionalText(context.args['next-token']));
    const result = await createTool(context).getQueryResults({ queryId });
    if (result.status === 'Running' || result.status === 'Scheduled')
      context.warn(`query ${queryId} is ${result.status}; rows so far are partial`);
    return listOutput({
      itemsKey: 'rows',
      fields: {
        queryId,
        status: result.status,
        statistics: result.statistics,
      },
      pages: [{ items: result.rows }],
      cursor,
    });
  },
});
//#endregion
//#region src/commands/health.ts
function errorOf(error) {
  if (error instanceof CloudWatchError)
    return {
      code: error.code,
      message: error.message,
      hint: error.hint ?? null,
    };
  return {
    code: 'E_INTERNAL',
    message: String(error?.message ?? error),
    hint: null,
  };
}
async function check(call) {
  const startedAt = performance.now();
  try {
    await call();
    return {
      ok: true,
      latencyMs: Math.round(performance.now() - startedAt),
    };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - startedAt),
      error: errorOf(error),
    };
  }
}
const healthCommand = defineToolCommand({
  name: 'health',
  description:
    'Check that CloudWatch Logs and CloudWatch metrics answer with the current settings; prints {"ok", "tool", "error", "details"} and exits non-zero when not ok.',
  examples: ['cloudwatch health --region eu-west-1'],
  async run(context) {
    let tool;
    try {
      tool = createTool(context);
    } catch (error) {
      const failure = errorOf(error);
      return valueOutput(
        {
          ok: false,
          tool: 'cloudwatch',
          error: failure,
          details: {},
        },
        { exitCode: exitCodeFor(failure.code) },
      );
    }
    const [logs, monitoring] = await Promise.all([
      check(() => tool.listLogGroups({ limit: 1 })),
      check(() => tool.describeAlarms({ limit: 1 })),
    ]);
    const failed = [logs, monitoring].find((result) => !result.ok);
    const details = {
      auth: tool.auth,
      region: tool.region,
      endpoint: typeof context.args.endpoint === 'string' ? context.args.endpoint : null,
      logs,
      monitoring,
    };
    return valueOutput(
      {
        ok: !failed,
        tool: 'cloudwatch',
        error: failed?.error ?? null,
        details,
      },
      { exitCode: failed?.error ? exitCodeFor(failed.error.code) : EXIT_CODES.ok },
    );
  },
});
//#endregion
//#region src/commands/list-log-groups.ts
const listLogGroupsCommand = defineToolCommand({
  name: 'list-log-groups',
  description: 'List log groups (name, size, retention), optionally those whose name has a prefix.',
  args: {
    prefix: {
      type: 'string',
      alias: 'p',
      valueHint: 'prefix',
      description: 'Log group name prefix',
    },
    limit: limitArg('Log groups to return, 1 to 50 (default 50)'),
    'next-token': NEXT_TOKEN_ARG,
  },
  examples: ['cloudwatch list-log-groups -p /aws/lambda/ -n 20'],
  async run(context) {
    const { args } = context;
    const cursor = readCursor(optionalText(args['next-token']));
    const result = await createTool(context).listLogGroups({
      namePrefix: optionalText(args.prefix),
      limit: numberOrText(args.limit),
      nextToken: cursor.token,
    });
    return listOutput({
      itemsKey: 'logGroups',
      pages: [
        {
          items: result.logGroups,
          nextToken: result.nextToken,
        },
      ],
      cursor,
      columns: ['logGroupName', 'storedBytes', 'retentionInDays', 'logGroupClass', 'creationTime'],
    });
  },
});
//#endregion
//#region src/commands/list-metrics.ts
const listMetricsCommand = defineToolCommand({
  name: 'list-metrics',
  description:
    'List metrics (namespace, name, dimensions), filtered by namespace, name or dimensions.',
  args: {
    namespace: {
      type: 'string',
      alias: 'N',
      valueHint: 'namespace',
      description: 'Namespace, e.g. AWS/Lambda',
    },
    metric: {
      type: 'string',
      alias: 'm',
      valueHint: 'name',
      description: 'Metric name, e.g. Errors',
    },
    dimensions: {
      ...DIMENSIONS_ARG,
      description: 'Dimensions as JSON; null matches any value: \'{"FunctionName":null}\'',
    },
    limit: limitArg('Metrics to return, 1 to 10000 (default 100)'),
    'next-token': NEXT_TOKEN_ARG,
  },
  examples: ['cloudwatch list-metrics -N AWS/Lambda -m Errors'],
  async run(context) {
    const { args } = context;
    const cursor = readCursor(optionalText(args['next-token']));
    const result = await createTool(context).listMetrics({
      namespace: optionalText(args.namespace),
      metricName: optionalText(args.metric),
      dimensions: parseDimensions(args.dimensions),
      limit: numberOrText(args.limit),
      nextToken: cursor.token,
    });
    if (result.truncated)
      context.warn(
        'the limit cut a ListMetrics page, which cannot be resumed; narrow the filter or raise -n',
      );
    return listOutput({
      itemsKey: 'metrics',
      pages: [
        {
          items: result.metrics,
          nextToken: result.nextToken,
        },
      ],
      cursor,
      fields: result.truncated ? { truncated: true } : void 0,
    });
  },
});
//#endregion
//#region src/commands/start-query.ts
const QUERY_ARGS = {
  query: {
    type: 'positional',
    description:
      'Logs Insights query, e.g. "fields @timestamp, @message | filter @message like /ERROR/"',
  },
  group: {
    type: 'string',
    alias: 'g',
    valueHint: 'group',
    required: true,
    description: 'Log group to query',
  },
  start: startArg('1h'),
  end: END_ARG,
  limit: limitArg('Rows to return, 1 to 10000 (default 100)'),
};
function queryInput(context) {
  const { args } = context;
  return {
    queryString: String(args.query),
    logGroupNames: context.values('group'),
    start: optionalText(args.start),
    end: optionalText(args.end),
    limit: numberOrText(args.limit),
  };
}
const startQueryCommand = defineToolCommand({
  name: 'start-query',
  description:
    'Start a Logs Insights query and print its queryId at once; read rows with get-query-results.',
  args: QUERY_ARGS,
  repeatable: ['group'],
  examples: [
    'cloudwatch start-query "stats count(*) by bin(5m)" -g /aws/lambda/checkout -g /aws/lambda/cart -s 3h',
  ],
  async run(context) {
    return valueOutput(await createTool(context).startQuery(queryInput(context)));
  },
});
//#endregion
//#region src/commands/query.ts
const INTERRUPTED = 130;
const queryCommand = defineToolCommand({
  name: 'query',
  description:
    'Run a Logs Insights query to the end and print its rows; Ctrl-C or --wait-timeout stops the query on the server and prints the rows read so far.',
  args: {
    ...QUERY_ARGS,
    'wait-timeout': {
      type: 'string',
      valueHint: 'duration',
      description: 'Give up waiting after this long, e.g. 90s or 5m (default 60s)',
    },
  },
  repeatable: ['group'],
  examples: ['cloudwatch query "stats count(*) by bin(5m)" -g /aws/lambda/checkout -s 3h'],
  async run(context) {
    const progress = context.progress('waiting for Logs Insights');
    const timeoutMs = parseDuration('--wait-timeout', context.args['wait-timeout']);
    let result;
    try {
      result = await createTool(context).query({
        ...queryInput(context),
        signal: context.signal,
        ...(timeoutMs === void 0 ? {} : { timeoutMs }),
      });
    } finally {
      progress.stop();
    }
    let exitCode = EXIT_CODES.ok;
    if (result.stoppedBy === 'timeout') {
      context.warn(
        `query ${result.queryId} did not finish within the wait timeout and was stopped; rows are partial. Raise --wait-timeout or narrow the time window.`,
      );
      exitCode = EXIT_CODES.failure;
    } else if (result.stoppedBy === 'signal') {
      context.warn(`query ${result.queryId} was stopped on interrupt; rows are partial`);
      exitCode = INTERRUPTED;
    } else if (result.status !== 'Complete') {
      context.warn(`query ${result.queryId} ended with status ${result.status}`);
      exitCode = EXIT_CODES.failure;
    }
    return listOutput({
      itemsKey: 'rows',
      fields: {
        queryId: result.queryId,
        status: result.status,
        statistics: result.statistics,
        stoppedBy: result.stoppedBy,
      },
      pages: [{ items: result.rows }],
      exitCode,
    });
  },
});
//#endregion
//#region src/commands/stop-query.ts
const stopQueryCommand = defineToolCommand({
  name: 'stop-query',
  description: 'Stop a running Logs Insights query; prints {"queryId", "success"}.',
  args: {
    id: {
      type: 'positional',
      description: 'The queryId printed by start-query',
    },
  },
  examples: ['cloudwatch stop-query 0f5c4a1e-2b7d-4c8e-9a31-7d2f3c1b8e90'],
  async run(context) {
    const queryId = String(context.args.id);
    return valueOutput({
      queryId,
      ...(await createTool(context).stopQuery({ queryId })),
    });
  },
});
//#endregion
//#region src/commands/tail.ts
async function* followPages(tool, filter, start, pollIntervalMs, signal) {
  const events = tool.tailLogEvents({
    ...filter,
    start,
    signal,
    ...(pollIntervalMs === void 0 ? {} : { pollIntervalMs }),
  });
  for await (const event of events) yield { items: [event] };
}
const tailCommand = defineToolCommand({
  name: 'tail',
  description:
    'Recent log events of a group, one JSON object per line; with --follow keep printing new events (each once) until Ctrl-C.',
  args: {
    group: {
      type: 'positional',
      description: 'Log group name',
    },
    pattern: {
      type: 'string',
      alias: 'f',
      valueHint: 'pattern',
      description: 'CloudWatch Logs filter pattern, e.g. ERROR',
    },
    start: {
      type: 'string',
      alias: 's',
      valueHint: 'time',
      description: 'Show events from this time on (default: 10m)',
    },
    follow: {
      type: 'boolean',
      description: 'Keep polling for new events until interrupted',
    },
    'poll-interval': {
      type: 'string',
      valueHint: 'duration',
      description: 'Pause between polls with --follow, e.g. 2s (default 2s, at least 500ms)',
    },
  },
  defaultOutput: 'ndjson',
  examples: ['cloudwatch tail /aws/lambda/checkout -f ERROR -s 5m --follow'],
  async run(context) {
    const { args, signal } = context;
    const tool = createTool(context);
    const filter = {
      logGroupName: String(args.group),
      filterPattern: optionalText(args.pattern),
    };
    const start = optionalText(args.start) ?? '10m';
    const pollIntervalMs = parseDuration('--poll-interval', args['poll-interval']);
    if (args.follow === true) {
      await tool.filterLogEvents({
        ...filter,
        start,
        limit: 1,
      });
      return listOutput({
        itemsKey: 'events',
        pages: followPages(tool, filter, start, pollIntervalMs, signal),
        columns: LOG_EVENT_COLUMNS,
        follow: true,
      });
    }
    return listOutput({
      itemsKey: 'events',
      pages: await logEventPages(tool, {
        filter,
        start,
        end: void 0,
        limit: 'all',
        nextToken: void 0,
        signal,
      }),
      columns: LOG_EVENT_COLUMNS,
    });
  },
});
//#endregion
//#region src/map-error.ts
/** CloudWatchError keeps its code and hint; the AWS facts an agent may act on go in details. */
function mapCloudWatchError(error) {
  if (!(error instanceof CloudWatchError)) return void 0;
  const details = { retryable: error.retryable };
  if (error.awsErrorName !== void 0) details.awsErrorName = error.awsErrorName;
  if (error.requestId !== void 0) details.requestId = error.requestId;
  if (error.statusCode !== void 0) details.statusCode = error.statusCode;
  if (error.reason !== void 0) details.reason = error.reason;
  return {
    code: error.code,
    message: error.message,
    hint: error.hint,
    exitCode: exitCodeFor(error.code),
    details,
  };
}
//#endregion
//#region src/program.ts
const cloudwatchCli = defineToolCli({
  name: 'cloudwatch',
  version,
  description:
    'Read AWS CloudWatch Logs, Logs Insights, metrics and alarms. Read-only; by default requests are signed with placeholder keys and must pass through iron-proxy, which signs them for real.',
  args: CONNECTION_ARGS,
  commands: [
    listLogGroupsCommand,
    filterLogEventsCommand,
    tailCommand,
    queryCommand,
    startQueryCommand,
    getQueryResultsCommand,
    stopQueryCommand,
    listMetricsCommand,
    getMetricDataCommand,
    describeAlarmsCommand,
    getAlarmHistoryCommand,
    healthCommand,
  ],
  notes: [
    'Times (-s/--start, -e/--end): 15m, 2h ago, 1d, now, ISO 8601 (UTC unless a zone is given), or epoch seconds/milliseconds. A listing that continues ends with "nextToken": pass it back with --next-token and the same arguments.',
    'Environment: KEYLESS_AWS_AUTH (proxy|sdk), AWS_REGION, AWS_ENDPOINT_URL, HTTPS_PROXY, NO_PROXY, AWS_CA_BUNDLE.',
  ],
  mapError: mapCloudWatchError,
});
//#endregion
//#region src/cli.ts
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
await runToolCli(cloudwatchCli);
