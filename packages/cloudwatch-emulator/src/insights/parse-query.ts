import type { Command, FieldName, ParsePattern, Projection, Query, SortKey } from './ast.js';
import { parseExpression } from './parse-expression.js';
import { at, spanOf, TokenCursor } from './token-cursor.js';
import { type Token, tokenize } from './tokenizer.js';

export const MAX_QUERY_LIMIT = 10_000;

const COMMANDS = ['fields', 'display', 'filter', 'stats', 'sort', 'limit', 'parse', 'dedup'];
/**
 * Commands of the AWS language that this engine does not run.
 * TODO(insights): unnest, lookup, join, pattern, diff and anomaly need data the emulator lacks
 * (lookup tables, field indexes, baselines) or semantics beyond a plain pipeline.
 */
const UNSUPPORTED_COMMANDS = new Set([
  'unmask',
  'pattern',
  'diff',
  'anomaly',
  'unnest',
  'lookup',
  'filterindex',
  'source',
  'head',
  'tail',
  'join',
  'eval',
]);

/** Parses a Logs Insights query into its commands; throws MalformedQueryException. */
export function parseQuery(text: string): Query {
  const cursor = new TokenCursor(text, tokenize(text));
  if (cursor.atEnd()) throw cursor.fail({ start: 0, end: text.length }, 'The query is empty');

  const commands = [parseCommand(cursor)];
  while (cursor.acceptSymbol('|')) commands.push(parseCommand(cursor));
  if (!cursor.atEnd()) throw cursor.unexpected(cursor.peek(), "'|' or the end of the query");
  return { text, commands };
}

function parseCommand(cursor: TokenCursor): Command {
  const token = cursor.next();
  const word = token.kind === 'identifier' ? token.text.toLowerCase() : '';
  let command: Command;
  switch (word) {
    case 'fields':
      command = { kind: 'fields', projections: parseProjections(cursor), span: at(token) };
      break;
    case 'display':
      command = { kind: 'display', fields: parseFieldNames(cursor), span: at(token) };
      break;
    case 'filter':
      command = { kind: 'filter', condition: parseExpression(cursor), span: at(token) };
      break;
    case 'stats':
      command = parseStats(cursor, token);
      break;
    case 'sort':
      command = { kind: 'sort', keys: parseSortKeys(cursor), span: at(token) };
      break;
    case 'limit':
      command = { kind: 'limit', count: parseLimit(cursor), span: at(token) };
      break;
    case 'parse':
      command = parseParse(cursor, token);
      break;
    case 'dedup':
      command = { kind: 'dedup', fields: parseFieldNames(cursor), span: at(token) };
      break;
    default:
      if (UNSUPPORTED_COMMANDS.has(word)) {
        throw cursor.fail(token, `The '${token.text}' command is not supported by this emulator`);
      }
      throw cursor.unexpected(token, `a command (${COMMANDS.join(', ')})`);
  }
  command.span = spanOf(token, cursor.peek(-1));
  return command;
}

function parseProjections(cursor: TokenCursor): Projection[] {
  const projections = [parseProjection(cursor)];
  while (cursor.acceptSymbol(',')) projections.push(parseProjection(cursor));
  return projections;
}

function parseProjection(cursor: TokenCursor): Projection {
  const expression = parseExpression(cursor);
  if (cursor.acceptWord('as')) {
    return { expression, name: parseFieldName(cursor).name, aliased: true };
  }
  const name = expression.kind === 'field' ? expression.name : cursor.text(expression.span);
  return { expression, name, aliased: false };
}

function parseFieldNames(cursor: TokenCursor): FieldName[] {
  const names = [parseFieldName(cursor)];
  while (cursor.acceptSymbol(',')) names.push(parseFieldName(cursor));
  return names;
}

function parseFieldName(cursor: TokenCursor): FieldName {
  const token = cursor.next();
  if (token.kind !== 'identifier' && token.kind !== 'quotedIdentifier') {
    throw cursor.unexpected(token, 'a field name');
  }
  return { name: token.text, span: at(token) };
}

function parseStats(cursor: TokenCursor, token: Token): Command {
  const aggregates = parseProjections(cursor);
  const groups = cursor.acceptWord('by') ? parseProjections(cursor) : [];
  return { kind: 'stats', aggregates, groups, span: at(token) };
}

function parseSortKeys(cursor: TokenCursor): SortKey[] {
  const keys: SortKey[] = [];
  do {
    const expression = parseExpression(cursor);
    const direction = cursor.next();
    const word = direction.kind === 'identifier' ? direction.text.toLowerCase() : '';
    if (word !== 'asc' && word !== 'desc') {
      // TODO(insights): AWS accepts a sort key without a direction; which default it applies
      // is not documented, so the emulator asks for one rather than guess the order.
      throw cursor.unexpected(direction, 'asc or desc after the sort key');
    }
    keys.push({ expression, descending: word === 'desc' });
  } while (cursor.acceptSymbol(','));
  return keys;
}

function parseLimit(cursor: TokenCursor): number {
  const token = cursor.next();
  const count = token.amount;
  if (token.kind !== 'number' || !Number.isInteger(count) || count < 1) {
    throw cursor.unexpected(token, 'a whole number of rows after limit');
  }
  if (count > MAX_QUERY_LIMIT) {
    throw cursor.fail(token, `limit ${count} is above the maximum of ${MAX_QUERY_LIMIT} rows`);
  }
  return count;
}

/** `parse [field] "glob * pattern" as a, b` or `parse [field] /(?<name>regex)/`. */
function parseParse(cursor: TokenCursor, token: Token): Command {
  const first = cursor.peek();
  const source =
    first.kind === 'identifier' || first.kind === 'quotedIdentifier'
      ? { kind: 'field' as const, name: cursor.next().text, span: at(first) }
      : { kind: 'field' as const, name: '@message', span: at(token) };

  const patternToken = cursor.next();
  let pattern: ParsePattern;
  if (patternToken.kind === 'regex') {
    pattern = { kind: 'regex', source: patternToken.text, span: at(patternToken) };
  } else if (patternToken.kind === 'string') {
    if (!cursor.acceptWord('as')) {
      throw cursor.unexpected(cursor.peek(), "'as' and the names of the fields the * capture");
    }
    const names = parseFieldNames(cursor);
    pattern = { kind: 'glob', pattern: patternToken.text, names, span: at(patternToken) };
  } else {
    throw cursor.unexpected(patternToken, `a "pattern" or /regex/ to parse with`);
  }
  return { kind: 'parse', source, pattern, span: at(token) };
}
