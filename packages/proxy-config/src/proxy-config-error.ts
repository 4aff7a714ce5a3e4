export type ProxyConfigErrorCode =
  /** The base config is not YAML, not a mapping, or its `transforms` is not a list. */
  | 'E_BASE_YAML'
  /** A manifest asks for a session_token, which iron-proxy cannot hold. */
  | 'E_SESSION_TOKEN'
  /** The secret backend options are incomplete or malformed. */
  | 'E_SECRET_SOURCE'
  /** A secret reference cannot be used with the chosen backend. */
  | 'E_REFERENCE';

/** The only error this package throws. `path` names the field at fault. */
export class ProxyConfigError extends Error {
  override readonly name = 'ProxyConfigError';
  readonly code: ProxyConfigErrorCode;
  /** `tools/cloudwatch: secrets[0].session_token`, `secretSource.vault`, `base: transforms`. */
  readonly path: string;

  constructor(code: ProxyConfigErrorCode, path: string, detail: string) {
    super(`${path}: ${detail}`);
    this.code = code;
    this.path = path;
  }
}
