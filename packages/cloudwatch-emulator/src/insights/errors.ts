import { EmulatorError } from '../errors.js';

/**
 * An AWS-shaped Logs Insights error. The server answers it as `{__type, message, ...details}`
 * with `statusCode`; `details` carries the extra members AWS puts in some error bodies, such as
 * the `queryCompileError` of a MalformedQueryException.
 */
export class InsightsError extends EmulatorError {
  readonly details: Record<string, unknown> | undefined;

  constructor(
    awsErrorName: string,
    message: string,
    statusCode = 400,
    details?: Record<string, unknown>,
  ) {
    super('E_AWS', message, { awsErrorName, statusCode });
    this.name = 'InsightsError';
    this.details = details;
  }
}

export interface SourceSpan {
  /** Offset of the first character, counted from 0. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/**
 * A query that does not compile. The message says where (line and column, counted from 1, as
 * an editor shows them) and the body carries the offsets AWS returns in `queryCompileError`.
 */
export function malformedQuery(query: string, span: SourceSpan, problem: string): InsightsError {
  const before = query.slice(0, span.start);
  const line = before.split('\n').length;
  const column = span.start - before.lastIndexOf('\n');
  const message = `${problem} (line ${line}, column ${column})`;
  return new InsightsError('MalformedQueryException', message, 400, {
    queryCompileError: {
      location: { startCharOffset: span.start, endCharOffset: span.end },
      message,
    },
  });
}

export function invalidParameter(message: string): InsightsError {
  return new InsightsError('InvalidParameterException', message);
}

export function resourceNotFound(message: string): InsightsError {
  return new InsightsError('ResourceNotFoundException', message);
}
