/**
 * Typed, deeply frozen values produced by the parser. Keys inside a secret keep the snake_case
 * names of the manifest, which are iron-proxy's own, so a reader can map them one to one.
 */

/** `credentials_provider` of an `aws_auth` secret: the AWS default chain of the proxy's pod. */
export interface WorkloadIdentityProvider {
  readonly type: 'workload_identity';
  readonly region?: string;
}

interface AwsAuthSecretBase {
  readonly type: 'aws_auth';
  readonly name: string;
  /** Hosts whose requests iron-proxy re-signs; never inherited from the tool's `hosts`. */
  readonly hosts: readonly string[];
  /** Empty means any region. */
  readonly allowed_regions: readonly string[];
  /** Empty means any service. */
  readonly allowed_services: readonly string[];
}

/** Long-lived keys: both values are references (names in the secret backend), never keys. */
export interface StaticAwsAuthSecret extends AwsAuthSecretBase {
  readonly access_key_id: string;
  readonly secret_access_key: string;
  /** Parsed so older manifests load; iron-proxy has no such key, the renderer refuses it. */
  readonly session_token?: string;
  readonly credentials_provider?: undefined;
}

export interface ProviderAwsAuthSecret extends AwsAuthSecretBase {
  readonly credentials_provider: WorkloadIdentityProvider;
  readonly access_key_id?: undefined;
  readonly secret_access_key?: undefined;
  readonly session_token?: undefined;
}

export type AwsAuthSecret = StaticAwsAuthSecret | ProviderAwsAuthSecret;

export type ReplaceLocation = 'headers' | 'path' | 'query' | 'body';

/** Swap of a placeholder the tool sends for the real value, done by iron-proxy. */
export interface HttpReplace {
  readonly placeholder: string;
  /** Always contains `headers`: iron-proxy scans request headers in every replace. */
  readonly in: readonly ReplaceLocation[];
  /** Header names (or `/regex/`) to scan; absent means every header. */
  readonly headers?: readonly string[];
}

/**
 * A secret that iron-proxy's `secrets` transform puts on requests to `hosts`. Exactly one of
 * `header`, `query_param` and `replace` is set; `formatter` only goes with the first two.
 */
export interface HttpSecret {
  readonly type: 'http';
  readonly name: string;
  readonly hosts: readonly string[];
  /** Reference (name in the secret backend) of the value. */
  readonly ref: string;
  readonly header?: string;
  readonly query_param?: string;
  /** Go template over `.Value`, e.g. `Bearer {{ .Value }}`. */
  readonly formatter?: string;
  readonly replace?: HttpReplace;
  /** Reject the request when the value cannot be fetched (iron-proxy's `require`). */
  readonly require: boolean;
}

export type ToolSecret = AwsAuthSecret | HttpSecret;

/** The `keyless` key of a tool's package.json. */
export interface ToolManifest {
  /** Entry module of the tool's client. */
  readonly module: string;
  readonly hosts: readonly string[];
  readonly secrets: readonly ToolSecret[];
  /** Seconds a call of the tool may take; absent lets the caller decide. */
  readonly timeout_s?: number;
  /** IAM actions the tool calls, `service:Action`. */
  readonly aws_actions: readonly string[];
}

/** A discovered tool: its directory, package identity and manifest. */
export interface Tool {
  /** Name of the tool's directory; unique after shadowing. */
  readonly name: string;
  readonly dir: string;
  /** Category folder the tool sits in, if any. */
  readonly category?: string;
  readonly packageName: string;
  readonly version?: string;
  /** Commands the package installs, name to file. */
  readonly bin: Readonly<Record<string, string>>;
  readonly manifest: ToolManifest;
}
