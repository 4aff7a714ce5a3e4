// How long after a Logs Insights query finishes does query() return? query() polls
// GetQueryResults with pauses growing from 100 ms to 1 s, so the lag depends on where in that
// schedule the query ends: short queries are caught within tens of milliseconds, long ones up to
// a second later. Measured against @keyless/cloudwatch-emulator, whose queries complete exactly
// `insights.runTimeMs` after StartQuery; the lag is query() returning minus that moment
// (createTime from DescribeQueries + run time; the emulator runs in this process, same clock).
//
//   pnpm exec turbo run build --filter=@keyless/cloudwatch
//   node packages/cloudwatch/bench/query-latency.mjs

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const { CloudWatchLogsClient, DescribeQueriesCommand } = await import(
  '@aws-sdk/client-cloudwatch-logs'
);
const { startEmulator } = await import('@keyless/cloudwatch-emulator');
const { createCloudWatchTool } = await import('../dist/index.mjs');

const FIXED_RUN_TIMES_MS = [50, 200, 450, 800, 1500, 3000];
const REPEATS = 3;
const SPREAD_SAMPLES = 16;
const SPREAD_MAX_MS = 4000;
const GROUP = '/bench/app';

/** Lags (ms) of `repeats` queries that each run `runTimeMs` in a fresh emulator. */
async function lags(runTimeMs, repeats) {
  const emulator = await startEmulator({
    insights: { runTimeMs },
    seed: {
      data: {
        events: [{ logGroupName: GROUP, logStreamName: 's', timestamp: '-1m', message: 'hello' }],
      },
    },
  });
  const settings = {
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: emulator.credentials,
  };
  const tool = createCloudWatchTool({ ...settings, auth: 'sdk', env: {} });
  const logs = new CloudWatchLogsClient(settings);
  await tool.listLogGroups();

  const measured = [];
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    const result = await tool.query({ logGroupNames: [GROUP], queryString: 'fields @message' });
    const returnedAt = Date.now();
    if (result.status !== 'Complete') throw new Error(`query ended ${result.status}`);
    const { queries } = await logs.send(new DescribeQueriesCommand({ logGroupName: GROUP }));
    const { createTime } = queries.find((query) => query.queryId === result.queryId);
    measured.push(returnedAt - (createTime + runTimeMs));
  }
  tool.destroy();
  logs.destroy();
  await emulator.close();
  return measured;
}

function summary(label, values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return {
    'query run time': label,
    runs: sorted.length,
    'median lag ms': at(0.5),
    'p90 lag ms': at(0.9),
    'max lag ms': sorted.at(-1),
    'under 200 ms': `${sorted.filter((lag) => lag < 200).length}/${sorted.length}`,
  };
}

const rows = [];
for (const runTimeMs of FIXED_RUN_TIMES_MS) {
  rows.push(summary(`${runTimeMs} ms`, await lags(runTimeMs, REPEATS)));
}
const spread = [];
for (let sample = 0; sample < SPREAD_SAMPLES; sample += 1) {
  // Evenly spaced over the range, so every run measures the same run times.
  const runTimeMs = Math.round(((sample + 0.5) * SPREAD_MAX_MS) / SPREAD_SAMPLES);
  spread.push(...(await lags(runTimeMs, 1)));
}
rows.push(summary(`0-${SPREAD_MAX_MS} ms evenly`, spread));

console.log('Lag = query() returning minus the query turning Complete in the emulator.');
console.table(rows);
