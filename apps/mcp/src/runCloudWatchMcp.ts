import { type CloudWatchTool, createCloudWatchTool } from '@keyless/cloudwatch';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import packageJson from '../package.json' with { type: 'json' };
import { CLOUDWATCH_TOOLS } from './cloudwatchTools.js';
import { createCloudWatchMcpServer } from './createCloudWatchMcpServer.js';
import { parseServerArgs, type ServerArgs, USAGE } from './serverArgs.js';
import { logLine } from './serverLog.js';
import { describeFailure, internalFailure } from './toolResult.js';

// On shutdown, calls in progress get this long to stop their Logs Insights queries.
const SHUTDOWN_GRACE_MS = 5_000;

/** Serves the tools on stdio until the client closes stdin or a signal ends the process. */
export async function runCloudWatchMcp(argv: readonly string[]): Promise<void> {
  let args: ServerArgs;
  let cloudwatch: CloudWatchTool;
  try {
    args = parseServerArgs(argv);
    if (args.help || args.version) {
      process.stdout.write(args.help ? USAGE : `${packageJson.version}\n`);
      return;
    }
    // Checks region, auth mode and endpoint now, offline: no SDK module, no credential lookup.
    cloudwatch = createCloudWatchTool({
      env: process.env,
      ...(args.endpoint === undefined ? {} : { endpoint: args.endpoint }),
      ...(args.region === undefined ? {} : { region: args.region }),
      ...(args.auth === undefined ? {} : { auth: args.auth }),
    });
  } catch (error) {
    const failure = describeFailure(error) ?? internalFailure('cloudwatch-mcp', error);
    process.stderr.write(`${JSON.stringify({ error: failure })}\n`);
    process.exitCode = 2;
    return;
  }

  const { server, idle } = createCloudWatchMcpServer({
    cloudwatch,
    version: packageJson.version,
    debug: args.debug,
  });
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    // Closing aborts every call in progress; a running query() then stops its query in AWS.
    await server.close().catch(() => undefined);
    await Promise.race([idle(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS))]);
    cloudwatch.destroy();
    process.exit(0);
  };
  process.stdin.once('end', shutdown);
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await server.connect(new StdioServerTransport());
  const where = args.endpoint ? `, endpoint ${args.endpoint}` : '';
  logLine(
    `serving ${CLOUDWATCH_TOOLS.length} tools on stdio ` +
      `(auth ${cloudwatch.auth}, region ${cloudwatch.region}${where})`,
  );
}
