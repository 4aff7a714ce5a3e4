import { authError, type SigningService } from './auth-errors.js';

/** A request as it arrived: the raw path, headers in arrival order, the whole body. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  rawHeaders: string[];
  body: Buffer;
}

/** What the client claims in its Authorization header or presigned query. */
export interface SignatureClaim {
  accessKeyId: string;
  scopeDate: string;
  region: string;
  service: string;
  terminator: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
  /** Set for a presigned request: X-Amz-Expires, in seconds. */
  expiresInSeconds?: number;
}

export const ALGORITHM = 'AWS4-HMAC-SHA256';

/** Every value of a header, in arrival order (a header may be sent more than once). */
export function headerValues(rawHeaders: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() === name) values.push(rawHeaders[i + 1]!);
  }
  return values;
}

export function readSignatureClaim(request: ReceivedRequest, service: SigningService) {
  const authorization = headerValues(request.rawHeaders, 'authorization')[0];
  if (authorization !== undefined) return readAuthorizationHeader(request, authorization, service);
  if (request.query.has('X-Amz-Signature')) return readPresignedQuery(request, service);
  throw authError(service, 'MissingAuthenticationToken', 'Missing Authentication Token');
}

function readAuthorizationHeader(
  request: ReceivedRequest,
  authorization: string,
  service: SigningService,
): SignatureClaim {
  const space = authorization.indexOf(' ');
  const algorithm = space < 0 ? authorization : authorization.slice(0, space);
  if (algorithm !== ALGORITHM) {
    throw authError(service, 'IncompleteSignature', `Unsupported AWS 'algorithm': '${algorithm}'.`);
  }
  const parts = new Map<string, string>();
  for (const part of authorization.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((key) => !parts.get(key));
  if (missing.length > 0) {
    throw authError(
      service,
      'IncompleteSignature',
      missing.map((key) => `Authorization header requires '${key}' parameter.`).join(' ') +
        ` Authorization=${authorization}`,
    );
  }
  const amzDate = headerValues(request.rawHeaders, 'x-amz-date')[0];
  if (amzDate === undefined) {
    throw authError(
      service,
      'IncompleteSignature',
      "Authorization header requires existence of an 'X-Amz-Date' header.",
    );
  }
  return {
    ...readCredential(parts.get('Credential')!, service),
    signedHeaders: parts.get('SignedHeaders')!.split(';'),
    signature: parts.get('Signature')!,
    amzDate: amzDate.trim(),
  };
}

function readPresignedQuery(request: ReceivedRequest, service: SigningService): SignatureClaim {
  const query = request.query;
  const required = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-SignedHeaders'];
  const missing = required.filter((key) => !query.get(key));
  if (missing.length > 0) {
    throw authError(
      service,
      'IncompleteSignature',
      missing.map((key) => `AWS query-string parameters must include '${key}'.`).join(' '),
    );
  }
  if (query.get('X-Amz-Algorithm') !== ALGORITHM) {
    throw authError(
      service,
      'IncompleteSignature',
      `Unsupported AWS 'algorithm': '${query.get('X-Amz-Algorithm')}'.`,
    );
  }
  const expires = Number(query.get('X-Amz-Expires') ?? '900');
  if (!Number.isInteger(expires) || expires < 1 || expires > 604_800) {
    throw authError(
      service,
      'IncompleteSignature',
      `X-Amz-Expires must be an integer from 1 to 604800, got '${query.get('X-Amz-Expires')}'.`,
    );
  }
  return {
    ...readCredential(query.get('X-Amz-Credential')!, service),
    signedHeaders: query.get('X-Amz-SignedHeaders')!.split(';'),
    signature: query.get('X-Amz-Signature')!,
    amzDate: query.get('X-Amz-Date')!,
    expiresInSeconds: expires,
  };
}

function readCredential(credential: string, service: SigningService) {
  const parts = credential.split('/');
  if (parts.length !== 5) {
    throw authError(
      service,
      'IncompleteSignature',
      'Credential must have exactly 5 slash-delimited elements, ' +
        `e.g. keyid/date/region/service/term, got '${credential}'`,
    );
  }
  const [accessKeyId, scopeDate, region, scopeService, terminator] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { accessKeyId, scopeDate, region, service: scopeService, terminator };
}

/** The key id and region a request names, without checking anything: for the request log. */
export function peekCredential(request: Pick<ReceivedRequest, 'rawHeaders' | 'query'>) {
  const authorization = headerValues(request.rawHeaders, 'authorization')[0] ?? '';
  const credential =
    /Credential=([^,\s]+)/.exec(authorization)?.[1] ?? request.query.get('X-Amz-Credential') ?? '';
  const [accessKeyId, , region] = credential.split('/');
  return { accessKeyId: accessKeyId || undefined, region: region || undefined };
}
