import type { AuthMode, CloudWatchTool } from '@keyless/cloudwatch';

/** Where and how to reach CloudWatch; valid before or after any command. */
export const CONNECTION_ARGS = {
  region: {
    type: 'string',
    valueHint: 'region',
    description: 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, us-east-1)',
  },
  endpoint: {
    type: 'string',
    valueHint: 'url',
    description: 'Send requests to this URL instead of AWS (an emulator); else AWS_ENDPOINT_URL',
  },
  auth: {
    type: 'string',
    valueHint: 'proxy|sdk',
    description:
      'proxy: placeholder keys, for use behind iron-proxy; sdk: your own AWS credentials ' +
      '(else KEYLESS_AWS_AUTH, else proxy)',
  },
} as const;

/**
 * The client module, imported on first use: `--help` and argument errors then load none of it.
 * Creating the tool loads no SDK module either; that waits for the first AWS call.
 */
export function loadClient() {
  return import('@keyless/cloudwatch');
}

/** The client for this invocation. */
export async function createTool(context: {
  args: Record<string, unknown>;
  env: Readonly<Record<string, string | undefined>>;
}): Promise<CloudWatchTool> {
  const { createCloudWatchTool } = await loadClient();
  const { args } = context;
  const optional = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const region = optional(args.region);
  const endpoint = optional(args.endpoint);
  const auth = optional(args.auth) as AuthMode | undefined;
  return createCloudWatchTool({
    env: context.env,
    ...(region === undefined ? {} : { region }),
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(auth === undefined ? {} : { auth }),
  });
}
