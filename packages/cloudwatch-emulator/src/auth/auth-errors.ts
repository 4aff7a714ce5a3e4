import { awsError, type EmulatorError } from '../errors.js';

/** Which service a request is for decides how an auth failure is spelt on the wire. */
export type SigningService = 'logs' | 'monitoring';

export type AuthFailure =
  | 'MissingAuthenticationToken'
  | 'IncompleteSignature'
  | 'UnrecognizedClient'
  | 'SignatureDoesNotMatch';

// Logs (JSON 1.1) names the exception; CloudWatch (JSON 1.0 query-compatible and awsQuery)
// carries the older query code beside it, and answers 403 where Logs answers 400.
const NAMES: Record<AuthFailure, { json: string; query: string; monitoringStatus: number }> = {
  MissingAuthenticationToken: {
    json: 'MissingAuthenticationTokenException',
    query: 'MissingAuthenticationToken',
    monitoringStatus: 403,
  },
  IncompleteSignature: {
    json: 'IncompleteSignatureException',
    query: 'IncompleteSignature',
    monitoringStatus: 400,
  },
  UnrecognizedClient: {
    json: 'UnrecognizedClientException',
    query: 'InvalidClientTokenId',
    monitoringStatus: 403,
  },
  SignatureDoesNotMatch: {
    json: 'InvalidSignatureException',
    query: 'SignatureDoesNotMatch',
    monitoringStatus: 403,
  },
};

export function authError(
  service: SigningService,
  failure: AuthFailure,
  message: string,
): EmulatorError {
  const names = NAMES[failure];
  if (service === 'logs') return awsError(names.json, message, 400);
  return awsError(names.json, message, names.monitoringStatus, names.query);
}

export const SIGNATURE_MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. ' +
  'Consult the service documentation for details.';

export const INVALID_TOKEN_MESSAGE = 'The security token included in the request is invalid.';
