import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

/** One request as it arrived on the wire. */
export interface ReceivedRequest {
  method: string;
  url: string;
  /** Header names and values exactly as sent, in order. */
  rawHeaders: string[];
  headers: http.IncomingHttpHeaders;
  /** The operation from X-Amz-Target, e.g. `DescribeLogGroups`. */
  operation: string;
  body: Record<string, unknown>;
  socket: number;
}

export interface FakeReply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type FakeHandler = (request: ReceivedRequest) => FakeReply | Promise<FakeReply>;

export interface FakeAws {
  url: string;
  requests: ReceivedRequest[];
  /** TCP connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/**
 * A local stand-in for the CloudWatch JSON endpoints: it records every request and answers
 * with what the test's handler returns, the way AWS frames JSON replies and errors.
 */
export async function startFakeAws(
  handler: FakeHandler,
  tls?: { key: string; cert: string },
): Promise<FakeAws> {
  const requests: ReceivedRequest[] = [];
  let connections = 0;
  const socketIds = new WeakMap<object, number>();

  const listener: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const target = req.headers['x-amz-target'];
      const received: ReceivedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        rawHeaders: req.rawHeaders,
        headers: req.headers,
        operation: typeof target === 'string' ? (target.split('.').pop() ?? '') : '',
        body: text ? JSON.parse(text) : {},
        socket: socketIds.get(req.socket) ?? -1,
      };
      requests.push(received);

      const reply = await handler(received);
      const json = String(req.headers['content-type'] ?? 'application/x-amz-json-1.1');
      res.writeHead(reply.status ?? 200, {
        'content-type': json,
        'x-amzn-requestid': `req-${requests.length}`,
        ...reply.headers,
      });
      res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    });
  };

  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  server.on(tls ? 'secureConnection' : 'connection', (socket) => {
    connections += 1;
    socketIds.set(socket, connections);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An AWS JSON-protocol error reply. */
export function awsError(status: number, type: string, message = type): FakeReply {
  return { status, body: { __type: type, message }, headers: { 'x-amzn-errortype': type } };
}

/** Header names listed in the SignedHeaders part of a SigV4 Authorization header. */
export function signedHeaders(authorization: string): string[] {
  return /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
}

/** The `AKID/DATE/REGION/SERVICE/aws4_request` credential scope of a SigV4 header. */
export function credentialScope(authorization: string): string[] {
  return /Credential=([^,]+)/.exec(authorization)?.[1]?.split('/') ?? [];
}
