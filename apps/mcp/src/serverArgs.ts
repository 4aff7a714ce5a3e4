import { parseArgs } from 'node:util';
import type { AuthMode } from '@keyless/cloudwatch';
import { CloudWatchMcpError } from './CloudWatchMcpError.js';

export interface ServerArgs {
  endpoint?: string | undefined;
  region?: string | undefined;
  auth?: AuthMode | undefined;
  debug: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `cloudwatch-mcp: an MCP server (stdio) that reads CloudWatch with no AWS key

Usage: cloudwatch-mcp [--endpoint URL] [--region REGION] [--auth proxy|sdk] [--debug]

An MCP client starts it and speaks JSON-RPC on its stdin and stdout; logs go to stderr.

Options:
  --endpoint URL   Send AWS requests to this URL (an emulator); else AWS_ENDPOINT_URL
  --region REGION  AWS region; else AWS_REGION, AWS_DEFAULT_REGION, us-east-1
  --auth MODE      proxy: sign with placeholder keys that iron-proxy replaces (default);
                   sdk: the AWS SDK's own credentials; else KEYLESS_AWS_AUTH
  --debug          Log the stack trace of unexpected errors on stderr
  -h, --help       Show this help
  -v, --version    Show the version

Environment: KEYLESS_AWS_AUTH, AWS_REGION, AWS_ENDPOINT_URL, HTTPS_PROXY, HTTP_PROXY, NO_PROXY,
AWS_CA_BUNDLE (or NODE_EXTRA_CA_CERTS, SSL_CERT_FILE) for iron-proxy's CA.
`;

export function parseServerArgs(argv: readonly string[]): ServerArgs {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new CloudWatchMcpError('E_USAGE', (error as Error).message, {
      hint: 'Run cloudwatch-mcp --help for the accepted options.',
    });
  }
  return {
    endpoint: values.endpoint,
    region: values.region,
    auth: values.auth as AuthMode | undefined,
    debug: values.debug === true,
    help: values.help === true,
    version: values.version === true,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      endpoint: { type: 'string' },
      region: { type: 'string' },
      auth: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
