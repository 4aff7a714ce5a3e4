// How long after a Logs Insights query finishes does query() return? query() polls
// GetQueryResults with pauses growing from 100 ms to 1 s, so the lag depends on where in that
// schedule the query ends: short queries are caught within tens of milliseconds, long ones up to
// a full second later. This measures the lag for fixed run times and for run times spread evenly
// over 0 to 4 s.
//
// Backend: a local endpoint that answers StartQuery / GetQueryResults / StopQuery like Logs
// Insights: a query is Running until its run time has passed, then Complete. It runs in this
// process, so the end of the query and the return of query() are read from one clock.
// TODO(bench): run against @keyless/cloudwatch-emulator once its Logs handler runs Insights
// queries; today it answers StartQuery with InvalidOperationException.
//
//   pnpm exec turbo run build --filter=@keyless/cloudwatch && node packages/cloudwatch/bench/query-latency.mjs

import http from 'node:http';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const { createCloudWatchTool } = await import('../dist/index.mjs');

const FIXED_RUN_TIMES_MS = [50, 200, 450, 800, 1500, 3000];
const REPEATS = 3;
const SPREAD_SAMPLES = 16;
const SPREAD_MAX_MS = 4000;

const now = () => performance.timeOrigin + performance.now();

async function startInsightsEndpoint() {
  const finishAt = new Map();
  let runTimeMs = 0;
  let count = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      const operation = String(req.headers['x-amz-target']).split('.').pop();
      let reply = { success: true };
      if (operation === 'StartQuery') {
        count += 1;
        finishAt.set(`q-${count}`, now() + runTimeMs);
        reply = { queryId: `q-${count}` };
      } else if (operation === 'GetQueryResults') {
        const done = now() >= finishAt.get(body.queryId);
        reply = { status: done ? 'Complete' : 'Running', results: [], statistics: {} };
      }
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${server.address().port}`,
    setRunTime: (ms) => {
      runTimeMs = ms;
    },
    finishedAt: (queryId) => finishAt.get(queryId),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

const insights = await startInsightsEndpoint();
const tool = createCloudWatchTool({ endpoint: insights.endpoint, env: {} });
await tool.listLogGroups().catch(() => undefined);

async function lagFor(runTimeMs) {
  insights.setRunTime(runTimeMs);
  const result = await tool.query({ logGroupNames: ['/bench'], queryString: 'fields @message' });
  return now() - insights.finishedAt(result.queryId);
}

function summary(label, lags) {
  const sorted = [...lags].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return {
    'query run time': label,
    runs: sorted.length,
    'median lag ms': at(0.5).toFixed(1),
    'p90 lag ms': at(0.9).toFixed(1),
    'max lag ms': sorted.at(-1).toFixed(1),
    'under 200 ms': `${sorted.filter((lag) => lag < 200).length}/${sorted.length}`,
  };
}

const rows = [];
for (const runTimeMs of FIXED_RUN_TIMES_MS) {
  const lags = [];
  for (let repeat = 0; repeat < REPEATS; repeat += 1) lags.push(await lagFor(runTimeMs));
  rows.push(summary(`${runTimeMs} ms`, lags));
}
const spread = [];
for (let sample = 0; sample < SPREAD_SAMPLES; sample += 1) {
  // Evenly spaced over the range, so the run is the same every time.
  spread.push(await lagFor(Math.round(((sample + 0.5) * SPREAD_MAX_MS) / SPREAD_SAMPLES)));
}
rows.push(summary(`0-${SPREAD_MAX_MS} ms evenly`, spread));

tool.destroy();
insights.close();
console.log('Lag = query() returning minus the query turning Complete (local endpoint).');
console.table(rows);
