#!/usr/bin/env node
// Start-up, call latency and streaming memory of the built `cloudwatch` command, side by side in
// one run against the CloudWatch emulator. Prints medians; run with `pnpm bench` (builds first).
//   node bench/cli.mjs [--runs N] [--events N] [--cli path/to/cli.mjs]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator } from '@keyless/cloudwatch-emulator';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    events: { type: 'string', default: '200000' },
    cli: { type: 'string', default: fileURLToPath(new URL('../dist/cli.mjs', import.meta.url)) },
  },
});
const RUNS = Number(values.runs);
const STREAM_EVENTS = Number(values.events);
const CLI = values.cli;
const AWS_CLI = '/usr/bin/aws';
const TIME = '/usr/bin/time';
const scratch = await mkdtemp(join(tmpdir(), 'cloudwatch-bench-'));

/**
 * Runs a command to its end with stdout discarded: wall time in ms and, under /usr/bin/time,
 * peak RSS in KiB (the wrapper is left out of the latency rows so as not to time it too).
 */
function measure(command, args, env, withRss) {
  const timeFile = join(scratch, 'time.txt');
  const useTime = withRss && existsSync(TIME);
  const [file, argv] = useTime
    ? [TIME, ['-f', '%M', '-o', timeFile, command, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    const startedAt = process.hrtime.bigint();
    const child = spawn(file, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', async (code) => {
      const ms = Number(process.hrtime.bigint() - startedAt) / 1e6;
      if (code !== 0) {
        return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
      }
      const rssKiB = useTime
        ? Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop())
        : Number.NaN;
      resolve({ ms, rssKiB });
    });
  });
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs the cases of one comparison in turns (a, b, a, b, ...) so that a change in machine load
 * during the run weighs on both sides alike. Each case runs once first, uncounted, to warm caches.
 */
async function compare(runs, cases, withRss = false) {
  for (const { command, args, env } of cases) await measure(command, args, env, withRss);
  const results = cases.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, { command, args, env }] of cases.entries()) {
      results[index].push(await measure(command, args, env, withRss));
    }
  }
  return results.map((list) => ({
    ms: median(list.map((r) => r.ms)),
    rssKiB: median(list.map((r) => r.rssKiB)),
    runs,
  }));
}

const envFor = (emulator) => ({
  PATH: process.env.PATH,
  AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_PAGER: '',
});
const node = process.execPath;
const rows = [];
const notes = [];

// 1. Start-up: --help against bare node.
const [bare, help] = await compare(RUNS, [
  { command: node, args: ['-e', '0'], env: envFor({ credentials: {} }) },
  { command: node, args: [CLI, '--help'], env: envFor({ credentials: {} }) },
]);
rows.push(['node -e 0', bare, '', '']);
rows.push(['cloudwatch --help', help, help.ms / bare.ms, '<= 1.5x node']);

// 2. One call: list-log-groups against the AWS CLI's describe-log-groups, same emulator.
const demo = await startEmulator({ seed: 'demo' });
try {
  const cloudwatch = {
    command: node,
    args: [CLI, 'list-log-groups', '--endpoint', demo.url, '--auth', 'sdk'],
    env: envFor(demo),
  };
  if (existsSync(AWS_CLI)) {
    const awsArgs = ['logs', 'describe-log-groups', '--endpoint-url', demo.url, '--output', 'json'];
    const [aws, call] = await compare(RUNS, [
      { command: AWS_CLI, args: awsArgs, env: envFor(demo) },
      cloudwatch,
    ]);
    rows.push(['aws logs describe-log-groups', aws, '', '']);
    rows.push(['cloudwatch list-log-groups', call, call.ms / aws.ms, '<= 0.25x aws']);
  } else {
    const [call] = await compare(RUNS, [cloudwatch]);
    rows.push(['cloudwatch list-log-groups', call, '', '']);
    notes.push(`${AWS_CLI} not found: the AWS CLI row is skipped.`);
  }
} finally {
  await demo.close();
}

// 3. Streaming every event of a large group as ndjson: peak RSS must not grow with the count.
const bulk = await startEmulator({
  seed: { generate: { events: STREAM_EVENTS, groups: 1, streams: 4, seed: 7 } },
});
try {
  const tenth = Math.round(STREAM_EVENTS / 10);
  const stream = (maxItems) => ({
    command: node,
    args: [
      CLI,
      'filter-log-events',
      '/generated/service-01',
      '-s',
      '2d',
      '--all',
      '--output',
      'ndjson',
      '--endpoint',
      bulk.url,
      '--auth',
      'sdk',
      ...(maxItems ? ['--max-items', String(maxItems)] : []),
    ],
    env: envFor(bulk),
  });
  const [small, large] = await compare(3, [stream(tenth), stream(0)], true);
  rows.push([`stream ${tenth.toLocaleString('en')} events ndjson`, small, '', '']);
  rows.push([
    `stream ${STREAM_EVENTS.toLocaleString('en')} events ndjson`,
    large,
    large.rssKiB / small.rssKiB,
    'RSS flat (~1x)',
  ]);
  notes.push(
    `streaming: ${Math.round(STREAM_EVENTS / (large.ms / 1000)).toLocaleString('en')} events/s ` +
      'with the in-process emulator serving them; its ratio is peak RSS against 1/10 of the events.',
  );
} finally {
  await bulk.close();
  await rm(scratch, { recursive: true, force: true });
}

const header = ['case', 'median ms', 'peak RSS MiB', 'ratio', 'target', 'runs'];
const table = rows.map(([name, result, ratio, target]) => [
  name,
  result.ms.toFixed(1),
  Number.isNaN(result.rssKiB) ? '-' : (result.rssKiB / 1024).toFixed(1),
  ratio === '' ? '' : `${ratio.toFixed(2)}x`,
  target,
  String(result.runs),
]);
const widths = header.map((title, i) =>
  Math.max(title.length, ...table.map((row) => row[i].length)),
);
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of table) console.log(line(row));
console.log(`\nnode ${process.version}, ${RUNS} runs per row unless noted, medians.`);
for (const note of notes) console.log(`- ${note}`);
