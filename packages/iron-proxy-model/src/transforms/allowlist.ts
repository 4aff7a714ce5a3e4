import { matchAnyRule, parseRules, type Rule } from '../hostmatch.js';
import type { Transform } from '../request.js';

/** Default deny: a request whose host matches no domain or rule gets a bare 403. */
export function createAllowlist(config: Record<string, unknown>): Transform {
  const domains = (config.domains as string[] | undefined) ?? [];
  const rules: Rule[] = [
    ...domains.map((host) => ({ host })),
    ...parseRules(config.rules, 'allowlist'),
  ];
  const warnOnly = config.warn === true;

  return {
    name: 'allowlist',
    async apply(request) {
      if (warnOnly || matchAnyRule(rules, request.method, request.host, request.path)) {
        return { action: 'continue' };
      }
      return {
        action: 'reject',
        response: {
          statusCode: 403,
          headers: { 'content-type': 'text/plain' },
          body: Buffer.alloc(0),
        },
      };
    },
  };
}
