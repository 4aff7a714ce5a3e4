import type { CliFailure } from '@keyless/cli-shim';
import type { SidecarError } from '@keyless/k8s-sidecar';
import type { ProxyConfigError, ProxyConfigErrorCode } from '@keyless/proxy-config';
import type { ManifestError } from '@keyless/tool-manager';
import { KEYLESS_EXIT_CODES, KeylessError } from './KeylessError.js';

const PROXY_CONFIG_HINTS: Partial<Record<ProxyConfigErrorCode, string>> = {
  E_BASE_YAML: 'the base config must be a YAML mapping with a transforms list',
  E_SESSION_TOKEN: 'iron-proxy holds no session token: use credentials_provider for temporary keys',
  E_SECRET_SOURCE: 'run `keyless proxy-config render --help` for the --secret-* options',
};

/** What a failed command reports; like the shared CliFailure, with this CLI's exit codes. */
export type KeylessFailure = Omit<CliFailure, 'exitCode'> & { exitCode: number };

// Matched by name: importing the packages for `instanceof` would load all of them on every run.
function isError<T extends Error>(error: unknown, name: string): error is T {
  return error instanceof Error && error.name === name && 'code' in error;
}

/**
 * Failures of this command line and of the packages it drives. Their input errors exit 2; what
 * is not mapped here falls through to the shared mapping (usage errors 2, anything else 1).
 */
export function toKeylessFailure(error: unknown): KeylessFailure | undefined {
  if (error instanceof KeylessError) {
    return { code: error.code, message: error.message, hint: error.hint, exitCode: error.exitCode };
  }
  if (isError<ManifestError>(error, 'ManifestError')) {
    return {
      code: error.code,
      message: error.message.replaceAll('\n', '; '),
      hint: 'fix the keyless manifest in the package.json named above',
      exitCode: KEYLESS_EXIT_CODES.usage,
    };
  }
  if (isError<ProxyConfigError>(error, 'ProxyConfigError')) {
    // The YAML parser quotes the offending lines after the first; the first line locates them.
    const [message = error.message] = error.message.split('\n');
    const hint = PROXY_CONFIG_HINTS[error.code];
    return { code: error.code, message, hint, exitCode: KEYLESS_EXIT_CODES.usage };
  }
  if (isError<SidecarError>(error, 'SidecarError')) {
    return {
      code: error.code,
      message: error.message,
      hint: error.hint,
      exitCode: KEYLESS_EXIT_CODES.usage,
    };
  }
  return undefined;
}
