import { CloudWatchError } from '@keyless/cloudwatch';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CloudWatchMcpError } from './CloudWatchMcpError.js';

/** What a failed tool call carries, the same fields the `cloudwatch` CLI prints on stderr. */
export interface ToolFailure {
  code: string;
  message: string;
  hint: string | null;
  [detail: string]: unknown;
}

/** A result: the structured content, and the same JSON as text for clients that read only text. */
export function toolSuccess(structured: Record<string, unknown>): CallToolResult {
  return {
    content: [{ type: 'text', text: JSON.stringify(structured) }],
    structuredContent: structured,
  };
}

/** A tool error (`isError`), never a protocol error: the agent reads it and can fix its call. */
export function toolFailure(failure: ToolFailure): CallToolResult {
  const structured = { error: failure };
  return {
    content: [{ type: 'text', text: JSON.stringify(structured) }],
    structuredContent: structured,
    isError: true,
  };
}

/** The failure for an error; `undefined` for an error nobody anticipated (a bug). */
export function describeFailure(error: unknown): ToolFailure | undefined {
  if (error instanceof CloudWatchError) {
    const failure: ToolFailure = {
      code: error.code,
      message: error.message,
      hint: error.hint ?? null,
      retryable: error.retryable,
    };
    for (const key of ['awsErrorName', 'requestId', 'statusCode', 'reason'] as const) {
      if (error[key] !== undefined) failure[key] = error[key];
    }
    return failure;
  }
  if (error instanceof CloudWatchMcpError) {
    return { code: error.code, message: error.message, hint: error.hint ?? null, ...error.details };
  }
  return undefined;
}

export function internalFailure(toolName: string, error: unknown): ToolFailure {
  const why = error instanceof Error ? error.message : String(error);
  return {
    code: 'E_INTERNAL',
    message: `${toolName} failed unexpectedly: ${why || 'unknown error'}`,
    hint: 'This is a bug in cloudwatch-mcp; start it with --debug to log its stack on stderr.',
  };
}
