import { filterPatternError } from './filter-pattern-error.js';
import type { Token } from './lexer.js';

/** Tests one value: a JSON value (undefined when absent) or a space-delimited field's text. */
export type ValueTest = (value: unknown) => boolean;

const NUMERIC_TEXT = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
// The characters AWS allows inside `%regex%`; parentheses (subpatterns) are not among them.
const REGEX_CHARS = /^[A-Za-z0-9 _#=@/;,:\-^$?[\]{}|\\*+.]*$/;

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMERIC_TEXT.test(value)) return Number(value);
  return undefined;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** `*` matches any run of characters; everything else is literal and the whole text must match. */
export function wildcardTest(text: string): (candidate: string) => boolean {
  if (!text.includes('*')) return (candidate) => candidate === text;
  const body = text
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(`^${body}$`, 's');
  return (candidate) => regex.test(candidate);
}

export function compileRegex(pattern: string, token: Token): RegExp {
  const invalid = [...token.text].find((c) => !REGEX_CHARS.test(c));
  if (invalid !== undefined) {
    throw filterPatternError(
      pattern,
      `character '${invalid}' is not supported in the regular expression '%${token.text}%'`,
    );
  }
  try {
    return new RegExp(token.text);
  } catch {
    throw filterPatternError(pattern, `cannot parse the regular expression '%${token.text}%'`);
  }
}

/** Builds the test of `<operator> <value>` once, for evaluation against every event. */
export function compileComparison(pattern: string, operator: Token, value: Token): ValueTest {
  const op = operator.text;
  if (op === '<' || op === '<=' || op === '>' || op === '>=') {
    if (value.kind !== 'number') {
      throw filterPatternError(
        pattern,
        `cannot parse '${value.text}' at position ${value.position}: '${op}' needs a number`,
      );
    }
    const target = Number(value.text);
    const compare = {
      '<': (n: number) => n < target,
      '<=': (n: number) => n <= target,
      '>': (n: number) => n > target,
      '>=': (n: number) => n >= target,
    }[op];
    return (candidate) => {
      const n = toNumber(candidate);
      return n !== undefined && compare(n);
    };
  }

  let equals: (candidate: string | number | boolean) => boolean;
  if (value.kind === 'number') {
    const target = Number(value.text);
    equals = (candidate) => toNumber(candidate) === target;
  } else if (value.kind === 'regex') {
    const regex = compileRegex(pattern, value);
    equals = (candidate) => regex.test(String(candidate));
  } else if (value.kind === 'string' || value.kind === 'word') {
    const test = wildcardTest(value.text);
    equals = (candidate) => test(String(candidate));
  } else {
    throw filterPatternError(
      pattern,
      `cannot parse '${value.text}' at position ${value.position}: expected a value`,
    );
  }
  // Both operators need the value to be there: a missing field is neither equal nor different.
  return op === '='
    ? (candidate) => isScalar(candidate) && equals(candidate)
    : (candidate) => isScalar(candidate) && !equals(candidate);
}
