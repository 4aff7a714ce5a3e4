import { request } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest } from '@smithy/types';
import type { Credentials, Emulator } from '../src/index.js';

/** The headers of a DescribeLogGroups call in the Logs JSON 1.1 protocol, before signing. */
export const LOGS_HEADERS = {
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': 'Logs_20140328.DescribeLogGroups',
};

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends exactly these headers, in this order and spelling, with node:http. */
export function rawRequest(
  emulator: Emulator,
  options: { method?: string; path?: string; headers?: [string, string][]; body?: string },
): Promise<RawResponse> {
  const url = new URL(emulator.url);
  const headers = options.headers ?? [];
  // A header array is sent as given, so Host (required by HTTP/1.1) is added when missing.
  if (!headers.some(([name]) => name.toLowerCase() === 'host')) headers.unshift(['Host', url.host]);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: url.hostname,
        port: url.port,
        method: options.method ?? 'POST',
        path: options.path ?? '/',
        headers: headers.flat(),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A request signed (or presigned) with the smithy signer, as another SDK would send it. */
export async function signedRequest(
  emulator: Emulator,
  options: {
    service: 'logs' | 'monitoring';
    headers: Record<string, string>;
    body?: string;
    method?: string;
    query?: Record<string, string>;
    credentials?: Credentials;
    presign?: { expiresIn: number; signingDate?: Date };
    /** Headers to sign even though the smithy signer would skip them, as Go's signer does. */
    signableHeaders?: string[];
    /** Headers removed after signing, as a proxy removes hop-by-hop headers. */
    dropAfterSigning?: string[];
  },
): Promise<RawResponse> {
  const url = new URL(emulator.url);
  const signer = new SignatureV4({
    credentials: options.credentials ?? emulator.credentials,
    region: 'eu-west-1',
    service: options.service,
    sha256: Sha256,
  });
  const unsigned = {
    method: options.method ?? 'POST',
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    query: options.query ?? {},
    headers: { host: url.host, ...options.headers },
    body: options.body,
  } as HttpRequest;
  const signed = options.presign
    ? await signer.presign(unsigned, {
        expiresIn: options.presign.expiresIn,
        signingDate: options.presign.signingDate,
        unhoistableHeaders: new Set(['x-amz-target']),
      })
    : await signer.sign(unsigned, { signableHeaders: new Set(options.signableHeaders ?? []) });
  for (const name of options.dropAfterSigning ?? []) delete signed.headers[name];
  const query = new URLSearchParams(signed.query as Record<string, string>).toString();
  return rawRequest(emulator, {
    method: signed.method,
    path: query ? `/?${query}` : '/',
    headers: Object.entries(signed.headers),
    body: options.body,
  });
}
