import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import type { Credentials } from '../auth/credentials.js';
import { peekCredential, type ReceivedRequest } from '../auth/signature-claim.js';
import { verifySignature } from '../auth/verify-signature.js';
import { awsError } from '../errors.js';
import type { LogsService } from '../logs/logs-service.js';
import {
  decodeQueryRequest,
  encodeQueryResponse,
  type MonitoringService,
} from '../monitoring/index.js';
import { CONTROL_PREFIX, type EmulatorControl, handleControl } from './control-api.js';
import type { Faults } from './faults.js';
import { detectProtocol, type Protocol, serviceOf } from './protocols.js';
import { pairHeaders, type RequestLog, type RequestLogEntry } from './request-log.js';
import { sendError, sendJson, sendXml, toWireError } from './respond.js';

/** Bodies past this size are refused before parsing; PutLogEvents tops out near 1 MB. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface AwsBackend {
  logs: LogsService;
  monitoring: MonitoringService;
  faults: Faults;
  requestLog: RequestLog;
  auth: boolean;
  credentials: readonly Credentials[];
}

export function createRequestHandler(backend: AwsBackend, control: EmulatorControl) {
  return (req: IncomingMessage, res: ServerResponse) => {
    handleRequest(backend, control, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, undefined, toWireError(error), 'unknown');
      else res.destroy();
    });
  };
}

async function handleRequest(
  backend: AwsBackend,
  control: EmulatorControl,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const requestId = randomUUID();
  const arrivedAt = Date.now();
  res.setHeader('x-amzn-RequestId', requestId);
  const rawUrl = req.url ?? '/';
  const url = new URL(rawUrl, 'http://emulator');
  const body = await readBody(req);
  if (body === undefined) {
    sendError(
      res,
      undefined,
      toWireError(
        awsError(
          'RequestEntityTooLarge',
          `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
          413,
        ),
      ),
      requestId,
    );
    return;
  }
  if (url.pathname.startsWith(CONTROL_PREFIX)) {
    await handleControl(control, req, res, url, body);
    return;
  }

  const method = req.method ?? 'GET';
  const received: ReceivedRequest = {
    method,
    path: rawUrl.split('?')[0]!,
    query: url.searchParams,
    rawHeaders: req.rawHeaders,
    body,
  };
  // The signature covers the bytes as sent; only parsing sees a gzipped body inflated.
  const payload = inflate(body, req.headers['content-encoding']);
  const protocol = detectProtocol(method, req.headers, url.searchParams, payload);
  const claimed = peekCredential(received);
  const entry: RequestLogEntry = {
    requestId,
    time: new Date(arrivedAt).toISOString(),
    method,
    path: rawUrl,
    service: protocol && serviceOf(protocol),
    target: protocol && 'target' in protocol ? protocol.target : undefined,
    action:
      protocol?.kind === 'monitoring-query'
        ? (protocol.params.get('Action') ?? undefined)
        : undefined,
    rawHeaders: pairHeaders(req.rawHeaders),
    accessKeyId: claimed.accessKeyId,
    region: claimed.region,
    status: 0,
    durationMs: 0,
  };

  try {
    if (!protocol) {
      throw awsError(
        'UnknownOperationException',
        'Cannot tell which AWS operation this is: expected an X-Amz-Target header ' +
          "('Logs_20140328.<Operation>' or 'GraniteServiceVersion20100801.<Operation>') " +
          'or an awsQuery request with Action=<Operation>.',
      );
    }
    const service = serviceOf(protocol);
    let region = claimed.region ?? 'us-east-1';
    if (backend.auth) {
      const verified = await verifySignature(received, {
        service,
        credentials: backend.credentials,
        now: Date.now(),
      });
      region = verified.region;
    }
    if (backend.faults.latencyMs > 0) await delay(backend.faults.latencyMs);
    backend.faults.check(service);
    dispatch(backend, protocol, payload, region, requestId, res);
    entry.status = res.statusCode;
  } catch (error) {
    const wire = toWireError(error);
    sendError(res, protocol, wire, requestId);
    entry.status = wire.statusCode;
    entry.errorCode = protocol?.kind === 'logs' ? wire.awsErrorName : wire.queryErrorCode;
  } finally {
    entry.durationMs = Date.now() - arrivedAt;
    backend.requestLog.add(entry);
  }
}

function dispatch(
  backend: AwsBackend,
  protocol: Protocol,
  body: Buffer,
  region: string,
  requestId: string,
  res: ServerResponse,
): void {
  if (protocol.kind === 'monitoring-query') {
    const { operation, input } = decodeQueryRequest(protocol.params);
    const output = backend.monitoring.call(operation, input);
    sendXml(res, 200, encodeQueryResponse(operation, output, requestId));
    return;
  }
  const input = parseJsonBody(body);
  if (protocol.kind === 'logs') {
    const output = backend.logs.call(protocol.operation, input, { now: Date.now(), region });
    sendJson(res, 200, output, 'application/x-amz-json-1.1');
    return;
  }
  const output = backend.monitoring.call(protocol.operation, input);
  sendJson(res, 200, output, 'application/x-amz-json-1.0');
}

function parseJsonBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw awsError(
      'SerializationException',
      `The request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw awsError('SerializationException', 'The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

/** The whole body, or undefined when it exceeds the limit. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The CloudWatch SDKs gzip PutMetricData bodies above 10 KB (`Content-Encoding: gzip`). A body
 * that does not inflate is passed on as it came, so that parsing names the problem.
 */
function inflate(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding?.trim().toLowerCase() !== 'gzip') return body;
  try {
    return gunzipSync(body);
  } catch {
    return body;
  }
}
