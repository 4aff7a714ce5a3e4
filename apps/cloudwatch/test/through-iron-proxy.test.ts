import { readFileSync } from 'node:fs';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { type IronProxyModel, startIronProxyModel } from '@keyless/iron-proxy-model';
import { readBaseConfig, renderProxyConfig } from '@keyless/proxy-config';
import { parseToolPackage, type ToolManifest } from '@keyless/tool-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from './cli-process.js';

// The read-only keys iron-proxy holds. They exist in this test's proxy model and in the
// emulator (as the only pair it accepts), never in the environment or argv of the CLI.
const REAL_KEYS = {
  accessKeyId: 'AKIAREALREADONLYKEY1',
  secretAccessKey: 'real-secret-that-only-the-proxy-holds',
};
const PROXY_ENV = {
  CLOUDWATCH_AWS_ACCESS_KEY_ID: REAL_KEYS.accessKeyId,
  CLOUDWATCH_AWS_SECRET_ACCESS_KEY: REAL_KEYS.secretAccessKey,
};

const manifest: ToolManifest = parseToolPackage(
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')),
  'apps/cloudwatch/package.json',
).manifest;

let emulator: Emulator;
let base: string;
const proxies: IronProxyModel[] = [];

beforeAll(async () => {
  base = await readBaseConfig();
  emulator = await startEmulator({ seed: 'demo', tls: true, credentials: [REAL_KEYS] });
});
afterAll(async () => {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await emulator?.close();
});

/** The iron-proxy config that `keyless proxy-config render` writes for this tool. */
function renderedConfig(secret: Record<string, unknown> = {}): string {
  const [awsAuth, ...rest] = manifest.secrets;
  const tool = {
    name: 'cloudwatch',
    manifest: { ...manifest, secrets: [{ ...awsAuth, ...secret }, ...rest] },
  };
  return renderProxyConfig({ base, tools: [tool as never] }).yaml;
}

async function startProxy(config = renderedConfig(), env: NodeJS.ProcessEnv = PROXY_ENV) {
  const proxy = await startIronProxyModel({
    config,
    env,
    upstream: { url: emulator.url, ca: emulator.caCertPem },
  });
  proxies.push(proxy);
  return proxy;
}

/** The agent's side: no AWS key, only the proxy's address and CA. */
function agentEnv(proxy: IronProxyModel): Record<string, string> {
  return {
    HTTPS_PROXY: proxy.url,
    AWS_CA_BUNDLE: proxy.caCertPath,
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  };
}

function errorOf(run: CliRun) {
  return JSON.parse(run.stderr.trim().split('\n').at(-1) ?? '{}').error as {
    code: string;
    message: string;
    hint: string | null;
  };
}

function directEnv(): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: REAL_KEYS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: REAL_KEYS.secretAccessKey,
    AWS_CA_BUNDLE: emulator.caCertPath ?? '',
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  };
}

const end = new Date().toISOString();
const start = new Date(Date.parse(end) - 2 * 3_600_000).toISOString();
const window = ['-s', start, '-e', end];

// Every command, with fixed windows so that both paths read exactly the same data.
const COMMANDS: [string, string[], (output: string) => unknown][] = [
  ['list-log-groups', ['list-log-groups'], JSON.parse],
  ['filter-log-events', ['filter-log-events', '/ecs/payments', '-n', '50', ...window], JSON.parse],
  ['tail', ['tail', '/ecs/payments', '-s', start], (out) => out.trim().split('\n')],
  ['list-metrics', ['list-metrics', '-N', 'AWS/Lambda'], JSON.parse],
  [
    'get-metric-data',
    ['get-metric-data', 'AWS/Lambda', 'Errors', '-d', '{"FunctionName":"checkout-api"}', ...window],
    JSON.parse,
  ],
  ['describe-alarms', ['describe-alarms'], JSON.parse],
  ['get-alarm-history', ['get-alarm-history', ...window], JSON.parse],
  [
    'query',
    ['query', 'stats count(*) as n by @logStream | sort n desc', '-g', '/ecs/payments', ...window],
    // The query id differs from run to run; what it found must not.
    (out) => ({ ...JSON.parse(out), queryId: undefined }),
  ],
  ['health', ['health'], (out) => JSON.parse(out).ok],
];

