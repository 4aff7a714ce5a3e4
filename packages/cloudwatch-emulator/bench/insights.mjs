// Times the Logs Insights engine over generated events and prints a table of medians.
// From the repository root:
//   node packages/cloudwatch-emulator/bench/insights.mjs [events=1000000] [runs=5]
// The engine is internal to the emulator, so this builds it alone with tsdown into a temporary
// directory first; nothing in the package's own build or dist changes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'tsdown';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 5);
const QUERIES = [
  'stats count(*) by bin(5m)',
  'filter level = "ERROR" | stats count(*), avg(latency) by service',
  'filter latency > 900 | fields @timestamp, service, latency | sort latency desc | limit 20',
  'filter @message like "ERROR" | fields @timestamp, @message',
  'parse @message "\\"path\\":\\"*\\"" as path | stats count(*) by path',
];

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'insights-bench-'));
try {
  await build({
    cwd: packageDir,
    config: false,
    entry: { insights: 'src/insights/index.ts', 'memory-source': 'src/insights/memory-source.ts' },
    outDir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    dts: false,
    logLevel: 'warn',
  });
  const { createInsightsService } = await import(pathToFileURL(join(outDir, 'insights.mjs')).href);
  const { memorySource } = await import(pathToFileURL(join(outDir, 'memory-source.mjs')).href);
  await main(createInsightsService, memorySource);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

async function main(createInsightsService, memorySource) {
  const startMs = Date.UTC(2024, 0, 1);
  const generated = performance.now();
  const records = generate(EVENTS, startMs);
  const generateMs = performance.now() - generated;
  const service = createInsightsService({ source: memorySource(records), runTimeMs: 0 });
  const range = { startTime: startMs / 1000, endTime: startMs / 1000 + 86_400 };

  console.error(
    `generated ${EVENTS.toLocaleString('en-US')} events in ${generateMs.toFixed(0)} ms`,
  );
  const table = [];
  for (const queryString of QUERIES) {
    const times = [];
    let result;
    for (let run = 0; run < RUNS; run++) {
      const began = performance.now();
      const { queryId } = service.startQuery({ logGroupName: '/bench/api', ...range, queryString });
      result = service.getQueryResults({ queryId });
      times.push(performance.now() - began);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    table.push({
      query: queryString.length > 60 ? `${queryString.slice(0, 57)}...` : queryString,
      events: EVENTS.toLocaleString('en-US'),
      matched: result.statistics.recordsMatched.toLocaleString('en-US'),
      rows: result.results.length,
      'median ms': Math.round(median),
      'min ms': Math.round(times[0]),
      'M events/s': (EVENTS / median / 1000).toFixed(2),
    });
  }
  console.log(`Logs Insights engine, ${RUNS} runs per query, Node ${process.version}`);
  console.table(table);
}

/** Deterministic events: JSON messages over one day, in ten streams. */
function generate(count, startMs) {
  let state = 42;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const levels = ['INFO', 'INFO', 'INFO', 'INFO', 'WARN', 'ERROR'];
  const paths = ['/api/orders', '/api/users', '/api/cart', '/health'];
  const records = new Array(count);
  for (let i = 0; i < count; i++) {
    const timestamp = startMs + Math.floor((i / count) * 86_400_000);
    const message = JSON.stringify({
      level: levels[Math.floor(random() * levels.length)],
      service: `svc-${Math.floor(random() * 20)}`,
      latency: Math.floor(random() * 1000),
      path: paths[Math.floor(random() * paths.length)],
      requestId: `req-${i}`,
    });
    records[i] = {
      logGroupName: '/bench/api',
      logStreamName: `stream-${i % 10}`,
      timestamp,
      ingestionTime: timestamp + 50,
      message,
      eventId: String(i).padStart(20, '0'),
    };
  }
  return records;
}
