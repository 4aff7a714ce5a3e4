import type { IngestedEvent, LogsStore } from '../logs/logs-store.js';
import { pick, seededRandom } from '../seeded-random.js';
import { ingestSorted, seededIngestionTime } from './seed-file.js';
import type { GenerateSpec } from './seed-spec.js';

const DAY_MS = 86_400_000;
const PATHS = ['/api/orders', '/api/cart', '/api/users', '/api/payments', '/health'];
const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'];

export function generatedLogGroupName(index: number): string {
  return `/generated/service-${String(index + 1).padStart(2, '0')}`;
}

export function generatedLogStreamName(index: number): string {
  return `stream-${String(index + 1).padStart(3, '0')}`;
}

/**
 * Deterministic data for tests and benchmarks: the same spec and load time give the same events.
 * Each stream's events are spread evenly over the span that ends at load time; messages mix
 * JSON and plain text, with about 7% WARN and 3% ERROR.
 */
export function generateLogs(store: LogsStore, spec: GenerateSpec, now: number): number {
  const random = seededRandom(spec.seed ?? 1);
  const groups = spec.groups ?? 1;
  const streams = spec.streams ?? 1;
  const spanMs = spec.spanMs ?? DAY_MS;
  const streamCount = groups * streams;
  let added = 0;
  for (let g = 0; g < groups; g++) {
    const service = `service-${String(g + 1).padStart(2, '0')}`;
    for (let s = 0; s < streams; s++) {
      const index = g * streams + s;
      const count =
        Math.floor(spec.events / streamCount) + (index < spec.events % streamCount ? 1 : 0);
      const events = streamEvents(random, service, count, now - spanMs, spanMs);
      const group = generatedLogGroupName(g);
      const stream = generatedLogStreamName(s);
      added += ingestSorted(store, group, stream, events, now, now - spanMs);
    }
  }
  return added;
}

/** Yields one event at a time, so a million events never sit in a temporary array. */
function* streamEvents(
  random: () => number,
  service: string,
  count: number,
  start: number,
  spanMs: number,
): Generator<IngestedEvent> {
  const step = spanMs / Math.max(count, 1);
  for (let k = 0; k < count; k++) {
    const timestamp = start + Math.floor((k + random()) * step);
    yield {
      timestamp,
      message: message(random, service, timestamp),
      ingestionTime: seededIngestionTime(timestamp, start + spanMs),
    };
  }
}

function message(random: () => number, service: string, timestamp: number): string {
  const roll = random();
  const level = roll < 0.03 ? 'ERROR' : roll < 0.1 ? 'WARN' : 'INFO';
  const method = pick(random, METHODS);
  const path = `${pick(random, PATHS)}/${Math.floor(random() * 10_000)}`;
  const status = level === 'ERROR' ? 500 + Math.floor(random() * 4) : level === 'WARN' ? 429 : 200;
  const latencyMs = Math.floor(random() * (level === 'INFO' ? 300 : 3000));
  const requestId = Math.floor(random() * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  if (random() < 0.6) {
    const msg =
      level === 'ERROR'
        ? 'request failed'
        : level === 'WARN'
          ? 'rate limited'
          : 'request completed';
    return (
      `{"level":"${level.toLowerCase()}","service":"${service}","msg":"${msg}",` +
      `"method":"${method}","path":"${path}","status":${status},` +
      `"latencyMs":${latencyMs},"requestId":"${requestId}"}`
    );
  }
  const time = new Date(timestamp).toISOString();
  return `${time} ${level} ${service} ${method} ${path} ${status} ${latencyMs}ms req=${requestId}`;
}
