import { ProxyConfigError } from './proxy-config-error.js';

/*
 * Where iron-proxy fetches the value behind a manifest's reference. Each backend turns the
 * reference REF into one iron-proxy secret source; the defaults are documented in the README.
 */

export type SecretSourceOptions =
  /** `{type: env, var: REF}`: read once when iron-proxy starts. */
  | { readonly type: 'env' }
  /** `op://VAULT/REF/FIELD` through a service account (`1password`) or a Connect server. */
  | {
      readonly type: '1password' | '1password_connect';
      readonly vault: string;
      /** Default `credential`. */
      readonly field?: string;
      /** Go duration; default `15m`; `null` caches the first value for good. */
      readonly ttl?: string | null;
    }
  /** Secrets Manager: secret `PREFIX + REF`, or key REF of the JSON secret `secretId`. */
  | {
      readonly type: 'aws_sm';
      readonly prefix?: string;
      readonly secretId?: string;
      readonly region?: string;
      readonly ttl?: string | null;
    }
  /** Parameter Store: parameter `PATH_PREFIX + REF`, decrypted. */
  | {
      readonly type: 'aws_ssm';
      /** Default `/keyless/`. */
      readonly pathPrefix?: string;
      readonly region?: string;
      /** Default true. */
      readonly withDecryption?: boolean;
      readonly ttl?: string | null;
    }
  /** A file `PATH_PREFIX + REF` holding exactly the value. */
  | {
      readonly type: 'file';
      /** Default `/run/secrets/`. */
      readonly pathPrefix?: string;
      /** Absent: read at start and on each reload only. */
      readonly ttl?: string | null;
    };

export type SecretSourceType = SecretSourceOptions['type'];

const REMOTE_TTL = '15m';
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;
const ENV_VAR = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OP_SEGMENT = /^[^/]+$/;
const SSM_PATH = /^\/([A-Za-z0-9_.-]+\/)*$/;

/** Checks the options once, so a bad backend fails before anything is rendered. */
export function validateSecretSource(options: SecretSourceOptions): void {
  const fail = (key: string, detail: string): never => {
    throw new ProxyConfigError('E_SECRET_SOURCE', `secretSource.${key}`, detail);
  };
  const ttl = 'ttl' in options ? options.ttl : undefined;
  if (typeof ttl === 'string' && !GO_DURATION.test(ttl)) {
    fail('ttl', `expected a Go duration such as 15m or 1h30m, got ${JSON.stringify(ttl)}`);
  }

  switch (options.type) {
    case 'env':
      return;
    case '1password':
    case '1password_connect':
      if (typeof options.vault !== 'string' || !OP_SEGMENT.test(options.vault)) {
        fail('vault', `expected a 1Password vault name without "/", got ${show(options.vault)}`);
      }
      if (options.field !== undefined && !OP_SEGMENT.test(options.field)) {
        fail('field', `expected a field name without "/", got ${show(options.field)}`);
      }
      return;
    case 'aws_sm':
      if (options.secretId !== undefined && options.prefix !== undefined) {
        fail('secretId', 'expected either secretId (one JSON secret) or prefix, got both');
      }
      return;
    case 'aws_ssm':
      if (options.pathPrefix !== undefined && !SSM_PATH.test(options.pathPrefix)) {
        fail('pathPrefix', `expected a path such as /keyless/, got ${show(options.pathPrefix)}`);
      }
      return;
    case 'file':
      if (options.pathPrefix !== undefined && !options.pathPrefix.endsWith('/')) {
        fail('pathPrefix', `expected a folder ending in "/", got ${show(options.pathPrefix)}`);
      }
      return;
    default:
      fail(
        'type',
        'expected env, 1password, 1password_connect, aws_sm, aws_ssm or file, ' +
          `got ${show((options as { type: unknown }).type)}`,
      );
  }
}

/**
 * The iron-proxy source for reference `ref`, keys in a fixed order. `path` names the manifest
 * field the reference came from, for the error when the backend cannot take it.
 */
export function secretSource(
  ref: string,
  options: SecretSourceOptions,
  path: string,
): Record<string, unknown> {
  switch (options.type) {
    case 'env':
      if (!ENV_VAR.test(ref)) {
        throw new ProxyConfigError(
          'E_REFERENCE',
          path,
          `expected an environment variable name for the env backend, got ${show(ref)}`,
        );
      }
      return { type: 'env', var: ref };
    case '1password':
    case '1password_connect':
      return withTtl(
        {
          type: options.type,
          secret_ref: `op://${options.vault}/${ref}/${options.field ?? 'credential'}`,
        },
        options.ttl,
        REMOTE_TTL,
      );
    case 'aws_sm': {
      const located = options.secretId
        ? { secret_id: options.secretId, json_key: ref }
        : { secret_id: `${options.prefix ?? ''}${ref}` };
      return withTtl(
        {
          type: 'aws_sm',
          secret_id: located.secret_id,
          ...region(options.region),
          ...jsonKey(located),
        },
        options.ttl,
        REMOTE_TTL,
      );
    }
    case 'aws_ssm':
      return withTtl(
        {
          type: 'aws_ssm',
          name: `${options.pathPrefix ?? '/keyless/'}${ref}`,
          ...region(options.region),
          with_decryption: options.withDecryption ?? true,
        },
        options.ttl,
        REMOTE_TTL,
      );
    case 'file':
      return withTtl(
        { type: 'file', path: `${options.pathPrefix ?? '/run/secrets/'}${ref}` },
        options.ttl,
        undefined,
      );
  }
}

function withTtl(
  source: Record<string, unknown>,
  ttl: string | null | undefined,
  fallback: string | undefined,
): Record<string, unknown> {
  const chosen = ttl === undefined ? fallback : ttl;
  return chosen ? { ...source, ttl: chosen } : source;
}

function region(value: string | undefined) {
  return value ? { region: value } : {};
}

function jsonKey(located: { json_key?: string }) {
  return located.json_key ? { json_key: located.json_key } : {};
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
