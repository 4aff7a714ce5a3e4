import type { AwsCredentials } from './credentials.js';
import { CloudWatchError } from './errors.js';
import { integerInRange, show } from './input.js';

export type Environment = Record<string, string | undefined>;

/**
 * `proxy`: sign with placeholder keys for iron-proxy. `sdk`: the SDK's default credential chain.
 */
export type AuthMode = 'proxy' | 'sdk';

export interface CloudWatchToolOptions {
  /** Else AWS_REGION, else AWS_DEFAULT_REGION, else `us-east-1`. */
  region?: string;
  /** Else the SDK's own endpoint resolution (which reads AWS_ENDPOINT_URL). */
  endpoint?: string;
  /** Else KEYLESS_AWS_AUTH, else `proxy`. */
  auth?: AuthMode;
  /** Attempts per AWS call, retries included (1 to 10, default 3). */
  maxAttempts?: number;
  /** The environment read for region, auth, proxy and CA variables; defaults to process.env. */
  env?: Environment;
  /** An explicit key pair for auth mode `sdk` (tests, emulators), instead of the default chain. */
  credentials?: AwsCredentials;
}

export interface ToolConfig {
  auth: AuthMode;
  region: string;
  endpoint?: string;
  maxAttempts: number;
  env: Environment;
  credentials?: AwsCredentials;
}

const AUTH_MODES: readonly AuthMode[] = ['proxy', 'sdk'];

export function resolveToolConfig(options: CloudWatchToolOptions = {}): ToolConfig {
  const env = options.env ?? process.env;
  const auth = resolveAuth(options.auth, env);
  const region = options.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1');
  if (typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region)) {
    throw new CloudWatchError('E_INPUT', `region must look like "eu-west-1", got ${show(region)}.`);
  }

  const maxAttempts = integerInRange('createCloudWatchTool', 'maxAttempts', options.maxAttempts, {
    default: 3,
    min: 1,
    max: 10,
  });
  const config: ToolConfig = { auth, region, maxAttempts, env };

  if (options.endpoint !== undefined) config.endpoint = resolveEndpoint(options.endpoint);
  if (options.credentials !== undefined) {
    if (auth === 'proxy') {
      throw new CloudWatchError(
        'E_INPUT',
        'credentials are used only with auth mode "sdk"; auth mode "proxy" always signs with ' +
          'the placeholder keys.',
        { hint: 'Pass auth: "sdk" together with credentials, or drop credentials.' },
      );
    }
    const { accessKeyId, secretAccessKey } = options.credentials;
    if (!accessKeyId || !secretAccessKey) {
      throw new CloudWatchError(
        'E_INPUT',
        'credentials must have a non-empty accessKeyId and secretAccessKey.',
      );
    }
    config.credentials = options.credentials;
  }
  return config;
}

function resolveAuth(option: AuthMode | undefined, env: Environment): AuthMode {
  const [value, source] =
    option !== undefined ? [option, 'auth'] : [env.KEYLESS_AWS_AUTH || 'proxy', 'KEYLESS_AWS_AUTH'];
  if (!AUTH_MODES.includes(value as AuthMode)) {
    throw new CloudWatchError(
      'E_INPUT',
      `${source} must be "proxy" or "sdk", got ${show(value)}.`,
      {
        hint:
          '"proxy" signs with placeholder keys for iron-proxy; ' +
          '"sdk" uses your AWS credentials.',
      },
    );
  }
  return value as AuthMode;
}

function resolveEndpoint(endpoint: string): string {
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new CloudWatchError(
      'E_INPUT',
      `endpoint must be an http:// or https:// URL, got ${show(endpoint)}.`,
    );
  }
  return endpoint;
}
