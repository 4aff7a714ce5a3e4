/**
 * Stable codes of {@link SidecarError}:
 * - `E_OPTION`: an option is missing or malformed.
 * - `E_PINNED_ENV`: extra env tries to set a variable the sidecar pins (proxy, CA, region).
 * - `E_CREDENTIAL_ENV`: extra env or envFrom could put an AWS credential variable in the container.
 * - `E_CREDENTIAL_VALUE`: a literal env value looks like an AWS access key id.
 * - `E_ENV_FROM`: an envFrom source whose imported names cannot be checked.
 * - `E_DUPLICATE_ENV`: the same name appears twice in extra env.
 * - `E_INVALID_MANIFEST`: the Kubernetes schema rejects the built object.
 */
export type SidecarErrorCode =
  | 'E_OPTION'
  | 'E_PINNED_ENV'
  | 'E_CREDENTIAL_ENV'
  | 'E_CREDENTIAL_VALUE'
  | 'E_ENV_FROM'
  | 'E_DUPLICATE_ENV'
  | 'E_INVALID_MANIFEST';

/** The one error this package throws. `path` is the option path, e.g. `env[2].name`. */
export class SidecarError extends Error {
  override readonly name = 'SidecarError';
  readonly code: SidecarErrorCode;
  readonly path: string;
  readonly hint: string | undefined;

  constructor(code: SidecarErrorCode, path: string, message: string, hint?: string) {
    super(`${path}: ${message}`);
    this.code = code;
    this.path = path;
    this.hint = hint;
  }
}
