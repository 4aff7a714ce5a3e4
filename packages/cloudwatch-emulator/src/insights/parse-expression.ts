import type { BinaryOperator, Expression, RegexExpression, StringExpression } from './ast.js';
import { at, spanOf, type TokenCursor } from './token-cursor.js';
import type { Token } from './tokenizer.js';

const COMPARISONS = new Set(['=', '!=', '<', '<=', '>', '>=']);
/** Words that end an expression, so they cannot name a field without backticks. */
const RESERVED = new Set(['and', 'or', 'not', 'like', 'in', 'as', 'by', 'asc', 'desc']);

/**
 * Parses one expression, loosest binding first: `or`, `and`, `not`, comparisons (`=`, `like`,
 * `=~`, `in`), `+ -`, `* / %`, `^`, unary minus, then operands.
 */
export function parseExpression(cursor: TokenCursor): Expression {
  return parseOr(cursor);
}

function parseOr(cursor: TokenCursor): Expression {
  let left = parseAnd(cursor);
  while (cursor.acceptWord('or')) left = binary('or', left, parseAnd(cursor));
  return left;
}

function parseAnd(cursor: TokenCursor): Expression {
  let left = parseNot(cursor);
  while (cursor.acceptWord('and')) left = binary('and', left, parseNot(cursor));
  return left;
}

function parseNot(cursor: TokenCursor): Expression {
  const not = cursor.acceptWord('not');
  if (!not) return parseComparison(cursor);
  const operand = parseNot(cursor);
  return { kind: 'unary', operator: 'not', operand, span: spanOf(not, operand.span) };
}

function parseComparison(cursor: TokenCursor): Expression {
  const left = parseAdditive(cursor);
  const token = cursor.peek();

  if (token.kind === 'symbol' && COMPARISONS.has(token.text)) {
    cursor.next();
    return binary(token.text as BinaryOperator, left, parseAdditive(cursor));
  }
  if (cursor.acceptSymbol('=~') || cursor.acceptWord('like')) {
    return parseMatch(cursor, left, false);
  }
  if (cursor.acceptWord('in')) return parseIn(cursor, left, false);
  if (cursor.isWord('not') && (cursor.isWord('like', 1) || cursor.isWord('in', 1))) {
    cursor.next();
    if (cursor.acceptWord('in')) return parseIn(cursor, left, true);
    cursor.next();
    return parseMatch(cursor, left, true);
  }
  return left;
}

function parseMatch(cursor: TokenCursor, operand: Expression, negated: boolean): Expression {
  const token = cursor.next();
  let pattern: StringExpression | RegexExpression;
  if (token.kind === 'string') pattern = { kind: 'string', value: token.text, span: at(token) };
  else if (token.kind === 'regex') pattern = { kind: 'regex', source: token.text, span: at(token) };
  else throw cursor.unexpected(token, 'a "string" or /regular expression/ to match');
  return { kind: 'match', negated, operand, pattern, span: spanOf(operand.span, token) };
}

function parseIn(cursor: TokenCursor, operand: Expression, negated: boolean): Expression {
  cursor.expectSymbol('[', 'to open the list after in');
  const items = [parseAdditive(cursor)];
  while (cursor.acceptSymbol(',')) items.push(parseAdditive(cursor));
  const close = cursor.expectSymbol(']', 'to close the list after in');
  return { kind: 'in', negated, operand, items, span: spanOf(operand.span, close) };
}

function parseAdditive(cursor: TokenCursor): Expression {
  let left = parseMultiplicative(cursor);
  for (;;) {
    const operator = cursor.acceptSymbol('+') ?? cursor.acceptSymbol('-');
    if (!operator) return left;
    left = binary(operator.text as BinaryOperator, left, parseMultiplicative(cursor));
  }
}

function parseMultiplicative(cursor: TokenCursor): Expression {
  let left = parsePower(cursor);
  for (;;) {
    const operator =
      cursor.acceptSymbol('*') ?? cursor.acceptSymbol('/') ?? cursor.acceptSymbol('%');
    if (!operator) return left;
    left = binary(operator.text as BinaryOperator, left, parsePower(cursor));
  }
}

/** `^` binds to the right: `2 ^ 3 ^ 2` is `2 ^ 9`. */
function parsePower(cursor: TokenCursor): Expression {
  const base = parseUnary(cursor);
  if (!cursor.acceptSymbol('^')) return base;
  return binary('^', base, parsePower(cursor));
}

function parseUnary(cursor: TokenCursor): Expression {
  const minus = cursor.acceptSymbol('-');
  if (!minus) return parseOperand(cursor);
  const operand = parseUnary(cursor);
  return { kind: 'unary', operator: '-', operand, span: spanOf(minus, operand.span) };
}

function parseOperand(cursor: TokenCursor): Expression {
  const token = cursor.next();
  switch (token.kind) {
    case 'number':
      return { kind: 'number', value: token.amount, span: at(token) };
    case 'string':
      return { kind: 'string', value: token.text, span: at(token) };
    case 'period':
      return { kind: 'period', amount: token.amount, unit: token.text, span: at(token) };
    case 'quotedIdentifier':
      return { kind: 'field', name: token.text, span: at(token) };
    case 'regex':
      throw cursor.fail(token, 'A /regular expression/ can only follow like, =~ or parse');
    case 'identifier':
      if (RESERVED.has(token.text.toLowerCase())) {
        throw cursor.unexpected(token, 'an expression');
      }
      if (cursor.isSymbol('(')) return parseCall(cursor, token);
      return { kind: 'field', name: token.text, span: at(token) };
    default:
      if (token.kind === 'symbol' && token.text === '(') {
        const inner = parseExpression(cursor);
        const close = cursor.expectSymbol(')', 'to close the parenthesis');
        return { ...inner, span: spanOf(token, close) };
      }
      if (token.kind === 'symbol' && token.text === '*') return { kind: 'star', span: at(token) };
      throw cursor.unexpected(token, 'an expression');
  }
}

function parseCall(cursor: TokenCursor, nameToken: Token): Expression {
  cursor.next();
  const args: Expression[] = [];
  if (!cursor.isSymbol(')')) {
    args.push(parseExpression(cursor));
    while (cursor.acceptSymbol(',')) args.push(parseExpression(cursor));
  }
  const close = cursor.expectSymbol(')', `to close the arguments of ${nameToken.text}`);
  const name = nameToken.text.toLowerCase();
  return { kind: 'call', name, args, nameSpan: at(nameToken), span: spanOf(nameToken, close) };
}

function binary(operator: BinaryOperator, left: Expression, right: Expression): Expression {
  return { kind: 'binary', operator, left, right, span: spanOf(left.span, right.span) };
}
