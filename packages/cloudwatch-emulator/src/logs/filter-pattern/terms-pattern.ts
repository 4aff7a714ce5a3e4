import { filterPatternError } from './filter-pattern-error.js';
import { compileRegex } from './value-matcher.js';

// Unquoted terms are words; anything else must be quoted, as AWS requires.
const BARE_TERM = /^[A-Za-z0-9_.:/@-]+$/;

interface Term {
  kind: 'required' | 'optional' | 'excluded';
  text: string;
}

/**
 * Terms of an unstructured pattern, matched case-sensitively anywhere in the message:
 * every plain term must appear, no `-term` may appear, and when `?term`s are given at least
 * one of them must appear. `"a phrase"` is one term. A whole pattern `%regex%` is a regex.
 */
export function parseTermsPattern(pattern: string): (message: string) => boolean {
  if (pattern.length > 1 && pattern.startsWith('%') && pattern.endsWith('%')) {
    const regex = compileRegex(pattern, {
      kind: 'regex',
      text: pattern.slice(1, -1),
      position: 0,
    });
    return (message) => regex.test(message);
  }

  const terms = readTerms(pattern);
  const required = terms.filter((t) => t.kind === 'required').map((t) => t.text);
  const optional = terms.filter((t) => t.kind === 'optional').map((t) => t.text);
  const excluded = terms.filter((t) => t.kind === 'excluded').map((t) => t.text);
  return (message) => {
    for (const term of required) if (!message.includes(term)) return false;
    for (const term of excluded) if (message.includes(term)) return false;
    return optional.length === 0 || optional.some((term) => message.includes(term));
  };
}

function readTerms(pattern: string): Term[] {
  const terms: Term[] = [];
  let i = 0;
  while (i < pattern.length) {
    if (/\s/.test(pattern[i]!)) {
      i++;
      continue;
    }
    const start = i;
    const prefix = pattern[i];
    const kind = prefix === '?' ? 'optional' : prefix === '-' ? 'excluded' : 'required';
    if (kind !== 'required') i++;

    if (pattern[i] === '"') {
      let text = '';
      i++;
      while (i < pattern.length && pattern[i] !== '"') {
        if (pattern[i] === '\\' && i + 1 < pattern.length) i++;
        text += pattern[i++];
      }
      if (i >= pattern.length) {
        throw filterPatternError(pattern, `unterminated quoted term at position ${start}`);
      }
      i++;
      if (text !== '') terms.push({ kind, text });
      continue;
    }

    let end = i;
    while (end < pattern.length && !/\s/.test(pattern[end]!)) end++;
    const text = pattern.slice(i, end);
    if (text === '' || !BARE_TERM.test(text)) {
      throw filterPatternError(
        pattern,
        `Invalid character(s) in term '${pattern.slice(start, end)}' at position ${start}; ` +
          'quote terms that contain characters other than letters, digits and _ . : / @ -',
      );
    }
    terms.push({ kind, text });
    i = end;
  }
  return terms;
}
