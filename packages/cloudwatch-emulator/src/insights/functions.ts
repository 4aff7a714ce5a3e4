import { Instant, toNumber, toText, type Value } from './values.js';

/** A function of values to a value, usable wherever an expression is. */
export interface ScalarFunction {
  minArgs: number;
  maxArgs: number;
  apply(args: Value[]): Value;
}

const MANY = Number.POSITIVE_INFINITY;

function numeric(transform: (n: number) => number): ScalarFunction {
  return {
    minArgs: 1,
    maxArgs: 1,
    apply: ([value]) => {
      const n = toNumber(value ?? null);
      if (n === null) return null;
      const result = transform(n);
      return Number.isFinite(result) ? result : null;
    },
  };
}

function text(transform: (s: string, args: Value[]) => Value, minArgs = 1, maxArgs = 1) {
  return {
    minArgs,
    maxArgs,
    apply: (args: Value[]) => {
      const s = toText(args[0] ?? null);
      return s === null ? null : transform(s, args);
    },
  };
}

function pick(choose: (a: number, b: number) => boolean): ScalarFunction {
  return {
    minArgs: 1,
    maxArgs: MANY,
    apply: (args) => {
      let best: number | null = null;
      for (const arg of args) {
        const n = toNumber(arg);
        if (n !== null && (best === null || choose(n, best))) best = n;
      }
      return best;
    },
  };
}

/** Removes the characters of `set` (or white space) from the chosen ends of `s`. */
function trimmer(left: boolean, right: boolean) {
  return text(
    (s, args) => {
      const set = args.length > 1 ? (toText(args[1] ?? null) ?? '') : null;
      const strip = (c: string) => (set === null ? /\s/.test(c) : set.includes(c));
      let start = 0;
      let end = s.length;
      while (left && start < end && strip(s[start]!)) start++;
      while (right && end > start && strip(s[end - 1]!)) end--;
      return s.slice(start, end);
    },
    1,
    2,
  );
}

export const SCALAR_FUNCTIONS: Record<string, ScalarFunction> = {
  abs: numeric(Math.abs),
  ceil: numeric(Math.ceil),
  floor: numeric(Math.floor),
  sqrt: numeric(Math.sqrt),
  log: numeric(Math.log),
  greatest: pick((a, b) => a > b),
  least: pick((a, b) => a < b),

  ispresent: { minArgs: 1, maxArgs: 1, apply: ([value]) => value !== null },
  isempty: { minArgs: 1, maxArgs: 1, apply: ([value]) => value === null || value === '' },
  isblank: {
    minArgs: 1,
    maxArgs: 1,
    apply: ([value]) => value === null || (toText(value ?? null) ?? '').trim() === '',
  },
  coalesce: {
    minArgs: 1,
    maxArgs: MANY,
    apply: (args) => args.find((arg) => arg !== null) ?? null,
  },

  concat: {
    minArgs: 1,
    maxArgs: MANY,
    apply: (args) => args.map((arg) => toText(arg) ?? '').join(''),
  },
  strlen: text((s) => [...s].length),
  tolower: text((s) => s.toLowerCase()),
  toupper: text((s) => s.toUpperCase()),
  trim: trimmer(true, true),
  ltrim: trimmer(true, false),
  rtrim: trimmer(false, true),
  substr: text(
    (s, args) => {
      const start = toNumber(args[1] ?? null);
      const length = args.length > 2 ? toNumber(args[2] ?? null) : null;
      if (start === null) return null;
      const from = Math.max(0, Math.trunc(start));
      return length === null ? s.slice(from) : s.slice(from, from + Math.max(0, length));
    },
    2,
    3,
  ),
  replace: text(
    (s, args) => {
      const search = toText(args[1] ?? null);
      const replacement = toText(args[2] ?? null) ?? '';
      return search ? s.split(search).join(replacement) : s;
    },
    3,
    3,
  ),
  strcontains: text((s, args) => (s.includes(toText(args[1] ?? null) ?? '') ? 1 : 0), 2, 2),

  frommillis: {
    minArgs: 1,
    maxArgs: 1,
    apply: ([value]) => {
      const ms = toNumber(value ?? null);
      return ms === null ? null : new Instant(ms);
    },
  },
  tomillis: { minArgs: 1, maxArgs: 1, apply: ([value]) => toNumber(value ?? null) },
};

/**
 * Functions of the AWS language that this engine does not evaluate.
 * TODO(insights): jsonParse and the IP functions need map values and CIDR parsing; stddev waits
 * on knowing whether AWS divides by n or n - 1; the time-series aggregates on their semantics.
 */
export const UNSUPPORTED_FUNCTIONS = new Set([
  'jsonparse',
  'isvalidip',
  'isvalidipv4',
  'isvalidipv6',
  'isipinsubnet',
  'isipv4insubnet',
  'isipv6insubnet',
  'stddev',
  'rate',
  'count_over_time',
  'sum_over_time',
  'histogram',
]);
