// The `cloudwatch` command against bare Node and against the AWS CLI: start-up, one call, and
// streaming a large log group.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compareCommands, hasTime, median, runCommand } from './measure.mjs';
import { AWS_CLI, awsCli, CLI_PATH, cloudwatchDirect, isolated } from './setup.mjs';

const msOf = (results) => median(results.map((result) => result.ms));
const mibOf = (results) => median(results.map((result) => result.rssKiB / 1024));
const count = (n) => n.toLocaleString('en');

export async function startup({ runs }) {
  const [bare, help] = await compareCommands(
    [
      { command: process.execPath, args: ['-e', '0'], env: isolated },
      { command: process.execPath, args: [CLI_PATH, '--help'], env: isolated },
    ],
    { runs },
  );
  return [
    {
      name: '`cloudwatch --help` vs `node -e 0`',
      ours: msOf(help),
      baseline: msOf(bare),
      unit: 'ms',
      target: 1.5,
      runs,
    },
  ];
}

export async function listLogGroups({ runs, teardown }) {
  const emulator = await teardown.emulator({ seed: 'demo' });
  const ours = cloudwatchDirect(emulator, ['list-log-groups']);
  const name = '`cloudwatch list-log-groups` vs `aws logs describe-log-groups`';
  if (!existsSync(AWS_CLI)) {
    const [call] = await compareCommands([ours], { runs });
    return [{ name, ours: msOf(call), baseline: NaN, unit: 'ms', target: 0.25, runs }];
  }
  const [aws, call] = await compareCommands(
    [awsCli(emulator, ['logs', 'describe-log-groups']), ours],
    { runs },
  );
  return [{ name, ours: msOf(call), baseline: msOf(aws), unit: 'ms', target: 0.25, runs }];
}

/**
 * Every event of one generated group over a fixed window, as NDJSON from `filter-log-events
 * --all` (which prints each page as it arrives) and as the AWS CLI's one JSON document (it reads
 * every page before printing). A group of a tenth of the events shows whether our peak RSS grows
 * with the count; flat is read as at most 1.25× for ten times the events. The first run of each
 * side is kept to a file and its events counted, so a side that printed less cannot look fast;
 * the timed runs print to /dev/null.
 */
export async function streaming({ events, streamRuns, teardown }) {
  const group = '/generated/service-01';
  const generate = (n) => ({ generate: { events: n, groups: 1, streams: 4, seed: 7 } });
  const bulk = await teardown.emulator({ seed: generate(events) });
  const tenth = await teardown.emulator({ seed: generate(Math.round(events / 10)) });
  const end = Date.now();
  const start = end - 2 * 86_400_000;
  const ours = (emulator) =>
    cloudwatchDirect(emulator, [
      ...['filter-log-events', group, '-s', String(start), '-e', String(end)],
      ...['--all', '--output', 'ndjson'],
    ]);
  const window = ['--start-time', String(start), '--end-time', String(end)];
  const aws = awsCli(bulk, ['logs', 'filter-log-events', '--log-group-name', group, ...window]);
  const withAws = existsSync(AWS_CLI);

  const scratch = await teardown.tempDir();
  const output = join(scratch, 'stdout');
  await runCommand(ours(bulk), { stdoutFile: output });
  expectEvents('cloudwatch', (await readFile(output, 'utf8')).trimEnd().split('\n').length, events);
  if (withAws) {
    await runCommand(aws, { stdoutFile: output });
    expectEvents('aws', JSON.parse(await readFile(output, 'utf8')).events.length, events);
  }
  await rm(output);

  const rssFile = hasTime() ? join(scratch, 'rss') : undefined;
  const commands = [ours(bulk), ours(tenth), ...(withAws ? [aws] : [])];
  const [full, small, theirs = []] = await compareCommands(commands, {
    runs: streamRuns,
    warmup: false,
    rssFile,
  });
  const rows = [
    {
      name: `stream ${count(events)} events: wall, ndjson vs \`aws logs filter-log-events\``,
      ours: msOf(full),
      baseline: msOf(theirs),
      unit: 'ms',
      runs: streamRuns,
    },
  ];
  if (rssFile) {
    rows.push(
      {
        name: `stream ${count(events)} events: peak RSS, ndjson vs \`aws logs filter-log-events\``,
        ours: mibOf(full),
        baseline: mibOf(theirs),
        unit: 'MiB',
        runs: streamRuns,
      },
      {
        name: `peak RSS streaming ${count(events)} vs ${count(Math.round(events / 10))} events`,
        ours: mibOf(full),
        baseline: mibOf(small),
        unit: 'MiB',
        target: 1.25,
        runs: streamRuns,
      },
    );
  }
  return rows;
}

function expectEvents(side, got, expected) {
  if (got !== expected) throw new Error(`${side} printed ${got} events, expected ${expected}`);
}
