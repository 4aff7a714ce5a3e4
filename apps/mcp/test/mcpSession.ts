import { fileURLToPath } from 'node:url';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { Emulator } from '@keyless/cloudwatch-emulator';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'vitest';

export const SERVER_PATH = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

export interface McpSession {
  client: Client;
  /** What the server wrote on stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

/** Spawns the built server over stdio and connects an MCP client of the same SDK to it. */
export async function connectMcpServer(
  options: { args?: string[]; env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<McpSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [...(options.nodeArgs ?? []), SERVER_PATH, ...(options.args ?? [])],
    env: {
      PATH: process.env.PATH ?? '',
      // Nothing from the machine's own AWS setup may leak into a test.
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      ...options.env,
    },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const client = new Client({ name: 'cloudwatch-mcp-test', version: '1.0.0' });
  await client.connect(transport);
  // Listing the tools makes the client check every structured result against its output schema.
  await client.listTools();
  return { client, stderr: () => stderr, close: () => client.close() };
}

/** The environment that makes the server sign with the emulator's own key pair. */
export function emulatorEnv(emulator: Emulator): Record<string, string> {
  return {
    KEYLESS_AWS_AUTH: 'sdk',
    AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
  };
}

/** Real AWS SDK clients on the emulator, to read what the tools should return. */
export function awsClients(emulator: Emulator) {
  const config = { endpoint: emulator.url, region: 'us-east-1', credentials: emulator.credentials };
  return { logs: new CloudWatchLogsClient(config), monitoring: new CloudWatchClient(config) };
}

type Structured = Record<string, unknown> & { nextToken?: string; truncated?: true };

/** Calls a tool that must succeed; returns its structured content, checked against its text. */
export async function callTool<T = Structured>(
  session: McpSession,
  name: string,
  args: Record<string, unknown>,
): Promise<T> {
  const result = (await session.client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content[0]?.type === 'text' ? result.content[0].text : '';
  expect(result.isError, text).toBeFalsy();
  expect(JSON.parse(text)).toEqual(result.structuredContent);
  return result.structuredContent as T;
}

export interface ToolErrorBody {
  code: string;
  message: string;
  hint: string | null;
  [detail: string]: unknown;
}

/** Calls a tool that must fail with a tool error; returns `{code, message, hint...}`. */
export async function callToolError(
  session: McpSession,
  name: string,
  args: Record<string, unknown>,
): Promise<ToolErrorBody> {
  const result = (await session.client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content[0]?.type === 'text' ? result.content[0].text : '';
  expect(result.isError, text).toBe(true);
  expect(JSON.parse(text)).toEqual(result.structuredContent);
  expect(text).not.toMatch(/\n\s+at /);
  return (result.structuredContent as { error: ToolErrorBody }).error;
}

/** Calls a listing tool again with each nextToken until none is left; every page in order. */
export async function readAllPages(
  session: McpSession,
  name: string,
  args: Record<string, unknown>,
  maxCalls = 200,
): Promise<Structured[]> {
  const pages: Structured[] = [];
  let nextToken: string | undefined;
  do {
    const page = await callTool(session, name, { ...args, ...(nextToken ? { nextToken } : {}) });
    pages.push(page);
    nextToken = page.nextToken;
  } while (nextToken !== undefined && pages.length < maxCalls);
  return pages;
}
