import type * as MonitoringSdk from '@aws-sdk/client-cloudwatch';
import type * as LogsSdk from '@aws-sdk/client-cloudwatch-logs';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import { type CallContext, toCloudWatchError } from './awsErrors.js';
import { PLACEHOLDER_CREDENTIALS } from './credentials.js';
import type { ToolConfig } from './options.js';

export interface LogsApi {
  sdk: typeof LogsSdk;
  client: LogsSdk.CloudWatchLogsClient;
}

export interface MonitoringApi {
  sdk: typeof MonitoringSdk;
  client: MonitoringSdk.CloudWatchClient;
}

interface ServiceApis {
  logs: LogsApi;
  monitoring: MonitoringApi;
}

/** What every operation gets: the resolved config, the lazy SDK clients and error mapping. */
export interface ToolContext {
  readonly config: ToolConfig;
  /**
   * Runs one AWS call with the SDK module and client of `service`; whatever it throws, loading
   * the SDK included, becomes a CloudWatchError.
   */
  call<S extends CallContext['service'], T>(
    service: S,
    operation: string,
    run: (api: ServiceApis[S]) => Promise<T>,
  ): Promise<T>;
  now(): number;
  destroy(): void;
}

/**
 * The SDK modules are imported on the first call that needs them, never when the tool is
 * created: listing a tool's methods or printing `--help` must not pay for loading the SDK.
 */
export function createToolContext(config: ToolConfig): ToolContext {
  let requestHandler: Promise<NodeHttpHandler> | undefined;
  let logs: Promise<LogsApi> | undefined;
  let monitoring: Promise<MonitoringApi> | undefined;
  const created: { destroy(): void }[] = [];

  const clientConfig = async () => {
    requestHandler ??= import('./transport.js').then((transport) =>
      transport.createRequestHandler(config.env),
    );
    return {
      region: config.region,
      maxAttempts: config.maxAttempts,
      retryMode: 'standard',
      requestHandler: await requestHandler,
      ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
      ...credentialsFor(config),
    };
  };

  const apis: { [S in keyof ServiceApis]: () => Promise<ServiceApis[S]> } = {
    logs() {
      logs ??= Promise.all([import('@aws-sdk/client-cloudwatch-logs'), clientConfig()]).then(
        ([sdk, settings]) => {
          const client = new sdk.CloudWatchLogsClient(settings);
          created.push(client);
          return { sdk, client };
        },
      );
      return logs;
    },
    monitoring() {
      monitoring ??= Promise.all([import('@aws-sdk/client-cloudwatch'), clientConfig()]).then(
        ([sdk, settings]) => {
          const client = new sdk.CloudWatchClient(settings);
          created.push(client);
          return { sdk, client };
        },
      );
      return monitoring;
    },
  };

  return {
    config,
    async call(service, operation, run) {
      try {
        return await run(await apis[service]());
      } catch (error) {
        throw toCloudWatchError(error, {
          service,
          operation,
          region: config.region,
          auth: config.auth,
        });
      }
    },
    now: () => Date.now(),
    destroy() {
      for (const client of created.splice(0)) client.destroy();
      logs = undefined;
      monitoring = undefined;
      requestHandler = undefined;
    },
  };
}

function credentialsFor(config: ToolConfig) {
  // A provider that is given never falls back to the default chain: no env keys, no ~/.aws, no
  // instance metadata are consulted in auth mode `proxy`.
  if (config.auth === 'proxy') return { credentials: async () => ({ ...PLACEHOLDER_CREDENTIALS }) };
  if (config.credentials) return { credentials: { ...config.credentials } };
  return {};
}
