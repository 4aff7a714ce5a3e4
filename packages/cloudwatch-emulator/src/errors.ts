/**
 * Stable codes of {@link EmulatorError}:
 * - `E_INPUT`: a bad option, flag or control-API body.
 * - `E_SEED`: a seed spec or seed file that cannot be loaded.
 * - `E_TLS`: the certificate authority could not be created or read.
 * - `E_AWS`: an error answered on the wire in the AWS shape of the request's protocol.
 */
export type EmulatorErrorCode = 'E_INPUT' | 'E_SEED' | 'E_TLS' | 'E_AWS';

export interface AwsErrorShape {
  /** The exception name a JSON client reads from `__type`, e.g. `ResourceNotFoundException`. */
  awsErrorName: string;
  /** The awsQuery code (XML `<Code>`, `x-amzn-query-error`); defaults to `awsErrorName`. */
  queryErrorCode?: string;
  statusCode?: number;
}

export class EmulatorError extends Error {
  readonly code: EmulatorErrorCode;
  readonly awsErrorName: string | undefined;
  readonly queryErrorCode: string | undefined;
  readonly statusCode: number;

  constructor(code: EmulatorErrorCode, message: string, shape?: AwsErrorShape) {
    super(message);
    this.name = 'EmulatorError';
    this.code = code;
    this.awsErrorName = shape?.awsErrorName;
    this.queryErrorCode = shape?.queryErrorCode ?? shape?.awsErrorName;
    this.statusCode = shape?.statusCode ?? 400;
  }
}

/** An error the client receives as `{__type, message}` (JSON) or `<ErrorResponse>` (query). */
export function awsError(
  awsErrorName: string,
  message: string,
  statusCode = 400,
  queryErrorCode?: string,
): EmulatorError {
  return new EmulatorError('E_AWS', message, { awsErrorName, statusCode, queryErrorCode });
}

export function invalidParameter(message: string): EmulatorError {
  return awsError('InvalidParameterException', message);
}

export function resourceNotFound(message: string): EmulatorError {
  return awsError('ResourceNotFoundException', message);
}
