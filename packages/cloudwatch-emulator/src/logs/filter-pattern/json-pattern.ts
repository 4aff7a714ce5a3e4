import { filterPatternError } from './filter-pattern-error.js';
import { TokenReader, tokenize } from './lexer.js';
import { compileComparison, type ValueTest } from './value-matcher.js';

type Condition = (document: unknown) => boolean;
type PathSegment = string | number;

const MAX_REGEXES = 2;

/**
 * `{ $.level = "error" && ($.latencyMs > 500 || $.retry IS TRUE) }`: selectors, comparisons,
 * `IS NULL` / `IS TRUE` / `IS FALSE` / `NOT EXISTS`, `&&` binding tighter than `||`, parentheses.
 * Events whose message is not a JSON object or array never match.
 */
export function parseJsonPattern(pattern: string): (message: string) => boolean {
  const tokens = tokenize(pattern);
  if (tokens.filter((token) => token.kind === 'regex').length > MAX_REGEXES) {
    throw filterPatternError(pattern, `at most ${MAX_REGEXES} regular expressions are allowed`);
  }
  const reader = new TokenReader(pattern, tokens);
  reader.expect('punct', '{');
  const condition = readOr(reader);
  reader.expect('punct', '}');
  if (!reader.done()) throw reader.unexpected('the end of the pattern');

  return (message) => {
    const document = parseDocument(message);
    return document !== undefined && condition(document);
  };
}

function parseDocument(message: string): unknown {
  const first = message.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(message);
  } catch {
    return undefined;
  }
}

function readOr(reader: TokenReader): Condition {
  const parts = [readAnd(reader)];
  while (reader.accept('logic', '||')) parts.push(readAnd(reader));
  return parts.length === 1 ? parts[0]! : (doc) => parts.some((part) => part(doc));
}

function readAnd(reader: TokenReader): Condition {
  const parts = [readPrimary(reader)];
  while (reader.accept('logic', '&&')) parts.push(readPrimary(reader));
  return parts.length === 1 ? parts[0]! : (doc) => parts.every((part) => part(doc));
}

function readPrimary(reader: TokenReader): Condition {
  if (reader.accept('punct', '(')) {
    const inner = readOr(reader);
    reader.expect('punct', ')');
    return inner;
  }
  const selector = reader.accept('selector');
  if (!selector) throw reader.unexpected("a selector such as '$.level' or '('");
  const path = parseSelector(reader.pattern, selector.text, selector.position);
  const test = readTest(reader);
  return (doc) => test(resolve(doc, path));
}

function readTest(reader: TokenReader): ValueTest {
  const operator = reader.accept('operator');
  if (operator) return compileComparison(reader.pattern, operator, reader.next('a value'));

  const keyword = reader.accept('word');
  const word = keyword?.text.toUpperCase();
  if (word === 'IS') {
    const what = reader.next('NULL, TRUE or FALSE');
    const expected = { NULL: null, TRUE: true, FALSE: false }[what.text.toUpperCase()];
    if (expected === undefined) {
      throw filterPatternError(
        reader.pattern,
        `cannot parse '${what.text}' at position ${what.position}: expected NULL, TRUE or FALSE`,
      );
    }
    return (value) => value === expected;
  }
  if (word === 'NOT') {
    const what = reader.next('EXISTS');
    if (what.text.toUpperCase() !== 'EXISTS') {
      throw filterPatternError(
        reader.pattern,
        `cannot parse '${what.text}' at position ${what.position}: expected EXISTS`,
      );
    }
    return (value) => value === undefined;
  }
  if (keyword) {
    throw filterPatternError(
      reader.pattern,
      `cannot parse '${keyword.text}' at position ${keyword.position}: ` +
        'expected an operator, IS or NOT EXISTS',
    );
  }
  throw reader.unexpected('an operator (= != < <= > >=), IS or NOT EXISTS');
}

/** `$.a.b[0].c` → ['a', 'b', 0, 'c']. */
function parseSelector(pattern: string, text: string, position: number): PathSegment[] {
  const path: PathSegment[] = [];
  const segment = /\.([A-Za-z0-9_@-]+)|\[(\d+)\]/y;
  segment.lastIndex = 1;
  while (segment.lastIndex < text.length) {
    const at = segment.lastIndex;
    const match = segment.exec(text);
    if (!match) {
      throw filterPatternError(
        pattern,
        `cannot parse the selector '${text}' at position ${position + at}: ` +
          "expected '.name' or '[index]'",
      );
    }
    path.push(match[1] ?? Number(match[2]));
  }
  if (path.length === 0) {
    throw filterPatternError(
      pattern,
      `the selector '${text}' at position ${position} names no field`,
    );
  }
  return path;
}

function resolve(document: unknown, path: PathSegment[]): unknown {
  let value = document;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (typeof key === 'number' ? !Array.isArray(value) : Array.isArray(value)) return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
