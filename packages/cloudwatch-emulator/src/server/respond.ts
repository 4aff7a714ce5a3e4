import type { ServerResponse } from 'node:http';
import type { Protocol } from './protocols.js';

/** An error in the shape every protocol writer understands. */
export interface WireError {
  awsErrorName: string;
  queryErrorCode: string;
  statusCode: number;
  message: string;
  /** Extra members of the JSON error body, such as a MalformedQueryException's location. */
  details?: Record<string, unknown>;
}

const QUERY_NAMESPACE = 'http://monitoring.amazonaws.com/doc/2010-08-01/';

/**
 * Errors thrown by the Logs, CloudWatch and Insights sides all carry `awsErrorName` and
 * `statusCode`; anything else is a fault of the emulator and answers InternalFailure.
 */
export function toWireError(error: unknown): WireError {
  const candidate = error as Partial<WireError> & { message?: string };
  if (error instanceof Error && typeof candidate.awsErrorName === 'string') {
    return {
      awsErrorName: candidate.awsErrorName,
      queryErrorCode: candidate.queryErrorCode ?? candidate.awsErrorName,
      statusCode: typeof candidate.statusCode === 'number' ? candidate.statusCode : 400,
      message: error.message,
      ...(candidate.details ? { details: candidate.details } : {}),
    };
  }
  return {
    awsErrorName: 'InternalFailure',
    queryErrorCode: 'InternalFailure',
    statusCode: 500,
    message:
      'The emulator failed to process the request: ' +
      (error instanceof Error ? error.message : String(error)),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, contentType: string) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendXml(res: ServerResponse, status: number, xml: string) {
  res.writeHead(status, {
    'content-type': 'text/xml',
    'content-length': Buffer.byteLength(xml),
  });
  res.end(xml);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Writes an error in the shape of the request's protocol (plain JSON when it is unknown). */
export function sendError(
  res: ServerResponse,
  protocol: Protocol | undefined,
  error: WireError,
  requestId: string,
): void {
  const faultType = error.statusCode >= 500 ? 'Receiver' : 'Sender';
  if (protocol?.kind === 'monitoring-query') {
    sendXml(
      res,
      error.statusCode,
      `<ErrorResponse xmlns="${QUERY_NAMESPACE}"><Error><Type>${faultType}</Type>` +
        `<Code>${escapeXml(error.queryErrorCode)}</Code>` +
        `<Message>${escapeXml(error.message)}</Message>` +
        `</Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    );
    return;
  }
  if (protocol?.kind === 'monitoring-json') {
    // The query-compatible SDK reads the awsQuery code from this header before `__type`.
    res.setHeader('x-amzn-query-error', `${error.queryErrorCode};${faultType}`);
    sendJson(
      res,
      error.statusCode,
      { __type: error.awsErrorName, message: error.message },
      'application/x-amz-json-1.0',
    );
    return;
  }
  sendJson(
    res,
    error.statusCode,
    { ...error.details, __type: error.awsErrorName, message: error.message },
    'application/x-amz-json-1.1',
  );
}
