// CloudWatch answers each error in two spellings: the exception shape name of its Smithy model
// (what a JSON 1.0 client sees in `__type`) and the older awsQuery code (what the XML protocol
// and the `x-amzn-query-error` header carry). The SDK maps either back to the same exception.
const ERROR_SHAPES: Record<string, { queryErrorCode: string; statusCode: number }> = {
  InvalidParameterValueException: { queryErrorCode: 'InvalidParameterValue', statusCode: 400 },
  InvalidParameterCombinationException: {
    queryErrorCode: 'InvalidParameterCombination',
    statusCode: 400,
  },
  MissingRequiredParameterException: { queryErrorCode: 'MissingParameter', statusCode: 400 },
  ResourceNotFound: { queryErrorCode: 'ResourceNotFound', statusCode: 404 },
  ResourceNotFoundException: { queryErrorCode: 'ResourceNotFoundException', statusCode: 404 },
  LimitExceededFault: { queryErrorCode: 'LimitExceeded', statusCode: 400 },
  LimitExceededException: { queryErrorCode: 'LimitExceededException', statusCode: 400 },
  InvalidNextToken: { queryErrorCode: 'InvalidNextToken', statusCode: 400 },
  InvalidFormatFault: { queryErrorCode: 'InvalidFormat', statusCode: 400 },
  ValidationException: { queryErrorCode: 'ValidationError', statusCode: 400 },
  InternalServiceFault: { queryErrorCode: 'InternalServiceError', statusCode: 500 },
  UnknownOperationException: { queryErrorCode: 'InvalidAction', statusCode: 400 },
};

/** An AWS-shaped CloudWatch error; the HTTP layer renders it in the protocol of the request. */
export class MonitoringError extends Error {
  readonly awsErrorName: string;
  readonly statusCode: number;
  /**
   * The code of the awsQuery protocol, e.g. `InvalidParameterValue` for the JSON name
   * `InvalidParameterValueException`.
   */
  readonly queryErrorCode: string;
  /** `Sender` for a client fault, `Receiver` for a server fault, as AWS writes `<Type>`. */
  readonly faultType: 'Sender' | 'Receiver';

  constructor(awsErrorName: string, message: string, statusCode?: number) {
    super(message);
    this.name = 'MonitoringError';
    const known = ERROR_SHAPES[awsErrorName];
    this.awsErrorName = awsErrorName;
    this.queryErrorCode = known?.queryErrorCode ?? awsErrorName;
    this.statusCode = statusCode ?? known?.statusCode ?? 400;
    this.faultType = this.statusCode >= 500 ? 'Receiver' : 'Sender';
  }
}

export function missingParameter(path: string): MonitoringError {
  return new MonitoringError(
    'MissingRequiredParameterException',
    `The parameter ${path} is required.`,
  );
}

export function invalidParameterValue(path: string, value: unknown, expected: string) {
  return new MonitoringError(
    'InvalidParameterValueException',
    `The value ${describeValue(value)} for parameter ${path} is invalid: ${expected}.`,
  );
}

export function invalidParameterCombination(message: string): MonitoringError {
  return new MonitoringError('InvalidParameterCombinationException', message);
}

export function validationError(message: string): MonitoringError {
  return new MonitoringError('ValidationException', message);
}

export function invalidNextToken(): MonitoringError {
  return new MonitoringError('InvalidNextToken', 'The service could not process the NextToken.');
}

export function describeValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json;
}
