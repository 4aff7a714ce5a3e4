import { parseJsonPattern } from './json-pattern.js';
import { parseSpaceDelimitedPattern } from './space-delimited-pattern.js';
import { parseTermsPattern } from './terms-pattern.js';

export type MessageMatcher = (message: string) => boolean;

/**
 * Parses a FilterLogEvents pattern once per request. Returns undefined for the empty pattern,
 * which matches every event; throws InvalidParameterException for anything it cannot read.
 */
export function parseFilterPattern(filterPattern: string): MessageMatcher | undefined {
  const pattern = filterPattern.trim();
  if (pattern === '' || pattern === '""') return undefined;
  if (pattern.startsWith('{')) return parseJsonPattern(pattern);
  if (pattern.startsWith('[')) return parseSpaceDelimitedPattern(pattern);
  return parseTermsPattern(pattern);
}
