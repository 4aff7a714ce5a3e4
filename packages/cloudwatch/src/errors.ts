export type CloudWatchErrorCode =
  | 'E_INPUT'
  | 'E_TIME'
  | 'E_AUTH'
  | 'E_PROXY_REJECTED'
  | 'E_NOT_FOUND'
  | 'E_THROTTLED'
  | 'E_AWS'
  | 'E_NETWORK'
  | 'E_TIMEOUT';

export interface CloudWatchErrorDetails {
  hint?: string;
  retryable?: boolean;
  awsErrorName?: string;
  requestId?: string;
  statusCode?: number;
  reason?: string;
  cause?: unknown;
}

/** The one error type of `@keyless/cloudwatch`; `code` is stable, `message` is for people. */
export class CloudWatchError extends Error {
  override readonly name = 'CloudWatchError';
  readonly code: CloudWatchErrorCode;
  readonly hint?: string;
  readonly retryable: boolean;
  readonly awsErrorName?: string;
  readonly requestId?: string;
  readonly statusCode?: number;
  /** iron-proxy's rejection reason, for `E_PROXY_REJECTED`. */
  readonly reason?: string;

  constructor(code: CloudWatchErrorCode, message: string, details: CloudWatchErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.retryable = details.retryable ?? false;
    if (details.hint !== undefined) this.hint = details.hint;
    if (details.awsErrorName !== undefined) this.awsErrorName = details.awsErrorName;
    if (details.requestId !== undefined) this.requestId = details.requestId;
    if (details.statusCode !== undefined) this.statusCode = details.statusCode;
    if (details.reason !== undefined) this.reason = details.reason;
  }

  /** The fields a CLI or an MCP server prints: no stack, no cause chain. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
    };
    for (const key of ['hint', 'awsErrorName', 'requestId', 'statusCode', 'reason'] as const) {
      if (this[key] !== undefined) json[key] = this[key];
    }
    return json;
  }
}
