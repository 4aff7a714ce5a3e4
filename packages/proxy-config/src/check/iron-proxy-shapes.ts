/*
 * The keys iron-proxy reads, from its config structs (internal/config/config.go and each
 * transform's config type). Top-level sections are decoded strictly; a transform's `config` is
 * decoded leniently, so there an unknown key is silently ignored.
 */

export type Kind =
  | 'string'
  | 'bool'
  | 'int'
  | 'strings'
  | 'duration'
  | 'any'
  | 'source'
  | 'provider'
  | Shape
  | ListOf;

export interface Shape {
  readonly keys: Readonly<Record<string, Kind>>;
  /** Messages for unknown keys that people are known to write. */
  readonly hints?: Readonly<Record<string, string>>;
}

export interface ListOf {
  readonly listOf: Shape;
}

const RULE: Shape = {
  keys: { host: 'string', cidr: 'string', methods: 'strings', paths: 'strings' },
};
const RULES: ListOf = { listOf: RULE };

export const TOP_LEVEL: Shape = {
  keys: {
    dns: {
      keys: {
        enabled: 'bool',
        listen: 'string',
        proxy_ip: 'string',
        upstream_resolver: 'string',
        passthrough: 'strings',
        records: { listOf: { keys: { name: 'string', type: 'string', value: 'string' } } },
      },
    },
    proxy: {
      keys: {
        http_listen: 'string',
        https_listen: 'string',
        tunnel_listen: 'string',
        max_request_body_bytes: 'int',
        max_response_body_bytes: 'int',
        upstream_response_header_timeout: 'duration',
        upstream_deny_cidrs: 'strings',
        upstream_proxy: {
          keys: { http_proxy: 'string', https_proxy: 'string', no_proxy: 'string' },
        },
      },
    },
    tls: {
      keys: {
        mode: 'string',
        ca_cert: 'string',
        ca_key: 'string',
        cert_cache_size: 'int',
        leaf_cert_expiry_hours: 'int',
      },
    },
    transforms: 'any',
    mcp: 'any',
    mcp_gateway: 'any',
    postgres: 'any',
    metrics: { keys: { listen: 'string' } },
    management: { keys: { listen: 'string', api_key_env: 'string' } },
    control_plane: { keys: { poll_interval: 'duration' } },
    log: { keys: { level: 'string' } },
  },
};

export const TRANSFORM_ENTRY: Shape = { keys: { name: 'string', config: 'any' } };

/** Every transform iron-proxy registers; another name stops it at start. */
export const TRANSFORM_NAMES: readonly string[] = [
  'allowlist',
  'annotate',
  'aws_auth',
  'body_capture',
  'gcp_auth',
  'gcp_id_token',
  'grpc',
  'header_allowlist',
  'hmac_sign',
  'judge',
  'oauth_token',
  'secrets',
];

/** Config shapes of the transforms whose keys are checked. */
export const TRANSFORM_CONFIGS: Readonly<Record<string, Shape>> = {
  aws_auth: {
    keys: {
      access_key_id: 'source',
      secret_access_key: 'source',
      credentials_provider: 'provider',
      allowed_regions: 'strings',
      allowed_services: 'strings',
      unsigned_payload: 'bool',
      allow_chunked_body: 'bool',
      rules: RULES,
    },
    hints: {
      session_token:
        'iron-proxy has no session_token key (removed in v0.41.0) and ignores it; temporary ' +
        'keys need credentials_provider: {type: workload_identity}',
    },
  },
  header_allowlist: { keys: { headers: 'strings', rules: RULES } },
  allowlist: { keys: { domains: 'strings', cidrs: 'strings', rules: RULES, warn: 'bool' } },
  secrets: {
    keys: {
      secrets: {
        listOf: {
          keys: {
            source: 'source',
            rules: RULES,
            inject: {
              keys: {
                header: 'string',
                query_param: 'string',
                formatter: 'string',
                require: 'bool',
              },
            },
            replace: {
              keys: {
                proxy_value: 'string',
                match_headers: 'strings',
                match_body: 'bool',
                match_path: 'bool',
                match_query: 'bool',
                require: 'bool',
              },
            },
            proxy_value: 'string',
            match_headers: 'strings',
            match_body: 'bool',
            require: 'bool',
          },
        },
      },
    },
  },
};

const CACHED = { ttl: 'duration', failure_ttl: 'duration' } as const;

/** Secret source keys per `type`; every type also takes `type` and `json_key`. */
export const SOURCE_SHAPES: Readonly<Record<string, Shape>> = {
  env: { keys: { var: 'string' } },
  file: { keys: { path: 'string', ...CACHED } },
  aws_sm: { keys: { secret_id: 'string', region: 'string', ...CACHED } },
  aws_ssm: { keys: { name: 'string', region: 'string', with_decryption: 'bool', ...CACHED } },
  '1password': { keys: { secret_ref: 'string', ...CACHED } },
  '1password_connect': { keys: { secret_ref: 'string', ...CACHED } },
  control_plane: { keys: { value: 'string' } },
};

/** The key each source type cannot do without. */
export const SOURCE_REQUIRED: Readonly<Record<string, string>> = {
  env: 'var',
  file: 'path',
  aws_sm: 'secret_id',
  aws_ssm: 'name',
  '1password': 'secret_ref',
  '1password_connect': 'secret_ref',
  control_plane: 'value',
};

export const PROVIDER_SHAPES: Readonly<Record<string, Shape>> = {
  workload_identity: { keys: { region: 'string' } },
};
