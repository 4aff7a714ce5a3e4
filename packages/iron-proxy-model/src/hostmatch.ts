import { ModelError } from './errors.js';

export interface Rule {
  host: string;
  methods?: string[];
  paths?: string[];
}

/** Go's `path.Match` for names without a slash: `*`, `?` and `[...]` classes. */
function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) throw new ModelError('E_CONFIG', `bad glob ${JSON.stringify(pattern)}`);
      source += `[${pattern.slice(i + 1, end).replace(/^\^/, '^')}]`;
      i = end;
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export function matchHost(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1)) || host === pattern.slice(2);
  return globToRegExp(pattern).test(host);
}

export function parseRules(value: unknown, where: string): Rule[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ModelError('E_CONFIG', `${where}: rules must be a list`);
  return value.map((rule, index) => {
    if (typeof rule !== 'object' || rule === null) {
      throw new ModelError('E_CONFIG', `${where}: rules[${index}] must be a map`);
    }
    const { host, cidr, methods, paths } = rule as Record<string, unknown>;
    if (cidr !== undefined) {
      throw new ModelError('E_NOT_MODELLED', `${where}: rules[${index}].cidr is not modelled`);
    }
    if (typeof host !== 'string' || host === '') {
      throw new ModelError(
        'E_CONFIG',
        `${where}: rules[${index}]: one of host or cidr is required`,
      );
    }
    return { host, methods: methods as string[] | undefined, paths: paths as string[] | undefined };
  });
}

export function matchAnyRule(rules: Rule[], method: string, host: string, path: string): boolean {
  const pathname = path.split('?')[0] ?? '/';
  return rules.some(
    (rule) =>
      matchHost(rule.host, host) &&
      (!rule.methods?.length ||
        rule.methods.includes('*') ||
        rule.methods.some((m) => m.toUpperCase() === method)) &&
      (!rule.paths?.length || rule.paths.some((p) => globToRegExp(p).test(pathname))),
  );
}
