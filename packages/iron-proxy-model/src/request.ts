/**
 * A request as the transforms see it. Header names are lower-cased: Go canonicalises them, and
 * every comparison iron-proxy makes on a name is case-insensitive in effect.
 */
export interface ProxiedRequest {
  method: string;
  /** Host name without port, as the client addressed it. */
  host: string;
  /** Path and query string. */
  path: string;
  /** Every header but `Transfer-Encoding`, which Go's server keeps out of the header map. */
  headers: Map<string, string[]>;
  /** The body came chunked, with no declared length. */
  chunked: boolean;
  body: Buffer;
}

export interface ProxyResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What a transform decided: go on with the (possibly changed) request, or answer now. */
export type TransformOutcome =
  | { action: 'continue' }
  | { action: 'reject'; response: ProxyResponse };

export interface Transform {
  readonly name: string;
  apply(request: ProxiedRequest): Promise<TransformOutcome>;
}

export function headersFromRaw(rawHeaders: [string, string][]): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const [name, value] of rawHeaders) {
    const key = name.toLowerCase();
    const values = headers.get(key);
    if (values) values.push(value);
    else headers.set(key, [value]);
  }
  return headers;
}

const HOP_BY_HOP = [
  'connection',
  'proxy-connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

/**
 * The proxy's last step before forwarding: drop hop-by-hop headers and those `Connection` names.
 */
export function removeHopByHopHeaders(headers: Map<string, string[]>): void {
  const named = (headers.get('connection') ?? [])
    .flatMap((value) => value.split(','))
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
  for (const name of [...HOP_BY_HOP, ...named]) headers.delete(name);
}
