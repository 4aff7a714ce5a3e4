import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HeaderBag, HttpRequest, QueryParameterBag } from '@smithy/types';
import {
  authError,
  INVALID_TOKEN_MESSAGE,
  SIGNATURE_MISMATCH_MESSAGE,
  type SigningService,
} from './auth-errors.js';
import type { Credentials } from './credentials.js';
import {
  headerValues,
  type ReceivedRequest,
  readSignatureClaim,
  type SignatureClaim,
} from './signature-claim.js';

/** AWS refuses a signature dated more than 15 minutes away from its own clock. */
export const MAX_SKEW_MS = 15 * 60_000;
const PAYLOAD_HASH_HEADER = 'x-amz-content-sha256';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

export interface VerifiedSignature {
  accessKeyId: string;
  region: string;
}

/** Records the canonical request and string to sign, which AWS quotes when they differ. */
class RecordingSigner extends SignatureV4 {
  canonicalRequest = '';
  stringToSign = '';

  protected override createCanonicalRequest(
    request: HttpRequest,
    canonicalHeaders: HeaderBag,
    payloadHash: string,
  ): string {
    this.canonicalRequest = super.createCanonicalRequest(request, canonicalHeaders, payloadHash);
    return this.canonicalRequest;
  }

  protected override async createStringToSign(
    longDate: string,
    credentialScope: string,
    canonicalRequest: string,
    algorithmIdentifier: string,
  ): Promise<string> {
    this.stringToSign = await super.createStringToSign(
      longDate,
      credentialScope,
      canonicalRequest,
      algorithmIdentifier,
    );
    return this.stringToSign;
  }
}

/**
 * Checks a SigV4 signature the way AWS does: the canonical request is rebuilt from exactly the
 * headers named in SignedHeaders, with their values as received, so a header that was changed
 * or dropped after signing makes the signatures differ.
 */
