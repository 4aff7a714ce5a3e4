#!/usr/bin/env node
// `pnpm demo`: the whole keyless path on one machine. The built `cloudwatch` command runs the way
// an agent runs it, with no AWS key: it signs with placeholder keys and goes through a model of
// iron-proxy configured by `@keyless/proxy-config` from this tool's manifest, which re-signs with
// the keys it holds and forwards to the CloudWatch emulator and its demo data (a shop whose
// payments deploy went wrong forty minutes ago).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@keyless/cloudwatch-emulator';
import { startIronProxyModel } from '@keyless/iron-proxy-model';
import { readBaseConfig, renderProxyConfig } from '@keyless/proxy-config';
import { parseToolPackage } from '@keyless/tool-manager';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
const packageJson = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const { manifest } = parseToolPackage(packageJson, 'apps/cloudwatch/package.json');

// Stand-ins for the read-only keys a platform team gives iron-proxy: the emulator accepts only
// them, and only the proxy's environment holds them.
const proxyKeys = {
  accessKeyId: 'AKIADEMOREADONLY0001',
  secretAccessKey: 'demo-secret-held-only-by-iron-proxy',
};
const emulator = await startEmulator({ seed: 'demo', tls: true, credentials: [proxyKeys] });
const { yaml } = renderProxyConfig({
  base: await readBaseConfig(),
  tools: [{ name: 'cloudwatch', manifest }],
});
const proxy = await startIronProxyModel({
  config: yaml,
  env: {
    CLOUDWATCH_AWS_ACCESS_KEY_ID: proxyKeys.accessKeyId,
    CLOUDWATCH_AWS_SECRET_ACCESS_KEY: proxyKeys.secretAccessKey,
  },
  upstream: { url: emulator.url, ca: emulator.caCertPem },
});

// The agent's whole environment: where the proxy is and which CA to trust. No AWS key.
const env = {
  PATH: process.env.PATH,
  HTTPS_PROXY: proxy.url,
  AWS_CA_BUNDLE: proxy.caCertPath,
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
};

function cloudwatch(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const steps = [
  ['Log groups', ['list-log-groups', '--output', 'table']],
  [
    'Errors in the payments service, last 30 minutes (first 5)',
    [
      'filter-log-events',
      '/ecs/payments',
      '-f',
      'ERROR',
      '-s',
      '30m',
      '-n',
      '5',
      '--output',
      'table',
    ],
  ],
  [
    'Failed payment authorizations per 5 minutes, last hour (Logs Insights)',
    [
      'query',
      'filter @message like /payment authorization failed/ | stats count(*) as failures by bin(5m)',
      '-g',
      '/aws/lambda/checkout-api',
      '-s',
      '1h',
      '--output',
      'table',
    ],
  ],
  ['Alarms in ALARM', ['describe-alarms', '--state', 'ALARM', '--output', 'table']],
  [
    'checkout-api Lambda errors, sum per 5 minutes over the last hour',
    [
      'get-metric-data',
      'AWS/Lambda',
      'Errors',
      '-d',
      '{"FunctionName":"checkout-api"}',
      '--stat',
      'Sum',
      '--period',
      '300',
      '-s',
      '1h',
      '--output',
      'table',
    ],
  ],
  [
    'An alarm as an agent reads it: JSON, cut by --max-items, so it says truncated',
    ['describe-alarms', '--state', 'ALARM', '--max-items', '1'],
  ],
];

let failures = 0;
try {
  process.stderr.write(
    `cloudwatch (placeholder keys) -> iron-proxy model at ${proxy.url} (re-signs) -> ` +
      `CloudWatch emulator with demo data at ${emulator.url}\n` +
      `The cloudwatch processes' environment: ${Object.keys(env).join(', ')}\n`,
  );
  for (const [title, args] of steps) {
    const shellWords = args.map((a) => (/[\s"'{}|*()]/.test(a) ? `'${a}'` : a));
    process.stderr.write(`\n== ${title}\n$ cloudwatch ${shellWords.join(' ')}\n`);
    const code = await cloudwatch(args);
    if (code !== 0) {
      failures++;
      process.stderr.write(`(exit ${code})\n`);
    }
  }
  const keyIds = new Set(emulator.requests().map((entry) => entry.accessKeyId));
  process.stderr.write(
    `\nThe emulator answered ${emulator.requests().length} AWS calls, signed with: ` +
      `${[...keyIds].join(', ')}. The cloudwatch command never held that key.\n`,
  );
} finally {
  await proxy.close();
  await emulator.close();
}
process.exitCode = failures === 0 ? 0 : 1;
