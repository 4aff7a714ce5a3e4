import { CloudWatchError, type CloudWatchErrorCode } from './errors.js';
import type { AuthMode } from './options.js';
import { proxyRejectionError } from './proxyRejection.js';

export interface CallContext {
  operation: string;
  service: 'logs' | 'monitoring';
  region: string;
  auth: AuthMode;
}

const SIGNATURE_ERRORS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'IncompleteSignatureException',
  'ExpiredToken',
  'ExpiredTokenException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'InvalidAccessKeyId',
  'AuthFailure',
]);
// AWS checks the key id before the signature: these say it knew the key, so in proxy mode
// iron-proxy did re-sign, and something changed the request after it signed.
const SIGNATURE_MISMATCH = new Set(['InvalidSignatureException', 'SignatureDoesNotMatch']);
const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'NotAuthorized']);
const NOT_FOUND = new Set(['ResourceNotFoundException', 'ResourceNotFound']);
const THROTTLED = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'LimitExceeded',
]);
const INVALID_INPUT = new Set([
  'InvalidParameterException',
  'InvalidParameterValue',
  'InvalidParameterValueException',
  'InvalidParameterCombination',
  'InvalidParameterCombinationException',
  'MissingParameter',
  'MissingRequiredParameterException',
  'ValidationException',
  'MalformedQueryException',
  'InvalidNextToken',
  'InvalidOperationException',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ETIMEDOUT',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

interface SdkErrorShape {
  name?: string;
  message?: string;
  code?: string;
  error?: unknown;
  reason?: unknown;
  $fault?: 'client' | 'server';
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

/** Any error thrown while calling AWS, as a CloudWatchError with a stable code. */
export function toCloudWatchError(error: unknown, call: CallContext): CloudWatchError {
  if (error instanceof CloudWatchError) return error;
  const sdk = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const name = sdk.name ?? 'Error';
  const statusCode = sdk.$metadata?.httpStatusCode;
  const requestId = sdk.$metadata?.requestId;
  const fromAws = {
    awsErrorName: name,
    cause: error,
    ...(statusCode === undefined ? {} : { statusCode }),
    ...(requestId === undefined ? {} : { requestId }),
  };
  const awsSays =
    name === 'Unknown'
      ? `${call.operation} failed with HTTP ${statusCode ?? '?'} and a body that names no AWS error`
      : `${call.operation} failed: ${name}: ${sdk.message ?? String(error)}`;

  // The SDK copies the fields of a JSON error body onto the error it throws, so iron-proxy's
  // {"error":"aws_auth","reason":R} arrives as error.error and error.reason.
  if (sdk.error === 'aws_auth' && typeof sdk.reason === 'string') {
    return proxyRejectionError(sdk.reason, {
      ...call,
      ...(statusCode === undefined ? {} : { statusCode }),
      ...(requestId === undefined ? {} : { requestId }),
    });
  }

  if (SIGNATURE_ERRORS.has(name)) return signatureError(awsSays, call, fromAws);
  if (name === 'CredentialsProviderError') {
    return new CloudWatchError('E_AUTH', `${call.operation}: no AWS credentials: ${sdk.message}`, {
      hint:
        'Auth mode "sdk" uses the AWS default credential chain (env keys, AWS_PROFILE, ~/.aws, ' +
        'instance roles). Configure one, or use auth mode "proxy" behind iron-proxy.',
      cause: error,
    });
  }
  if (ACCESS_DENIED.has(name)) {
    return new CloudWatchError('E_AUTH', awsSays, {
      ...fromAws,
      hint:
        `The AWS keys lack permission for ${call.service}:${call.operation}; add it to their ` +
        'IAM policy.',
    });
  }

  if (name === 'AbortError') {
    return new CloudWatchError('E_TIMEOUT', `${call.operation} was aborted.`, { cause: error });
  }
  if (name === 'TimeoutError' || NETWORK_CODES.has(sdk.code ?? '')) {
    return new CloudWatchError('E_NETWORK', `${call.operation}: network error: ${sdk.message}`, {
      retryable: true,
      hint: 'Check the endpoint, HTTPS_PROXY / NO_PROXY and that the proxy is running.',
      cause: error,
    });
  }
  if (TLS_CODES.has(sdk.code ?? '')) {
    return new CloudWatchError('E_NETWORK', `${call.operation}: TLS error: ${sdk.message}`, {
      hint:
        'If iron-proxy intercepts TLS, point AWS_CA_BUNDLE (or NODE_EXTRA_CA_CERTS) at its CA ' +
        'certificate.',
      cause: error,
    });
  }
  const code = awsErrorCode(name, sdk);
  if (code) {
    const retryable =
      code === 'E_THROTTLED' || sdk.$fault === 'server' || isServerStatus(statusCode);
    return new CloudWatchError(code, awsSays, { ...fromAws, retryable });
  }

  if (sdk.$metadata === undefined) {
    return new CloudWatchError('E_AWS', `${call.operation} failed: ${String(error)}`, {
      cause: error,
    });
  }
  const retryable = sdk.$fault === 'server' || isServerStatus(statusCode);
  return new CloudWatchError('E_AWS', awsSays, { ...fromAws, retryable });
}

function awsErrorCode(name: string, sdk: SdkErrorShape): CloudWatchErrorCode | undefined {
  if (NOT_FOUND.has(name)) return 'E_NOT_FOUND';
  if (THROTTLED.has(name) || sdk.$retryable?.throttling) return 'E_THROTTLED';
  if (INVALID_INPUT.has(name)) return 'E_INPUT';
  return undefined;
}

function signatureError(
  awsSays: string,
  call: CallContext,
  details: ConstructorParameters<typeof CloudWatchError>[2],
): CloudWatchError {
  if (call.auth === 'proxy' && SIGNATURE_MISMATCH.has(details?.awsErrorName ?? '')) {
    return new CloudWatchError(
      'E_AUTH',
      `${awsSays}. AWS knew the key iron-proxy signed with, but a header it signed was changed ` +
        'or removed on the way to AWS.',
      {
        ...details,
        hint:
          'A header_allowlist that runs after aws_auth must keep every header the AWS SDK signs ' +
          '(/^x-amz-.*$/, /^amz-sdk-.*$/, /^x-amzn-.*$/, content-type, content-length); ' +
          '`keyless proxy-config check` reports the gaps.',
      },
    );
  }
  if (call.auth === 'proxy') {
    return new CloudWatchError(
      'E_AUTH',
      `${awsSays}. The request was signed with keyless placeholder keys, which AWS accepts only ` +
        'after iron-proxy has re-signed the request.',
      {
        ...details,
        hint:
          'Send requests through iron-proxy (set HTTPS_PROXY to its address and trust its CA ' +
          'with AWS_CA_BUNDLE), or use auth mode "sdk" (KEYLESS_AWS_AUTH=sdk) to sign with your ' +
          'own AWS credentials. If HTTPS_PROXY is set already, check that an aws_auth rule ' +
          'matches this host.',
      },
    );
  }
  return new CloudWatchError('E_AUTH', `${awsSays}. AWS rejected the credentials in use.`, {
    ...details,
    hint: 'Check the credentials the AWS default chain finds (AWS_PROFILE, env keys, ~/.aws).',
  });
}

function isServerStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 500;
}
