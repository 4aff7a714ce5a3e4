// FilterLogEvents over one log group of generated events, through the real SDK over HTTP.
// Run after a build: `node --expose-gc bench/filter-log-events.mjs [events]` (default 1,000,000).
// A group a tenth the size runs first, so the table shows what a page costs as the group grows.
// "server" is the emulator's own time for the call (signature check, scan, JSON), taken from its
// request log; "round trip" adds HTTP and the SDK's parsing.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { startEmulator } from '../dist/index.mjs';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const SIZES = [EVENTS / 10, EVENTS];
const STREAMS = 10;
const RUNS = 15;
const GROUP = '/generated/service-01';
const MB = 1024 * 1024;
const DAY = 24 * 3_600_000;

const gc = globalThis.gc ?? (() => {});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const memory = () => {
  gc();
  return process.memoryUsage();
};

const CASES = [
  {
    name: 'time range: 1 h window mid-day',
    input: (now, i) => ({
      startTime: now - DAY / 2 + i * 60_000,
      endTime: now - DAY / 2 + i * 60_000 + 3_600_000,
    }),
  },
  { name: "term pattern 'GET'", input: () => ({ filterPattern: 'GET' }) },
  {
    name: 'JSON pattern { $.latencyMs > 200 }',
    input: () => ({ filterPattern: '{ $.latencyMs > 200 }' }),
  },
  {
    name: 'rare match { $.status >= 503 }, full scan',
    input: () => ({ filterPattern: '{ $.status >= 503 }' }),
  },
];

async function measure(events) {
  const before = memory();
  const started = performance.now();
  const emulator = await startEmulator({
    seed: { generate: { events, groups: 1, streams: STREAMS, seed: 1 } },
  });
  const loadMs = performance.now() - started;
  const after = memory();
  const logs = new CloudWatchLogsClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: emulator.credentials,
  });
  // One unmeasured call warms up the client and the server's code paths.
  await logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, limit: 10 }));

  const now = Date.now();
  const pages = [];
  for (const { name, input } of CASES) {
    const server = [];
    const roundTrip = [];
    let page;
    for (let i = 0; i < RUNS; i++) {
      const sent = performance.now();
      page = await logs.send(
        new FilterLogEventsCommand({ logGroupName: GROUP, limit: 10_000, ...input(now, i) }),
      );
      roundTrip.push(performance.now() - sent);
      server.push(emulator.requests(1)[0].durationMs);
    }
    const bytes = page.events.reduce((sum, e) => sum + Buffer.byteLength(e.message) + 26, 0);
    pages.push({
      name,
      events: page.events.length,
      bytes,
      server: median(server),
      roundTrip: median(roundTrip),
    });
  }
  await emulator.close();
  return { events, loadMs, before, after, pages };
}

const results = [];
for (const size of SIZES) results.push(await measure(size));

const n = (value, digits = 1) => value.toFixed(digits);
console.log(
  `\nFilterLogEvents, one group of ${STREAMS} streams, limit 10,000, median of ${RUNS} calls\n`,
);
const row = (cells) => console.log(`| ${cells.join(' | ')} |`);
row(['group size', 'load s', 'events/s', 'RSS before MB', 'RSS after MB', 'heap growth MB']);
row(['---:', '---:', '---:', '---:', '---:', '---:']);
for (const r of results) {
  const heap = r.after.heapUsed - r.before.heapUsed;
  const perSecond = Math.round(r.events / (r.loadMs / 1000));
  row([
    r.events.toLocaleString('en'),
    n(r.loadMs / 1000, 2),
    perSecond.toLocaleString('en'),
    n(r.before.rss / MB),
    n(r.after.rss / MB),
    `${n(heap / MB)} (${Math.round(heap / r.events)} B/event)`,
  ]);
}
const [small, large] = results;
const sizeLabel = (r) => `${r.events / 1000}k`;
console.log('');
const [smallSize, largeSize] = [sizeLabel(small), sizeLabel(large)];
row(['page', 'events', 'MB', `server ms ${smallSize}`, `server ms ${largeSize}`, 'ratio']);
row(['---', '---:', '---:', '---:', '---:', '---:']);
large.pages.forEach((page, i) => {
  const before = small.pages[i];
  row([
    page.name,
    page.events,
    n(page.bytes / MB, 2),
    n(before.server),
    `${n(page.server)} (round trip ${n(page.roundTrip)})`,
    n(page.server / Math.max(before.server, 1), 2),
  ]);
});
console.log('\nA page stops at 10,000 events or 1 MB (26 bytes counted per event), as at AWS.');
