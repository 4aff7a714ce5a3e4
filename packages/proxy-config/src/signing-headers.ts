/*
 * Headers a header_allowlist must keep when it runs after aws_auth. aws_auth re-signs with
 * aws-sdk-go-v2's signer, which signs every header present at that moment (except
 * Authorization, User-Agent, X-Amzn-Trace-Id and Expect); a signed header removed later makes AWS
 * answer SignatureDoesNotMatch, and a removed Authorization leaves the request unsigned.
 */

/**
 * Entries in header_allowlist syntax. The families hold what the JS SDK signs for CloudWatch Logs
 * and CloudWatch (x-amz-target, x-amz-date, x-amz-content-sha256, x-amz-user-agent,
 * amz-sdk-invocation-id, amz-sdk-request, x-amzn-query-mode) and x-amz-security-token. The Go and
 * Python signers sign every header present as well, so the literals add the other headers an SDK
 * may send: content-encoding when it compresses, accept and smithy-protocol under the RPC v2 CBOR
 * protocol, and the Authorization that aws_auth itself writes.
 */
export const AWS_SIGNING_HEADERS: readonly string[] = [
  '/^x-amz-.*$/',
  '/^amz-sdk-.*$/',
  '/^x-amzn-.*$/',
  'authorization',
  'content-type',
  'content-length',
  'content-encoding',
  'host',
  'accept',
  'accept-encoding',
  'smithy-protocol',
];

// A family counts as kept only if names never seen before in it pass too, so a list of a few
// literal x-amz-* names does not pass for the family.
const PROBES: Readonly<Record<string, readonly string[]>> = {
  '/^x-amz-.*$/': [
    'X-Amz-Date',
    'X-Amz-Content-Sha256',
    'X-Amz-Target',
    'X-Amz-User-Agent',
    'X-Amz-Security-Token',
    'X-Amz-Keyless-Probe',
  ],
  '/^amz-sdk-.*$/': ['Amz-Sdk-Invocation-Id', 'Amz-Sdk-Request', 'Amz-Sdk-Keyless-Probe'],
  '/^x-amzn-.*$/': ['X-Amzn-Query-Mode', 'X-Amzn-Keyless-Probe'],
};

/** The entries of {@link AWS_SIGNING_HEADERS} that `headers` does not keep. */
export function missingSigningHeaders(headers: readonly string[]): string[] {
  const allowed = compileHeaderAllowlist(headers);
  return AWS_SIGNING_HEADERS.filter((entry) => {
    const names = PROBES[entry] ?? [entry];
    return !names.every((name) => allowed(name));
  });
}

/** iron-proxy's header_allowlist test for one header name. */
export function compileHeaderAllowlist(headers: readonly string[]): (name: string) => boolean {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of headers) {
    if (isRegexEntry(entry)) {
      const regex = toJsRegExp(entry);
      if (regex) patterns.push(regex);
    } else literals.add(canonicalHeaderKey(entry));
  }
  return (name) => {
    const canonical = canonicalHeaderKey(name);
    return literals.has(canonical) || patterns.some((regex) => regex.test(canonical));
  };
}

export function isRegexEntry(entry: string): boolean {
  return entry.length >= 2 && entry.startsWith('/') && entry.endsWith('/');
}

/**
 * The entry as a case-insensitive JS regular expression, or undefined when its Go syntax has no
 * JS equivalent here (the entry is then treated as matching nothing).
 */
export function toJsRegExp(entry: string): RegExp | undefined {
  const body = entry.slice(1, -1).replace(/^\(\?i\)/, '');
  try {
    return new RegExp(body, 'i');
  } catch {
    return undefined;
  }
}

// Go's http.CanonicalHeaderKey: upper case after start and each dash, lower case elsewhere;
// a name with a character outside the token set is left as written.
export function canonicalHeaderKey(name: string): string {
  if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) return name;
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => {
    return dash + letter.toUpperCase();
  });
}
