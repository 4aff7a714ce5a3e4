/*
 * Host matching as iron-proxy does it: `*` matches every host, `*.x.com` matches x.com and every
 * name below it, and anything else is a Go path.Match glob (`logs.*.amazonaws.com`).
 */

const cache = new Map<string, RegExp | null>();

/** Whether iron-proxy's matcher accepts `host` for the glob `pattern`. */
export function matchHost(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1)) || host === pattern.slice(2);
  return pathMatch(pattern, host);
}

/**
 * Whether every host matched by `inner` is matched by `outer`, judged by matching `inner`'s text
 * as a name. Exact for the patterns manifests use; a `false` can be a wildcard it cannot compare.
 */
export function hostCovers(outer: string, inner: string): boolean {
  return outer === inner || matchHost(outer, inner);
}

/**
 * Whether two host patterns could match a common host. Two globs are compared by their literal
 * start and end, so the answer errs towards true.
 */
export function hostsMayOverlap(a: string, b: string): boolean {
  if (matchHost(a, b) || matchHost(b, a)) return true;
  if (!isGlob(a) || !isGlob(b)) return false;
  const [startA, endA] = literalEnds(a);
  const [startB, endB] = literalEnds(b);
  const startsAgree = startA.startsWith(startB) || startB.startsWith(startA);
  const endsAgree = endA.endsWith(endB) || endB.endsWith(endA);
  return startsAgree && endsAgree;
}

function isGlob(pattern: string): boolean {
  return /[*?[\\]/.test(pattern);
}

function literalEnds(pattern: string): [string, string] {
  const first = pattern.search(/[*?[\\]/);
  const last = Math.max(...['*', '?', ']'].map((char) => pattern.lastIndexOf(char)));
  return [pattern.slice(0, first), pattern.slice(last + 1)];
}

// Go's path.Match: `*` and `?` never cross `/`, `[...]` and `[^...]` are classes, `\` escapes.
// A malformed pattern matches nothing, as in iron-proxy.
function pathMatch(pattern: string, name: string): boolean {
  let regex = cache.get(pattern);
  if (regex === undefined) {
    regex = globToRegExp(pattern);
    cache.set(pattern, regex);
  }
  return regex?.test(name) ?? false;
}

function globToRegExp(pattern: string): RegExp | null {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '\\') {
      i++;
      if (i >= pattern.length) return null;
      source += escapeRegExp(pattern[i]!);
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return null;
      let body = pattern.slice(i + 1, end);
      const negated = body.startsWith('^');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^/' : ''}${body.replace(/[\]\\^]/g, '\\$&')}]`;
      i = end;
    } else source += escapeRegExp(char);
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return null;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
