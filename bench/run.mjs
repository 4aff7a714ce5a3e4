#!/usr/bin/env node
// The benchmark table of keyless: the `cloudwatch` command and `@keyless/cloudwatch` against bare
// Node, the AWS CLI and a direct connection, side by side in one run on this machine. Medians;
// the cases compared in a row run interleaved. Needs the builds: `pnpm bench` makes them first.
//
//   pnpm bench [--runs 25] [--stream-runs 7] [--events 200000] [--calls 20]
//
// The table goes to stdout, progress to stderr. The AWS CLI (/usr/bin/aws) and /usr/bin/time are
// used when present; without them their columns read "n/a" and a note says why.
import { existsSync } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';
import { parseArgs } from 'node:util';
import { listLogGroups, startup, streaming } from './cli-cases.mjs';
import { insights } from './insights-case.mjs';
import { hasTime, TIME } from './measure.mjs';
import { proxyCost } from './proxy-case.mjs';
import { AWS_CLI, createTeardown } from './setup.mjs';

const usage = 'usage: pnpm bench [--runs N] [--stream-runs N] [--events N] [--calls N]';
let values;
try {
  // A leading `--` is what `pnpm bench -- --runs 5` passes on; it separates nothing here.
  const args = process.argv.slice(2);
  ({ values } = parseArgs({
    args: args[0] === '--' ? args.slice(1) : args,
    options: {
      runs: { type: 'string', default: '25' },
      'stream-runs': { type: 'string', default: '7' },
      events: { type: 'string', default: '200000' },
      calls: { type: 'string', default: '20' },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
const settings = Object.fromEntries(
  Object.entries(values).map(([name, value]) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) {
      console.error(`--${name}: expected a whole number from 1, got ${JSON.stringify(value)}`);
      process.exit(2);
    }
    return [name, number];
  }),
);

const CASES = [
  ['start-up', startup],
  ['one call against the AWS CLI', listLogGroups],
  ['streaming', streaming],
  ['Logs Insights', insights],
  ['cost of the proxy', proxyCost],
];

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores`;
const header =
  `${new Date().toISOString().slice(0, 16)}Z · Node ${process.version} · ${machine} · ` +
  `Linux ${release()} · load average ${loadavg()[0].toFixed(2)} at start`;

const teardown = createTeardown();
const rows = [];
const startedAt = Date.now();
try {
  for (const [title, run] of CASES) {
    console.error(`bench: ${title}...`);
    rows.push(
      ...(await run({
        runs: settings.runs,
        streamRuns: settings['stream-runs'],
        events: settings.events,
        calls: settings.calls,
        teardown,
      })),
    );
  }
} catch (error) {
  if (!teardown.interrupted) console.error(`bench failed: ${error.stack}`);
  process.exitCode = teardown.interrupted ? 130 : 1;
} finally {
  await teardown.closeAll();
}
if (process.exitCode) process.exit();

const notes = [
  'Medians. "baseline" is the right-hand side of the case; difference = keyless − baseline, ' +
    'ratio = keyless / baseline. Timed rounds interleave the sides; each side runs once first, ' +
    'uncounted (the streaming rows instead check that each side printed every event).',
  'Emulator, iron-proxy model and in-process calls run in this Node process on 127.0.0.1.',
  'Insights lag: first byte of rows on stdout minus the moment the emulator completed the ' +
    'query (its createTime + run time), on one clock.',
  'The iron-proxy model is mockttp (Node) and opens a new upstream TLS connection per request; ' +
    'its share of the proxy rows is an upper bound for iron-proxy, which pools them.',
];
if (!existsSync(AWS_CLI)) notes.push(`${AWS_CLI} not found: the AWS CLI baselines are n/a.`);
if (!hasTime()) notes.push(`${TIME} not found: peak RSS is not measured.`);

console.log(`${header}\n`);
console.log(renderTable(rows));
console.log('');
for (const note of notes) console.log(`- ${note}`);
const minutes = ((Date.now() - startedAt) / 60_000).toFixed(1);
console.log(
  `- Took ${minutes} min with --runs ${settings.runs} --stream-runs ` +
    `${settings['stream-runs']} --events ${settings.events} --calls ${settings.calls}.`,
);

function renderTable(list) {
  const head = ['case', 'keyless', 'baseline', 'difference', 'ratio', 'target', 'met', 'runs'];
  const body = list.map((row) => {
    const ratio = row.ratio === false ? NaN : row.ours / row.baseline;
    const value = (n) =>
      Number.isNaN(n) ? 'n/a' : `${n.toFixed(Math.abs(n) < 100 ? 1 : 0)} ${row.unit}`;
    return [
      row.name,
      value(row.ours),
      Number.isNaN(row.baseline) ? '–' : value(row.baseline),
      Number.isNaN(row.baseline) ? '–' : value(row.ours - row.baseline),
      Number.isNaN(ratio) ? '–' : `${ratio.toFixed(2)}×`,
      row.target ? `≤ ${row.target}×` : '',
      row.target ? (Number.isNaN(ratio) ? 'n/a' : ratio <= row.target ? 'yes' : 'NO') : '',
      String(row.runs),
    ];
  });
  const widths = head.map((title, i) => Math.max(title.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}
