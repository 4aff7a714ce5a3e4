import https from 'node:https';
import tls from 'node:tls';
import type { ProxiedRequest, ProxyResponse } from './request.js';

export interface Upstream {
  /** Where every request goes, whatever host it named: `https://127.0.0.1:PORT`. */
  url: string;
  /** CA that signed the upstream's certificate. */
  ca?: string;
}

const RESPONSE_HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding']);

/**
 * Sends the request on as Go's transport would: exactly the headers left after the transforms and
 * no `Connection` header of its own (Node adds one unless told not to).
 */
export function forward(request: ProxiedRequest, upstream: Upstream): Promise<ProxyResponse> {
  const target = new URL(upstream.url);
  const headers = Object.fromEntries(
    [...request.headers].map(([name, values]) => [name, values.join(', ')]),
  );

  return new Promise((resolve, reject) => {
    const outgoing = https.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.path,
        headers,
        ca: upstream.ca,
        // The Host header names AWS; the certificate is the upstream's own address.
        checkServerIdentity: (_, cert) => tls.checkServerIdentity(target.hostname, cert),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const responseHeaders: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (value === undefined || RESPONSE_HOP_BY_HOP.has(name)) continue;
            responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({
            statusCode: response.statusCode ?? 502,
            headers: responseHeaders,
            body: Buffer.concat(chunks),
          });
        });
      },
    );
    outgoing.removeHeader('connection');
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