export async function verifySignature(
  request: ReceivedRequest,
  options: { service: SigningService; credentials: readonly Credentials[]; now: number },
): Promise<VerifiedSignature> {
  const { service } = options;
  const claim = readSignatureClaim(request, service);
  const credentials = options.credentials.find((c) => c.accessKeyId === claim.accessKeyId);
  if (!credentials) throw authError(service, 'UnrecognizedClient', INVALID_TOKEN_MESSAGE);

  checkScope(claim, service);
  const signingDate = parseAmzDate(claim, service);
  checkClock(claim, signingDate, options.now, service);
  const payloadHash = checkPayloadHash(request, service);

  const signer = new RecordingSigner({
    credentials,
    region: claim.region,
    service: claim.service,
    sha256: Sha256,
    uriEscapePath: true,
    applyChecksum: false,
  });
  const signed = new Set(claim.signedHeaders);
  const headers: HeaderBag = {};
  for (const name of signed) {
    const values = headerValues(request.rawHeaders, name);
    if (values.length > 0) headers[name] = values.map((value) => value.trim()).join(',');
  }
  // The signer takes the payload hash from this header. When the client did not sign it, the
  // hash computed above is passed in it and kept out of the canonical headers; when the client
  // signed it but it did not arrive, the signer hashes the body and the header list differs.
  const unsigned = new Set<string>();
  if (!signed.has(PAYLOAD_HASH_HEADER)) {
    headers[PAYLOAD_HASH_HEADER] = payloadHash;
    unsigned.add(PAYLOAD_HASH_HEADER);
  }

  const query: QueryParameterBag = {};
  for (const key of new Set(request.query.keys())) {
    if (key === 'X-Amz-Signature') continue;
    const values = request.query.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  const toSign = {
    method: request.method,
    protocol: 'https:',
    hostname: 'emulator',
    path: request.path,
    query,
    headers,
    body: request.body,
  } as HttpRequest;
  const common = { signingDate, signingRegion: claim.region, signingService: claim.service };
  let expected: string;
  if (claim.expiresInSeconds !== undefined) {
    const presigned = await signer.presign(toSign, {
      ...common,
      expiresIn: claim.expiresInSeconds,
      signableHeaders: signed,
      unsignableHeaders: unsigned,
      unhoistableHeaders: new Set([...signed, PAYLOAD_HASH_HEADER]),
    });
    expected = String(presigned.query?.['X-Amz-Signature']);
  } else {
    const authorized = await signer.sign(toSign, {
      ...common,
      signableHeaders: signed,
      unsignableHeaders: unsigned,
    });
    expected = /Signature=([0-9a-f]+)/.exec(String(authorized.headers.authorization))![1]!;
  }

  if (!sameSignature(expected, claim.signature)) {
    throw authError(
      service,
      'SignatureDoesNotMatch',
      `${SIGNATURE_MISMATCH_MESSAGE}\n\nThe Canonical String for this request should have been\n` +
        `'${signer.canonicalRequest}'\n\n` +
        `The String-to-Sign should have been\n'${signer.stringToSign}'\n`,
    );
  }
  return { accessKeyId: claim.accessKeyId, region: claim.region };
}

function checkScope(claim: SignatureClaim, service: SigningService): void {
  if (claim.service !== service) {
    throw authError(
      service,
      'SignatureDoesNotMatch',
      `Credential should be scoped to correct service: '${service}'. `,
    );
  }
  if (claim.terminator !== 'aws4_request') {
    throw authError(
      service,
      'SignatureDoesNotMatch',
      "Credential should be scoped with a valid terminator: 'aws4_request', " +
        `not '${claim.terminator}'. `,
    );
  }
  if (!claim.signedHeaders.includes('host')) {
    throw authError(
      service,
      'IncompleteSignature',
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );
  }
}

function parseAmzDate(claim: SignatureClaim, service: SigningService): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(claim.amzDate);
  if (!match) {
    throw authError(
      service,
      'IncompleteSignature',
      "X-Amz-Date must be in the ISO 8601 basic format yyyyMMdd'T'HHmmss'Z', " +
        `got '${claim.amzDate}'.`,
    );
  }
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const amzDay = claim.amzDate.slice(0, 8);
  if (claim.scopeDate !== amzDay) {
    throw authError(
      service,
      'SignatureDoesNotMatch',
      'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from ' +
        `HTTP: '${claim.scopeDate}' != '${amzDay}', from 'X-Amz-Date'.`,
    );
  }
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

function formatAmzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function checkClock(claim: SignatureClaim, date: Date, now: number, service: SigningService) {
  const signedAt = date.getTime();
  if (claim.expiresInSeconds !== undefined && now > signedAt + claim.expiresInSeconds * 1000) {
    const expiredAt = formatAmzDate(signedAt + claim.expiresInSeconds * 1000);
    throw authError(
      service,
      'SignatureDoesNotMatch',
      `Signature expired: ${expiredAt} is now earlier than ${formatAmzDate(now)} ` +
        `(X-Amz-Date ${claim.amzDate} + X-Amz-Expires ${claim.expiresInSeconds} s).`,
    );
  }
  if (claim.expiresInSeconds === undefined && signedAt < now - MAX_SKEW_MS) {
    throw authError(
      service,
      'SignatureDoesNotMatch',
      `Signature expired: ${claim.amzDate} is now earlier than ` +
        `${formatAmzDate(now - MAX_SKEW_MS)} (${formatAmzDate(now)} - 15 min.)`,
    );
  }
  if (signedAt > now + MAX_SKEW_MS) {
    throw authError(
      service,
      'SignatureDoesNotMatch',
      `Signature not yet current: ${claim.amzDate} is still later than ` +
        `${formatAmzDate(now + MAX_SKEW_MS)} (${formatAmzDate(now)} + 15 min.)`,
    );
  }
}

/** The body must be the one the client hashed, whether or not it sent the hash in a header. */
function checkPayloadHash(request: ReceivedRequest, service: SigningService): string {
  const actual = createHash('sha256').update(request.body).digest('hex');
  const claimed = headerValues(request.rawHeaders, PAYLOAD_HASH_HEADER)[0]?.trim();
  if (claimed === undefined || claimed === UNSIGNED_PAYLOAD) return claimed ?? actual;
  if (claimed !== actual) {
    throw authError(
      service,
      'SignatureDoesNotMatch',
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
    );
  }
  return actual;
}

function sameSignature(expected: string, provided: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(provided);
  return a.length === b.length && timingSafeEqual(a, b);
}
