import type { InsightsError, SourceSpan } from './errors.js';
import { malformedQuery } from './errors.js';
import type { Token } from './tokenizer.js';

/** Walks the tokens of one query for the parser and words its errors. */
export class TokenCursor {
  private index = 0;

  constructor(
    readonly query: string,
    private readonly tokens: Token[],
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const current = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return current;
  }

  atEnd(): boolean {
    return this.peek().kind === 'end';
  }

  /** Keywords are case-insensitive, as in AWS (`AND`, `and`). */
  isWord(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'identifier' && token.text.toLowerCase() === word;
  }

  isSymbol(symbol: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'symbol' && token.text === symbol;
  }

  acceptWord(word: string): Token | undefined {
    return this.isWord(word) ? this.next() : undefined;
  }

  acceptSymbol(symbol: string): Token | undefined {
    return this.isSymbol(symbol) ? this.next() : undefined;
  }

  expectSymbol(symbol: string, context: string): Token {
    const token = this.acceptSymbol(symbol);
    if (!token) throw this.unexpected(this.peek(), `'${symbol}' ${context}`);
    return token;
  }

  /** An error at a token: "Expected X but found 'y'". */
  unexpected(token: Token, expected: string): InsightsError {
    return this.fail(token, `Expected ${expected} but found ${describe(token)}`);
  }

  fail(span: SourceSpan, problem: string): InsightsError {
    return malformedQuery(this.query, span, problem);
  }

  text(span: SourceSpan): string {
    return this.query.slice(span.start, span.end);
  }
}

export function describe(token: Token): string {
  if (token.kind === 'end') return 'the end of the query';
  if (token.kind === 'string') return `the string "${token.text}"`;
  if (token.kind === 'regex') return `the regular expression /${token.text}/`;
  if (token.kind === 'quotedIdentifier') return `\`${token.text}\``;
  if (token.kind === 'period') return `'${token.amount}${token.text}'`;
  return `'${token.text}'`;
}

/** The span of a token alone, without its other members. */
export function at(token: Token): SourceSpan {
  return { start: token.start, end: token.end };
}

export function spanOf(first: SourceSpan, last: SourceSpan): SourceSpan {
  return { start: first.start, end: last.end };
}
