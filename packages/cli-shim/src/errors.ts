/**
 * Exit codes of every keyless command line. Agents branch on these, so they never change meaning:
 * a new class of failure gets a new number.
 */
export const EXIT_CODES = {
  ok: 0,
  /** AWS answered with an error, the network failed, a wait timed out, or anything unexpected. */
  failure: 1,
  /** The command line or an input value is wrong (including times); fix the call, not the world. */
  usage: 2,
  /** The credentials were refused, or iron-proxy rejected the request. */
  auth: 3,
  /** The named log group, query or alarm does not exist. */
  notFound: 4,
  /** AWS throttled the call after the SDK's retries; wait and call again. */
  throttled: 5,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * Error codes shared by keyless packages, each tied to its exit code. A code missing here exits 1.
 */
export const EXIT_CODE_BY_ERROR_CODE: Readonly<Record<string, ExitCode>> = {
  E_USAGE: EXIT_CODES.usage,
  E_NO_COMMAND: EXIT_CODES.usage,
  E_UNKNOWN_COMMAND: EXIT_CODES.usage,
  E_UNKNOWN_OPTION: EXIT_CODES.usage,
  E_MISSING_ARGUMENT: EXIT_CODES.usage,
  E_INVALID_ARGUMENT: EXIT_CODES.usage,
  E_INPUT: EXIT_CODES.usage,
  E_TIME: EXIT_CODES.usage,
  E_AUTH: EXIT_CODES.auth,
  E_PROXY_REJECTED: EXIT_CODES.auth,
  E_NOT_FOUND: EXIT_CODES.notFound,
  E_THROTTLED: EXIT_CODES.throttled,
};

export function exitCodeFor(code: string): ExitCode {
  return EXIT_CODE_BY_ERROR_CODE[code] ?? EXIT_CODES.failure;
}

export type CliErrorCode =
  | 'E_USAGE'
  | 'E_NO_COMMAND'
  | 'E_UNKNOWN_COMMAND'
  | 'E_UNKNOWN_OPTION'
  | 'E_MISSING_ARGUMENT'
  | 'E_INVALID_ARGUMENT'
  | 'E_SHIM_MANIFEST'
  | 'E_SHIM_IO';

/** The one error type of this package: a stable `code`, a message naming the bad value, a hint. */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;
  readonly hint: string | undefined;

  constructor(
    code: CliErrorCode,
    message: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }

  get exitCode(): ExitCode {
    return exitCodeFor(this.code);
  }
}
