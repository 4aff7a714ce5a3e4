// What the benchmark runs against: the built packages of this repository, emulators, the
// iron-proxy model, the environments each side gets, and the teardown of all of it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killRunning } from './measure.mjs';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const root = new URL('../', import.meta.url);
export const CLI_PATH = fileURLToPath(new URL('apps/cloudwatch/dist/cli.mjs', root));
export const AWS_CLI = '/usr/bin/aws';

// The root package depends on none of the workspace packages, so they are loaded from their
// builds (`pnpm bench` builds first); each build resolves its own dependencies from its folder.
const built = (name) => import(new URL(`packages/${name}/dist/index.mjs`, root).href);
export const { startEmulator } = await built('cloudwatch-emulator');
export const { startIronProxyModel } = await built('iron-proxy-model');
export const { readBaseConfig, renderProxyConfig } = await built('proxy-config');
export const { parseToolPackage } = await built('tool-manager');
export const { createCloudWatchTool } = await built('cloudwatch');
const fromClient = createRequire(new URL('packages/cloudwatch/package.json', root));
export const { CloudWatchLogsClient, DescribeQueriesCommand } = fromClient(
  '@aws-sdk/client-cloudwatch-logs',
);

/** The read-only keys iron-proxy holds: in the proxy model's environment and the emulator only. */
export const REAL_KEYS = {
  accessKeyId: 'AKIAREALREADONLYKEY1',
  secretAccessKey: 'real-secret-that-only-the-proxy-holds',
};
const REGION = 'us-east-1';

/**
 * Everything started is registered here and stopped in reverse order by `closeAll`, which also
 * runs on Ctrl-C and SIGTERM: commands still running are killed first. Calling it again waits
 * for the same teardown.
 */
export function createTeardown() {
  const closers = [];
  let closing;
  const closeAll = () => {
    closing ??= (async () => {
      killRunning();
      for (const close of closers.splice(0).reverse()) {
        await close().catch((error) => console.error(`teardown: ${error.message}`));
      }
    })();
    return closing;
  };
  // Whatever starts while the teardown runs (an emulator still loading) is stopped at once.
  const register = (close) => (closing ? closing.then(close) : closers.push(close));
  const teardown = { interrupted: false };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping`);
      teardown.interrupted = true;
      closeAll().finally(() => process.exit(130));
    });
  }
  return Object.assign(teardown, {
    closeAll,
    async tempDir() {
      const dir = await mkdtemp(join(tmpdir(), 'keyless-bench-'));
      register(() => rm(dir, { recursive: true, force: true }));
      return dir;
    },
    async emulator(options) {
      const emulator = await startEmulator(options);
      register(() => emulator.close());
      return emulator;
    },
    /** The proxy model with the config `keyless proxy-config render` writes for the CLI's tool. */
    async ironProxy(upstream) {
      const pkg = JSON.parse(await readFile(new URL('apps/cloudwatch/package.json', root), 'utf8'));
      const { manifest } = parseToolPackage(pkg, 'apps/cloudwatch');
      const config = renderProxyConfig({
        base: await readBaseConfig(),
        tools: [{ name: 'cloudwatch', manifest }],
      }).yaml;
      const proxy = await startIronProxyModel({
        config,
        env: {
          CLOUDWATCH_AWS_ACCESS_KEY_ID: REAL_KEYS.accessKeyId,
          CLOUDWATCH_AWS_SECRET_ACCESS_KEY: REAL_KEYS.secretAccessKey,
        },
        upstream: { url: upstream.url, ca: upstream.caCertPem },
      });
      // The model writes its CA to a directory of its own that its close() leaves behind.
      register(async () => {
        await proxy.close();
        await rm(dirname(proxy.caCertPath), { recursive: true, force: true });
      });
      return proxy;
    },
    /** A tool of `@keyless/cloudwatch`, its pooled connections closed at teardown. */
    tool(options) {
      const tool = createCloudWatchTool(options);
      register(async () => tool.destroy());
      return tool;
    },
    logsClient(emulator) {
      const client = new CloudWatchLogsClient({
        endpoint: emulator.url,
        region: REGION,
        credentials: emulator.credentials,
      });
      register(async () => client.destroy());
      return client;
    },
  });
}

/** Nothing of the machine's own AWS setup may reach a command under test. */
export const isolated = {
  PATH: process.env.PATH,
  AWS_REGION: REGION,
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_PAGER: '',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** A direct caller holding the emulator's keys (both CLIs), trusting its CA under TLS. */
export function directEnv(emulator) {
  return {
    ...isolated,
    AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
    ...(emulator.caCertPath ? { AWS_CA_BUNDLE: emulator.caCertPath } : {}),
  };
}

/** The agent's side: no AWS key at all, only the proxy's address and its CA. */
export function agentEnv(proxy) {
  return { ...isolated, HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: proxy.caCertPath };
}

/** `node cli.mjs ...args` against an emulator with its keys (auth mode sdk). */
export function cloudwatchDirect(emulator, args) {
  return {
    command: process.execPath,
    args: [CLI_PATH, ...args, '--endpoint', emulator.url, '--auth', 'sdk'],
    env: directEnv(emulator),
  };
}

/** `aws ...args` against an emulator, JSON out, no pager. */
export function awsCli(emulator, args) {
  return {
    command: AWS_CLI,
    args: [...args, '--endpoint-url', emulator.url, '--no-cli-pager', '--output', 'json'],
    env: directEnv(emulator),
  };
}