describe('the cloudwatch CLI through iron-proxy, holding no AWS key', () => {
  let proxy: IronProxyModel;
  beforeAll(async () => {
    proxy = await startProxy();
  });

  it.each(COMMANDS)(
    '%s gives the same output as a direct call with the real keys',
    async (_, args, read) => {
      const [viaProxy, direct] = await Promise.all([
        runCli(args, { env: agentEnv(proxy) }),
        runCli([...args, '--auth', 'sdk', '--endpoint', emulator.url], { env: directEnv() }),
      ]);

      expect({ status: viaProxy.status, stderr: viaProxy.stderr }).toEqual({
        status: 0,
        stderr: '',
      });
      expect(direct.status).toBe(0);
      expect(read(viaProxy.stdout)).toEqual(read(direct.stdout));
    },
  );

  it('start-query, get-query-results and stop-query work through the proxy', async () => {
    const started = await runCli(['start-query', 'fields @message', '-g', '/ecs/payments'], {
      env: agentEnv(proxy),
    });
    const { queryId } = JSON.parse(started.stdout);
    expect(queryId).toMatch(/^[0-9a-f-]{36}$/);

    const results = await runCli(['get-query-results', queryId], { env: agentEnv(proxy) });
    expect(JSON.parse(results.stdout).status).toMatch(/Scheduled|Running|Complete/);
    const stopped = await runCli(['stop-query', queryId], { env: agentEnv(proxy) });
    expect(stopped.status).toBe(0);
    expect(JSON.parse(stopped.stdout)).toHaveProperty('success');
  });

  it('AWS saw only the real key on proxied calls, and the CLI never had it', async () => {
    const run = await runCli(['list-log-groups'], { env: agentEnv(proxy) });
    expect(run.status).toBe(0);

    const proxied = emulator
      .requests()
      .filter((entry) =>
        entry.rawHeaders.some(([name, value]) => /^host$/i.test(name) && /amazonaws/.test(value)),
      );
    expect(proxied.length).toBeGreaterThan(COMMANDS.length);
    expect(new Set(proxied.map((entry) => entry.accessKeyId))).toEqual(
      new Set([REAL_KEYS.accessKeyId]),
    );
    expect(proxied.every((entry) => entry.status === 200)).toBe(true);

    const agentSide = JSON.stringify([agentEnv(proxy), COMMANDS.map(([, args]) => args)]);
    expect(agentSide).not.toContain(REAL_KEYS.accessKeyId);
    expect(agentSide).not.toContain(REAL_KEYS.secretAccessKey);
  });
});

describe('what breaks it, and what the CLI says', () => {
  it('header_allowlist without amz-sdk-* strips signed headers; the error names it', async () => {
    const broken = renderedConfig().replace(/^\s+- "\/\^amz-sdk-\.\*\$\/"\n/m, '');
    expect(broken).not.toContain('amz-sdk');
    const proxy = await startProxy(broken);

    const run = await runCli(['list-log-groups'], { env: agentEnv(proxy) });

    expect(run.status).toBe(3);
    const error = errorOf(run);
    expect(error.code).toBe('E_AUTH');
    expect(error.message).toContain('InvalidSignatureException');
    expect(error.message).toContain('a header it signed was changed or removed');
    expect(error.hint).toContain('header_allowlist');
  });

  it('a client sending Connection: keep-alive fails via the proxy; ours sends none', async () => {
    const proxy = await startProxy();
    // What any Node client does by default: the header is signed by the proxy, then removed.
    const keepAlive = await runCli(['list-log-groups'], {
      env: agentEnv(proxy),
      nodeArgs: ['--import', new URL('./fixtures/send-keep-alive.mjs', import.meta.url).href],
    });
    expect(errorOf(keepAlive).message).toContain('InvalidSignatureException');

    const ours = await runCli(['list-log-groups'], { env: agentEnv(proxy) });
    expect(ours.status).toBe(0);
    expect(proxy.log.at(-1)?.forwardedHeaders).not.toContain('connection');
  });

  it.each([
    [
      'region_not_allowed',
      { allowed_regions: ['us-east-1'] },
      ['list-log-groups', '--region', 'eu-west-1'],
    ],
    ['service_not_allowed', { allowed_services: ['logs'] }, ['list-metrics']],
  ])('%s: the proxy refuses, and the CLI names the reason', async (reason, secret, args) => {
    const proxy = await startProxy(renderedConfig(secret));

    const run = await runCli(args, { env: agentEnv(proxy) });

    expect(run.status).toBe(3);
    expect(errorOf(run)).toMatchObject({ code: 'E_PROXY_REJECTED' });
    expect(errorOf(run).message).toContain(reason);
  });

  it('credential_unavailable: the proxy has no keys to sign with', async () => {
    const proxy = await startProxy(renderedConfig(), {});

    const run = await runCli(['list-log-groups', '--max-items', '1'], { env: agentEnv(proxy) });

    expect(run.status).toBe(3);
    expect(errorOf(run).code).toBe('E_PROXY_REJECTED');
    expect(errorOf(run).message).toContain('credential_unavailable');
  });

  it('no proxy: AWS refuses the placeholder key, and the CLI says to use iron-proxy', async () => {
    const env = { ...agentEnv(await startProxy()), AWS_CA_BUNDLE: emulator.caCertPath ?? '' };
    delete (env as Record<string, string | undefined>).HTTPS_PROXY;

    const run = await runCli(['list-log-groups', '--endpoint', emulator.url], { env });

    expect(run.status).toBe(3);
    const error = errorOf(run);
    expect(error.code).toBe('E_AUTH');
    expect(error.message).toContain('UnrecognizedClientException');
    expect(error.message).toContain('placeholder keys');
    expect(error.hint).toContain('HTTPS_PROXY');
  });
});
