import { filterPatternError } from './filter-pattern-error.js';
import { type Token, TokenReader, tokenize } from './lexer.js';
import { compileComparison } from './value-matcher.js';

type Condition = (fields: Map<string, string>) => boolean;
type Slot = { ellipsis: true } | { ellipsis: false; name: string };

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_REGEXES = 2;

/**
 * `[ip, user, ..., status = 5* || status = 4*, bytes > 1000]`: the message is split into fields
 * (runs of non-blanks; `"..."` and `[...]` are one field each), bound to the names in order,
 * `...` standing for any number of fields; without `...` the field counts must be equal.
 */
export function parseSpaceDelimitedPattern(pattern: string): (message: string) => boolean {
  const tokens = tokenize(pattern);
  if (tokens.filter((token) => token.kind === 'regex').length > MAX_REGEXES) {
    throw filterPatternError(pattern, `at most ${MAX_REGEXES} regular expressions are allowed`);
  }
  const reader = new TokenReader(pattern, tokens);
  const slots: Slot[] = [];
  const conditions: { condition: Condition; names: Token[] }[] = [];

  reader.expect('punct', '[');
  do {
    const name = reader.next('a field name or ...');
    if (name.kind === 'word' && name.text === '...') {
      slots.push({ ellipsis: true });
      continue;
    }
    if (name.kind !== 'word' || !FIELD_NAME.test(name.text)) {
      throw filterPatternError(
        pattern,
        `cannot parse '${name.text}' at position ${name.position}: expected a field name or ...`,
      );
    }
    slots.push({ ellipsis: false, name: name.text });
    if (reader.peek()?.kind === 'operator') conditions.push(readConditions(reader, name));
  } while (reader.accept('punct', ','));
  reader.expect('punct', ']');
  if (!reader.done()) throw reader.unexpected('the end of the pattern');

  const bound = new Set(slots.flatMap((slot) => (slot.ellipsis ? [] : [slot.name])));
  for (const token of conditions.flatMap((c) => c.names)) {
    if (!bound.has(token.text)) {
      throw filterPatternError(
        pattern,
        `cannot parse '${token.text}' at position ${token.position}: no field has that name`,
      );
    }
  }
  const accept = (fields: Map<string, string>) => conditions.every((c) => c.condition(fields));
  return (message) => bind(slots, splitFields(message), 0, 0, new Map(), accept);
}

/** `status = 4* || status = 5*` after the slot's name: comparisons joined by && and ||. */
function readConditions(reader: TokenReader, first: Token) {
  const names: Token[] = [first];
  const readComparison = (name: Token): Condition => {
    const operator = reader.next('an operator');
    if (operator.kind !== 'operator') throw reader.unexpected('an operator');
    const test = compileComparison(reader.pattern, operator, reader.next('a value'));
    return (fields) => test(fields.get(name.text));
  };
  const readNamed = (): Condition => {
    const name = reader.next('a field name');
    if (name.kind !== 'word' || !FIELD_NAME.test(name.text)) {
      throw filterPatternError(
        reader.pattern,
        `cannot parse '${name.text}' at position ${name.position}: expected a field name`,
      );
    }
    names.push(name);
    return readComparison(name);
  };
  const readAnd = (head: Condition): Condition => {
    const parts = [head];
    while (reader.accept('logic', '&&')) parts.push(readNamed());
    return parts.length === 1 ? head : (fields) => parts.every((part) => part(fields));
  };

  const alternatives = [readAnd(readComparison(first))];
  while (reader.accept('logic', '||')) alternatives.push(readAnd(readNamed()));
  const condition: Condition =
    alternatives.length === 1
      ? alternatives[0]!
      : (fields) => alternatives.some((part) => part(fields));
  return { condition, names };
}

export function splitFields(message: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < message.length) {
    const c = message[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const close = c === '"' ? '"' : c === '[' ? ']' : undefined;
    if (close) {
      const end = message.indexOf(close, i + 1);
      if (end >= 0) {
        fields.push(message.slice(i + 1, end));
        i = end + 1;
        continue;
      }
    }
    let end = i;
    while (end < message.length && !/\s/.test(message[end]!)) end++;
    fields.push(message.slice(i, end));
    i = end;
  }
  return fields;
}

/** Binds fields to slots, trying each width for every `...`, until the conditions hold. */
function bind(
  slots: Slot[],
  fields: string[],
  slot: number,
  field: number,
  values: Map<string, string>,
  accept: (values: Map<string, string>) => boolean,
): boolean {
  if (slot === slots.length) return field === fields.length && accept(values);
  const current = slots[slot]!;
  if (current.ellipsis) {
    for (let next = fields.length; next >= field; next--) {
      if (bind(slots, fields, slot + 1, next, values, accept)) return true;
    }
    return false;
  }
  if (field >= fields.length) return false;
  values.set(current.name, fields[field]!);
  return bind(slots, fields, slot + 1, field + 1, values, accept);
}
