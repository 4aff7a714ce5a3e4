#!/usr/bin/env node
// `pnpm demo`: starts the CloudWatch emulator with its demo data (a shop whose payments deploy
// went wrong forty minutes ago) and runs the built `cloudwatch` command against it, the way an
// agent would, printing what someone investigating wants to see first.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@keyless/cloudwatch-emulator';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
const emulator = await startEmulator({ seed: 'demo' });

// The emulator's own key pair, used through auth mode `sdk`; outside a demo the keys live in
// iron-proxy and the CLI signs with placeholders.
const env = {
  PATH: process.env.PATH,
  AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
};

function cloudwatch(args) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [cli, ...args, '--endpoint', emulator.url, '--auth', 'sdk'],
      {
        env,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
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
    'Logs Insights is not available in this emulator build; step skipped',
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
  process.stderr.write(`CloudWatch emulator with demo data at ${emulator.url}\n`);
  for (const [title, args, skipNote] of steps) {
    process.stderr.write(
      `\n== ${title}\n$ cloudwatch ${args.map((a) => (/[\s"'{}|*()]/.test(a) ? `'${a}'` : a)).join(' ')}\n`,
    );
    const code = await cloudwatch(args);
    if (code !== 0 && skipNote) {
      process.stderr.write(`(${skipNote})\n`);
    } else if (code !== 0) {
      failures++;
      process.stderr.write(`(exit ${code})\n`);
    }
  }
} finally {
  await emulator.close();
}
process.exitCode = failures === 0 ? 0 : 1;
