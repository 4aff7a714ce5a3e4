import type { CloudWatchTool } from '@keyless/cloudwatch';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import type { CloudWatchToolDef, ToolRunContext } from './defineCloudWatchTool.js';
import { logLine } from './serverLog.js';
import { describeFailure, internalFailure, toolFailure, toolSuccess } from './toolResult.js';
import { listedInputSchema, listedOutputSchema, parseToolArguments } from './toolSchemas.js';

type RequestExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

export interface ToolDependencies {
  cloudwatch: CloudWatchTool;
  /** Log the stack trace of unexpected errors on stderr. */
  debug: boolean;
  /** Tool calls in progress, so that shutting down can wait for them to stop their queries. */
  running: Set<Promise<unknown>>;
}

/** Registers one tool; whatever it throws comes back as a tool error, never a protocol error. */
export function registerCloudWatchTool(
  server: McpServer,
  tool: CloudWatchToolDef,
  { cloudwatch, debug, running }: ToolDependencies,
): void {
  const config = {
    title: tool.title,
    description: tool.description,
    inputSchema: listedInputSchema(tool.input),
    outputSchema: listedOutputSchema(tool.output),
    annotations: {
      title: tool.title,
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: tool.idempotent,
      openWorldHint: true,
    },
  };

  server.registerTool(tool.name, config, (args, extra) => {
    const call = callTool(args, extra);
    running.add(call);
    return call.finally(() => running.delete(call));
  });

  async function callTool(args: unknown, extra: RequestExtra) {
    try {
      const input = parseToolArguments(tool.name, tool.input, args);
      const context = { cloudwatch, signal: extra.signal, progress: progressSender(extra) };
      const result = tool.output.safeParse(await tool.run(input, context));
      if (!result.success) {
        throw new Error(`the result does not match the output schema: ${result.error.message}`);
      }
      return toolSuccess(result.data as Record<string, unknown>);
    } catch (error) {
      const failure = describeFailure(error);
      if (failure) return toolFailure(failure);

      const why = debug && error instanceof Error ? error.stack : String(error);
      logLine(`${tool.name} failed unexpectedly: ${why}`);
      return toolFailure(internalFailure(tool.name, error));
    }
  }
}

function progressSender(extra: RequestExtra): ToolRunContext['progress'] {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === undefined) return () => undefined;

  return (progress, total, message) => {
    const params = { progressToken, progress, message, ...(total === undefined ? {} : { total }) };
    // A progress notice that cannot be sent (the client went away) must not fail the call.
    extra.sendNotification({ method: 'notifications/progress', params }).catch(() => undefined);
  };
}
