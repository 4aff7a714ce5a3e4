import type { CloudWatchTool } from '@keyless/cloudwatch';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CLOUDWATCH_TOOLS } from './cloudwatchTools.js';
import { registerCloudWatchTool } from './registerCloudWatchTool.js';

const INSTRUCTIONS = [
  'Read-only access to AWS CloudWatch: log groups, log events, Logs Insights queries, metrics ' +
    'and alarms. Start with list_log_groups, list_metrics or describe_alarms to find names.',
  'Times take "15m", "2h ago", "now", ISO 8601 or epoch seconds/milliseconds.',
  'Results are capped (limit, maxItems, maxBytes). When a result has nextToken, call the same ' +
    'tool again with the same arguments and that nextToken to read on; truncated: true means a ' +
    'cap cut it.',
  'A failed call returns isError with {error: {code, message, hint}}; E_INPUT and E_TIME mean ' +
    'the arguments need fixing, E_THROTTLED and E_NETWORK that a retry may work.',
].join('\n');

export interface CloudWatchMcpServerOptions {
  cloudwatch: CloudWatchTool;
  version: string;
  /** Log the stack trace of unexpected errors on stderr. */
  debug?: boolean;
}

export interface CloudWatchMcpServer {
  /** Connect it to a transport to serve. */
  server: McpServer;
  /** Resolves when no tool call is in progress. */
  idle(): Promise<void>;
}

/** The MCP server with every CloudWatch tool registered. */
export function createCloudWatchMcpServer(
  options: CloudWatchMcpServerOptions,
): CloudWatchMcpServer {
  const server = new McpServer(
    { name: 'cloudwatch-mcp', title: 'keyless CloudWatch', version: options.version },
    { instructions: INSTRUCTIONS },
  );
  const running = new Set<Promise<unknown>>();
  const dependencies = { cloudwatch: options.cloudwatch, debug: options.debug === true, running };
  for (const tool of CLOUDWATCH_TOOLS) registerCloudWatchTool(server, tool, dependencies);
  return { server, idle: async () => void (await Promise.allSettled(running)) };
}
