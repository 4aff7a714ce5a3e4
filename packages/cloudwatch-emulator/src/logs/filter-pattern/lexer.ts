import { filterPatternError } from './filter-pattern-error.js';

export type TokenKind =
  | 'punct' // { } [ ] ( ) ,
  | 'logic' // && ||
  | 'operator' // = != < <= > >=
  | 'selector' // $.a.b[0]
  | 'string' // "quoted"
  | 'regex' // %regex%
  | 'number'
  | 'word'; // bare word: a name, a keyword, `...`, or a value with `*` wildcards

export interface Token {
  kind: TokenKind;
  /** The value: unquoted for strings, the body for regexes, the text otherwise. */
  text: string;
  position: number;
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const WORD_END = /[\s{}[\](),=!<>&|"%]/;

/** Splits a JSON or space-delimited filter pattern into tokens. */
export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    const two = pattern.slice(i, i + 2);
    if (/\s/.test(c)) {
      i++;
    } else if ('{}[](),'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, position: i++ });
    } else if (two === '&&' || two === '||') {
      tokens.push({ kind: 'logic', text: two, position: i });
      i += 2;
    } else if (two === '!=' || two === '<=' || two === '>=') {
      tokens.push({ kind: 'operator', text: two, position: i });
      i += 2;
    } else if (c === '=' || c === '<' || c === '>') {
      tokens.push({ kind: 'operator', text: c, position: i++ });
    } else if (c === '"') {
      i = readQuoted(pattern, i, tokens);
    } else if (c === '%') {
      const end = pattern.indexOf('%', i + 1);
      if (end < 0)
        throw filterPatternError(pattern, `unterminated regular expression at position ${i}`);
      tokens.push({ kind: 'regex', text: pattern.slice(i + 1, end), position: i });
      i = end + 1;
    } else {
      let end = i;
      while (end < pattern.length && !WORD_END.test(pattern[end]!)) end++;
      // A selector may contain brackets: `$.list[0].id`.
      if (c === '$') {
        while (end < pattern.length && /[\w.[\]*@-]/.test(pattern[end]!)) end++;
      }
      if (end === i) throw filterPatternError(pattern, `unexpected '${c}' at position ${i}`);
      const text = pattern.slice(i, end);
      const kind = c === '$' ? 'selector' : NUMBER.test(text) ? 'number' : 'word';
      tokens.push({ kind, text, position: i });
      i = end;
    }
  }
  return tokens;
}

function readQuoted(pattern: string, start: number, tokens: Token[]): number {
  let text = '';
  let i = start + 1;
  while (i < pattern.length && pattern[i] !== '"') {
    if (pattern[i] === '\\' && i + 1 < pattern.length) i++;
    text += pattern[i++];
  }
  if (i >= pattern.length) {
    throw filterPatternError(pattern, `unterminated quoted string at position ${start}`);
  }
  tokens.push({ kind: 'string', text, position: start });
  return i + 1;
}

/** A cursor over tokens with the error wording shared by both structured parsers. */
export class TokenReader {
  private index = 0;

  constructor(
    readonly pattern: string,
    private readonly tokens: Token[],
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  next(expected: string): Token {
    const token = this.tokens[this.index++];
    if (!token) throw filterPatternError(this.pattern, `expected ${expected} at the end`);
    return token;
  }

  accept(kind: TokenKind, text?: string): Token | undefined {
    const token = this.peek();
    if (token && token.kind === kind && (text === undefined || token.text === text)) {
      this.index++;
      return token;
    }
    return undefined;
  }

  expect(kind: TokenKind, text: string): Token {
    const token = this.accept(kind, text);
    if (!token) throw this.unexpected(`'${text}'`);
    return token;
  }

  unexpected(expected: string) {
    const token = this.peek();
    if (!token) return filterPatternError(this.pattern, `expected ${expected} at the end`);
    return filterPatternError(
      this.pattern,
      `cannot parse '${token.text}' at position ${token.position}: expected ${expected}`,
    );
  }

  done(): boolean {
    return this.index >= this.tokens.length;
  }
}
