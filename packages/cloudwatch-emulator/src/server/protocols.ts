import type { IncomingHttpHeaders } from 'node:http';

export const LOGS_TARGET_PREFIX = 'Logs_20140328.';
export const MONITORING_TARGET_PREFIX = 'GraniteServiceVersion20100801.';

/**
 * The wire protocols served:
 * - `logs`: AWS JSON 1.1, operation in `X-Amz-Target: Logs_20140328.<Operation>`.
 * - `monitoring-json`: AWS JSON 1.0 with `x-amzn-query-mode` (what the current SDK sends),
 *   operation in `X-Amz-Target: GraniteServiceVersion20100801.<Operation>`.
 * - `monitoring-query`: the older awsQuery, `Action=...&Version=2010-08-01` as a form POST or a
 *   GET query string, answered in XML (older SDKs, the AWS CLI).
 */
export type Protocol =
  | { kind: 'logs'; operation: string; target: string }
  | { kind: 'monitoring-json'; operation: string; target: string }
  | { kind: 'monitoring-query'; params: URLSearchParams };

export function detectProtocol(
  method: string,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
  body: Buffer,
): Protocol | undefined {
  const target = headers['x-amz-target'];
  if (typeof target === 'string') {
    if (target.startsWith(LOGS_TARGET_PREFIX)) {
      return { kind: 'logs', operation: target.slice(LOGS_TARGET_PREFIX.length), target };
    }
    if (target.startsWith(MONITORING_TARGET_PREFIX)) {
      const operation = target.slice(MONITORING_TARGET_PREFIX.length);
      return { kind: 'monitoring-json', operation, target };
    }
    return undefined;
  }
  const contentType = headers['content-type'] ?? '';
  if (method === 'POST' && contentType.startsWith('application/x-www-form-urlencoded')) {
    return { kind: 'monitoring-query', params: new URLSearchParams(body.toString('utf8')) };
  }
  if (method === 'GET' && query.has('Action')) {
    const params = new URLSearchParams(query);
    for (const key of [...params.keys()]) if (key.startsWith('X-Amz-')) params.delete(key);
    return { kind: 'monitoring-query', params };
  }
  return undefined;
}

export function serviceOf(protocol: Protocol): 'logs' | 'monitoring' {
  return protocol.kind === 'logs' ? 'logs' : 'monitoring';
}
