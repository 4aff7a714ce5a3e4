import { type AuthMode, type CloudWatchTool, createCloudWatchTool } from '@keyless/cloudwatch';

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

/** The client for this invocation; creating it loads no SDK module. */
export function createTool(context: {
  args: Record<string, unknown>;
  env: Readonly<Record<string, string | undefined>>;
}): CloudWatchTool {
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
