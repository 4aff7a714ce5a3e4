/**
 * `E_INPUT`: tool arguments that do not match the tool's input schema, or a token this server did
 * not issue. `E_USAGE`: a bad command-line flag. `E_INTERNAL`: a bug in this server.
 */
export type CloudWatchMcpErrorCode = 'E_INPUT' | 'E_USAGE' | 'E_INTERNAL';

/** The one error type of cloudwatch-mcp; errors of AWS calls stay `CloudWatchError`. */
export class CloudWatchMcpError extends Error {
  override readonly name = 'CloudWatchMcpError';
  readonly code: CloudWatchMcpErrorCode;
  readonly hint?: string;
  /** Machine-readable facts an agent can act on, e.g. the bad argument names. */
  readonly details?: Record<string, unknown>;

  constructor(
    code: CloudWatchMcpErrorCode,
    message: string,
    options: { hint?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.code = code;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.details !== undefined) this.details = options.details;
  }
}
