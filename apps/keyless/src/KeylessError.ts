import { EXIT_CODES } from '@keyless/cli-shim';

/**
 * Exit codes of `keyless`. 0, 1 and 2 mean what they mean for every keyless command line; 3 to 5
 * belong to the agent tools (auth, not found, throttled) and are never used here.
 */
export const KEYLESS_EXIT_CODES = {
  ok: EXIT_CODES.ok,
  /** An unexpected failure, or a file that cannot be read or written. */
  failure: EXIT_CODES.failure,
  /** A bad command line or bad input: flags, a tool manifest, a base config, sidecar options. */
  usage: EXIT_CODES.usage,
  /** The command ran and found the configuration it checks invalid (`proxy-config check`). */
  configInvalid: 6,
} as const;

export type KeylessExitCode = (typeof KEYLESS_EXIT_CODES)[keyof typeof KEYLESS_EXIT_CODES];

/**
 * - `E_INPUT`: an input file or flag value is wrong (unreadable, not YAML, bad ARN...).
 * - `E_IO`: a file could not be written.
 * - `E_WRITE_ACTION`: a tool declares an IAM action that changes AWS state.
 * - `E_CONFIG_INVALID`: a checked iron-proxy config or tool manifest has errors.
 */
export type KeylessErrorCode = 'E_INPUT' | 'E_IO' | 'E_WRITE_ACTION' | 'E_CONFIG_INVALID';

const EXIT_CODE_BY_CODE: Record<KeylessErrorCode, KeylessExitCode> = {
  E_INPUT: KEYLESS_EXIT_CODES.usage,
  E_IO: KEYLESS_EXIT_CODES.failure,
  E_WRITE_ACTION: KEYLESS_EXIT_CODES.usage,
  E_CONFIG_INVALID: KEYLESS_EXIT_CODES.configInvalid,
};

/** The one error class of the `keyless` command line. */
export class KeylessError extends Error {
  override readonly name = 'KeylessError';
  readonly code: KeylessErrorCode;
  readonly hint: string | undefined;

  constructor(
    code: KeylessErrorCode,
    message: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }

  get exitCode(): KeylessExitCode {
    return EXIT_CODE_BY_CODE[this.code];
  }
}
