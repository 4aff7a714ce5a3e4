import { malformedQuery } from './errors.js';

export type TokenKind =
  | 'identifier'
  | 'quotedIdentifier'
  | 'string'
  | 'number'
  | 'period'
  | 'regex'
  | 'symbol'
  | 'end';

export interface Token {
  kind: TokenKind;
  /** Decoded text: a name, a string's contents, a regex's source, a symbol such as `<=`. */
  text: string;
  /** The amount of a number or period (`5` in `5m`). */
  amount: number;
  start: number;
  end: number;
}

// Two-character symbols first, so that `<=` is not read as `<` then `=`.
const SYMBOLS = [
  '!=',
  '<=',
  '>=',
  '=~',
  '|',
  ',',
  '(',
  ')',
  '[',
  ']',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
];

/** Words after which a `/` opens a regex rather than dividing. */
const OPERATOR_WORDS = new Set(['like', 'and', 'or', 'not', 'in', 'filter', 'parse']);

const IDENTIFIER_START = /[A-Za-z_@$]/;
const IDENTIFIER_PART = /[A-Za-z0-9_@$.]/;
const DIGIT = /[0-9]/;
const LETTER = /[A-Za-z]/;

/** Splits a Logs Insights query into tokens; `#` starts a comment that runs to the line end. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;

  while (i < query.length) {
    const c = query[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '#') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      i = readString(query, i, tokens);
    } else if (c === '`') {
      const close = query.indexOf('`', i + 1);
      if (close < 0) throw unterminated(query, i, 'backtick-quoted field name');
      tokens.push(token('quotedIdentifier', query.slice(i + 1, close), i, close + 1));
      i = close + 1;
    } else if (c === '/' && regexMayStart(tokens)) {
      i = readRegex(query, i, tokens);
    } else if (DIGIT.test(c) || (c === '.' && DIGIT.test(query[i + 1] ?? ''))) {
      i = readNumber(query, i, tokens);
    } else if (IDENTIFIER_START.test(c)) {
      let end = i + 1;
      while (end < query.length && IDENTIFIER_PART.test(query[end]!)) end++;
      tokens.push(token('identifier', query.slice(i, end), i, end));
      i = end;
    } else {
      const symbol = SYMBOLS.find((s) => query.startsWith(s, i));
      if (!symbol) throw malformedQuery(query, { start: i, end: i + 1 }, `Unexpected '${c}'`);
      tokens.push(token('symbol', symbol, i, i + symbol.length));
      i += symbol.length;
    }
  }

  tokens.push(token('end', '', query.length, query.length));
  return tokens;
}

function token(kind: TokenKind, text: string, start: number, end: number, amount = 0): Token {
  return { kind, text, amount, start, end };
}

/**
 * A `/` divides after an operand and opens a regex elsewhere. The field of `parse` is an
 * operand that a regex follows (`parse @message /(?<user>\w+)/`), hence the second check.
 */
function regexMayStart(tokens: Token[]): boolean {
  const previous = tokens.at(-1);
  if (!previous) return true;
  if (previous.kind === 'symbol') return previous.text !== ')' && previous.text !== ']';
  if (previous.kind === 'identifier' && OPERATOR_WORDS.has(previous.text.toLowerCase())) {
    return true;
  }
  const beforePrevious = tokens.at(-2);
  return beforePrevious?.kind === 'identifier' && beforePrevious.text.toLowerCase() === 'parse';
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

function readString(query: string, start: number, tokens: Token[]): number {
  const quote = query[start]!;
  let text = '';
  let i = start + 1;
  while (i < query.length && query[i] !== quote) {
    if (query[i] === '\\' && i + 1 < query.length) {
      const escaped = query[i + 1]!;
      text += ESCAPES[escaped] ?? escaped;
      i += 2;
    } else {
      text += query[i];
      i++;
    }
  }
  if (i >= query.length) throw unterminated(query, start, 'string');
  tokens.push(token('string', text, start, i + 1));
  return i + 1;
}

function readRegex(query: string, start: number, tokens: Token[]): number {
  let i = start + 1;
  while (i < query.length && query[i] !== '/' && query[i] !== '\n') {
    i += query[i] === '\\' ? 2 : 1;
  }
  if (i >= query.length || query[i] !== '/') throw unterminated(query, start, 'regular expression');
  tokens.push(token('regex', query.slice(start + 1, i), start, i + 1));
  return i + 1;
}

/** A number, or a period such as `5m` when letters follow the digits directly. */
function readNumber(query: string, start: number, tokens: Token[]): number {
  let i = start;
  while (i < query.length && DIGIT.test(query[i]!)) i++;
  if (query[i] === '.' && DIGIT.test(query[i + 1] ?? '')) {
    i++;
    while (i < query.length && DIGIT.test(query[i]!)) i++;
  }
  const amount = Number(query.slice(start, i));
  if (!LETTER.test(query[i] ?? '')) {
    tokens.push(token('number', query.slice(start, i), start, i, amount));
    return i;
  }
  let end = i;
  while (end < query.length && LETTER.test(query[end]!)) end++;
  tokens.push(token('period', query.slice(i, end), start, end, amount));
  return end;
}

function unterminated(query: string, start: number, what: string) {
  return malformedQuery(query, { start, end: query.length }, `Unterminated ${what}`);
}
