import { type CliFailure, exitCodeFor } from '@keyless/cli-shim';
import type { CloudWatchError } from '@keyless/cloudwatch';

// Recognised by name rather than instanceof, so that the client module need not be loaded for
// an error that happened before any command ran.
export function isCloudWatchError(error: unknown): error is CloudWatchError {
  return error instanceof Error && error.name === 'CloudWatchError';
}

/** CloudWatchError keeps its code and hint; the AWS facts an agent may act on go in details. */
export function mapCloudWatchError(error: unknown): CliFailure | undefined {
  if (!isCloudWatchError(error)) return undefined;
  const details: Record<string, unknown> = { retryable: error.retryable };
  if (error.awsErrorName !== undefined) details.awsErrorName = error.awsErrorName;
  if (error.requestId !== undefined) details.requestId = error.requestId;
  if (error.statusCode !== undefined) details.statusCode = error.statusCode;
  if (error.reason !== undefined) details.reason = error.reason;
  return {
    code: error.code,
    message: error.message,
    hint: error.hint,
    exitCode: exitCodeFor(error.code),
    details,
  };
}
