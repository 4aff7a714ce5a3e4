import { spawn } from 'node:child_process';
import { startEmulator } from '@keyless/cloudwatch-emulator';

const e = await startEmulator({ seed: 'demo' });
const env = {
  PATH: process.env.PATH,
  AWS_ACCESS_KEY_ID: e.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: e.credentials.secretAccessKey,
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
};
const time = (args) =>
  new Promise((res) => {
    const t = process.hrtime.bigint();
    const c = spawn(process.execPath, args, { env, stdio: 'ignore' });
    c.on('close', () => res(Number(process.hrtime.bigint() - t) / 1e6));
  });
const cases = {
  'node -e 0': ['-e', '0'],
  'bundled --help': ['dist/cli.mjs', '--help'],
  'external --help': ['dist-external/cli.mjs', '--help'],
  'bundled list-log-groups': [
    'dist/cli.mjs',
    'list-log-groups',
    '--endpoint',
    e.url,
    '--auth',
    'sdk',
  ],
  'external list-log-groups': [
    'dist-external/cli.mjs',
    'list-log-groups',
    '--endpoint',
    e.url,
    '--auth',
    'sdk',
  ],
};
const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let round = 0; round < 21; round++)
  for (const [name, args] of Object.entries(cases)) results[name].push(await time(args));
for (const [name, list] of Object.entries(results)) {
  list.sort((a, b) => a - b);
  console.log(name.padEnd(26), list[10].toFixed(1), 'ms');
}
await e.close();
