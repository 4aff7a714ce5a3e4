import { malformedQuery, type SourceSpan } from './errors.js';

/** A leading group of inline flags, as Java writes them: `(?i)` or `^(?i)`. */
const LEADING_FLAGS = /^(\^?)\(\?([a-zA-Z]+)\)/;
const INLINE_FLAGS = /\(\?[a-zA-Z-]+\)/;
const JS_FLAGS: Record<string, string> = { i: 'i', m: 'm', s: 's' };

/**
 * Compiles a query's `/regex/`. AWS evaluates Java-style regular expressions, whose inline
 * flags JavaScript lacks; a flag group at the start becomes a JavaScript flag.
 */
export function compileRegex(query: string, span: SourceSpan, source: string): RegExp {
  let body = source;
  let flags = '';
  const leading = LEADING_FLAGS.exec(source);
  if (leading) {
    for (const flag of leading[2]!) {
      const jsFlag = JS_FLAGS[flag];
      if (!jsFlag) {
        throw malformedQuery(query, span, `The regex flag (?${flag}) is not supported here`);
      }
      if (!flags.includes(jsFlag)) flags += jsFlag;
    }
    body = leading[1]! + source.slice(leading[0].length);
  }
  if (INLINE_FLAGS.test(body)) {
    // TODO(insights): flags that apply from the middle of a pattern have no JavaScript form.
    throw malformedQuery(query, span, 'Inline regex flags are supported only at the start');
  }
  try {
    return new RegExp(body, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw malformedQuery(query, span, `Invalid regular expression /${source}/: ${reason}`);
  }
}

/** The named groups of a parse regex, in order; they become the fields it sets. */
export function namedGroups(regex: RegExp): string[] {
  return [...regex.source.matchAll(/\(\?<([A-Za-z][A-Za-z0-9]*)>/g)].map((match) => match[1]!);
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * The regex of a parse glob: each `*` captures as little as it can, except a `*` that ends the
 * pattern, which takes the rest of the text.
 */
export function globToRegex(pattern: string): RegExp {
  const parts = pattern.split('*');
  let source = '';
  for (let i = 0; i < parts.length; i++) {
    source += parts[i]!.replace(SPECIAL, '\\$&');
    if (i < parts.length - 1)
      source += i === parts.length - 2 && parts[i + 1] === '' ? '(.*)' : '(.*?)';
  }
  return new RegExp(source, 's');
}
