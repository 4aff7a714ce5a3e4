import { CloudWatchError } from './errors.js';

/** What the tool knows about the call iron-proxy refused. */
export interface RejectedCall {
  operation: string;
  region: string;
  service: 'logs' | 'monitoring';
  statusCode?: number;
  requestId?: string;
}

interface ReasonText {
  what: (call: RejectedCall) => string;
  change: (call: RejectedCall) => string;
  retryable?: boolean;
}

// iron-proxy's aws_auth transform answers {"error":"aws_auth","reason":R}; these are its reasons.
const REASONS: Record<string, ReasonText> = {
  missing_sigv4: {
    what: () => 'the request carried no SigV4 Authorization header',
    change: () =>
      'Sign requests (auth mode "proxy" signs with placeholder keys) and do not strip ' +
      'the Authorization header before iron-proxy.',
  },
  region_not_allowed: {
    what: (call) => `region "${call.region}" is not in allowed_regions of its aws_auth secret`,
    change: (call) =>
      `Add "${call.region}" to allowed_regions of the aws_auth secret, or use an allowed region ` +
      '(region option, AWS_REGION).',
  },
  service_not_allowed: {
    what: (call) => `service "${call.service}" is not in allowed_services of its aws_auth secret`,
    change: (call) => `Add "${call.service}" to allowed_services of the aws_auth secret.`,
  },
  credential_unavailable: {
    what: () => 'it could not load the real AWS keys it signs with',
    change: () =>
      'Check the secret source of the aws_auth secret (access_key_id / secret_access_key, or ' +
      'credentials_provider) and the proxy log.',
    retryable: true,
  },
  body_missing: {
    what: () => 'the request had no body to hash',
    change: () => 'Send the request with its body; this points to a client bug.',
  },
  body_read_failed: {
    what: () => 'it could not read the request body',
    change: () => 'Retry; if it persists, check the network between the tool and iron-proxy.',
    retryable: true,
  },
  body_truncated: {
    what: () => 'the request body is larger than it accepts',
    change: () => 'Send a smaller request (narrow the query or the number of log groups).',
  },
  chunked_body_not_allowed: {
    what: () => 'the body was sent with chunked transfer encoding',
    change: () =>
      'Send a Content-Length body, or set allow_chunked_body on the aws_auth transform.',
  },
  signing_failed: {
    what: () => 'it failed to sign the request with the real keys',
    change: () => 'Check the proxy log; the keys it holds may be malformed.',
    retryable: true,
  },
};

/** An iron-proxy rejection as `E_PROXY_REJECTED`, naming the reason and what to change. */
export function proxyRejectionError(reason: string, call: RejectedCall): CloudWatchError {
  const text = REASONS[reason];
  const what = text ? text.what(call) : 'for a reason this version of keyless does not know';
  return new CloudWatchError(
    'E_PROXY_REJECTED',
    `iron-proxy rejected ${call.operation} (${reason}): ${what}.`,
    {
      hint: text ? text.change(call) : 'See the iron-proxy documentation for this reason.',
      retryable: text?.retryable ?? false,
      reason,
      ...(call.statusCode === undefined ? {} : { statusCode: call.statusCode }),
      ...(call.requestId === undefined ? {} : { requestId: call.requestId }),
    },
  );
}
