import { ModelError } from '../errors.js';
import { matchAnyRule, parseRules } from '../hostmatch.js';
import type { Transform } from '../request.js';

/** Go keeps these as fields of the request, not in its header map, so no allowlist removes them. */
const REQUEST_FIELDS = new Set(['host', 'content-length']);

/**
 * Removes every header no entry allows. A `/.../` entry is a case-insensitive regular expression
 * matched anywhere in the name; any other entry is an exact (case-insensitive) name.
 */
export function createHeaderAllowlist(config: Record<string, unknown>): Transform {
  const entries = config.headers;
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new ModelError('E_CONFIG', 'header_allowlist: at least one header is required');
  }
  const matchers = entries.map((entry: string) =>
    entry.length >= 2 && entry.startsWith('/') && entry.endsWith('/')
      ? new RegExp(entry.slice(1, -1), 'i')
      : entry.toLowerCase(),
  );
  const rules = parseRules(config.rules, 'header_allowlist');
  const allowed = (name: string) =>
    matchers.some((m) => (typeof m === 'string' ? m === name : m.test(name)));

  return {
    name: 'header_allowlist',
    async apply(request) {
      if (rules.length > 0 && !matchAnyRule(rules, request.method, request.host, request.path)) {
        return { action: 'continue' };
      }
      for (const name of [...request.headers.keys()]) {
        if (!REQUEST_FIELDS.has(name) && !allowed(name)) request.headers.delete(name);
      }
      return { action: 'continue' };
    },
  };
}
