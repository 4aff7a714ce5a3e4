import type { AwsAuthSecret } from '@keyless/tool-manager';
import { ProxyConfigError } from './proxy-config-error.js';
import { type SecretSourceOptions, secretSource } from './secret-sources.js';
import { compareText, type Located, sortedUnique } from './tool-secrets.js';

export interface ManagedTransform {
  readonly name: 'aws_auth' | 'secrets';
  readonly config: Record<string, unknown>;
  /** `tool/secret` labels it serves. */
  readonly secrets: readonly string[];
  readonly hosts: readonly string[];
}

/** iron-proxy has no session_token; refusing it here beats a proxy that signs with half a key. */
export function refuseSessionTokens(secrets: readonly Located<AwsAuthSecret>[]): void {
  for (const { secret, path } of secrets) {
    if (secret.session_token !== undefined) {
      throw new ProxyConfigError(
        'E_SESSION_TOKEN',
        `${path}.session_token`,
        'iron-proxy has no session_token key (removed in v0.41.0); temporary keys need ' +
          'credentials_provider: {type: workload_identity} instead of a static pair',
      );
    }
  }
}

interface Group {
  readonly key: string;
  readonly first: Located<AwsAuthSecret>;
  readonly hosts: Set<string>;
  readonly labels: string[];
}

/**
 * One aws_auth per distinct (credentials, allowed_regions, allowed_services); the hosts of the
 * secrets that share them become one rule each, sorted.
 */
export function renderAwsAuth(
  secrets: readonly Located<AwsAuthSecret>[],
  options: SecretSourceOptions,
): ManagedTransform[] {
  const groups = new Map<string, Group>();
  for (const located of secrets) {
    const key = groupKey(located.secret);
    const group = groups.get(key) ?? { key, first: located, hosts: new Set(), labels: [] };
    for (const host of located.secret.hosts) group.hosts.add(host);
    group.labels.push(located.label);
    groups.set(key, group);
  }

  return [...groups.values()]
    .sort((a, b) => compareText(a.key, b.key))
    .map((group) => {
      const hosts = sortedUnique(group.hosts);
      return {
        name: 'aws_auth',
        config: awsAuthConfig(group.first, hosts, options),
        secrets: sortedUnique(group.labels),
        hosts,
      };
    });
}

function groupKey(secret: AwsAuthSecret): string {
  const credentials = secret.credentials_provider
    ? ['provider', secret.credentials_provider.type, secret.credentials_provider.region ?? '']
    : ['static', secret.access_key_id, secret.secret_access_key];
  return JSON.stringify([
    credentials,
    sortedUnique(secret.allowed_regions),
    sortedUnique(secret.allowed_services),
  ]);
}

// Keys in iron-proxy's own order; empty lists are left out because iron-proxy reads an empty
// list as "any", exactly as an absent one.
function awsAuthConfig(
  { secret, path }: Located<AwsAuthSecret>,
  hosts: readonly string[],
  options: SecretSourceOptions,
): Record<string, unknown> {
  const credentials = secret.credentials_provider
    ? { credentials_provider: { ...secret.credentials_provider } }
    : {
        access_key_id: secretSource(secret.access_key_id, options, `${path}.access_key_id`),
        secret_access_key: secretSource(
          secret.secret_access_key,
          options,
          `${path}.secret_access_key`,
        ),
      };
  const regions = sortedUnique(secret.allowed_regions);
  const services = sortedUnique(secret.allowed_services);
  return {
    ...credentials,
    ...(regions.length > 0 ? { allowed_regions: regions } : {}),
    ...(services.length > 0 ? { allowed_services: services } : {}),
    rules: hosts.map((host) => ({ host })),
  };
}
