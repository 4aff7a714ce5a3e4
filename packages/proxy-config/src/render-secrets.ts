import type { HttpSecret } from '@keyless/tool-manager';
import type { ManagedTransform } from './render-aws-auth.js';
import { type SecretSourceOptions, secretSource } from './secret-sources.js';
import { type Located, sortedUnique } from './tool-secrets.js';

/** One `secrets` transform holding every http secret, or none when no tool has one. */
export function renderSecrets(
  secrets: readonly Located<HttpSecret>[],
  options: SecretSourceOptions,
): ManagedTransform[] {
  if (secrets.length === 0) return [];

  // Two tools declaring the same secret the same way need it once.
  const entries = new Map<string, Record<string, unknown>>();
  for (const located of secrets) {
    const entry = secretEntry(located, options);
    entries.set(JSON.stringify(entry), entry);
  }
  return [
    {
      name: 'secrets',
      config: { secrets: [...entries.values()] },
      secrets: sortedUnique(secrets.map((located) => located.label)),
      hosts: sortedUnique(secrets.flatMap((located) => located.secret.hosts)),
    },
  ];
}

function secretEntry(
  { secret, path }: Located<HttpSecret>,
  options: SecretSourceOptions,
): Record<string, unknown> {
  const require = secret.require ? { require: true } : {};
  const placement = secret.replace
    ? {
        replace: {
          proxy_value: secret.replace.placeholder,
          ...(secret.replace.headers ? { match_headers: [...secret.replace.headers] } : {}),
          ...flag('match_path', secret.replace.in.includes('path')),
          ...flag('match_query', secret.replace.in.includes('query')),
          ...flag('match_body', secret.replace.in.includes('body')),
          ...require,
        },
      }
    : {
        inject: {
          ...(secret.header ? { header: secret.header } : { query_param: secret.query_param }),
          ...(secret.formatter ? { formatter: secret.formatter } : {}),
          ...require,
        },
      };
  return {
    source: secretSource(secret.ref, options, `${path}.ref`),
    rules: sortedUnique(secret.hosts).map((host) => ({ host })),
    ...placement,
  };
}

function flag(key: string, on: boolean) {
  return on ? { [key]: true } : {};
}
