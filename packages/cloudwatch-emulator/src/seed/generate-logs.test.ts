import { describe, expect, it } from 'vitest';
import { LogsStore } from '../logs/logs-store.js';
import { generateLogs } from './generate-logs.js';

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);

function snapshot(store: LogsStore) {
  return [...store.scan([...store.groups.keys()], 0, NOW)].map((r) => [
    r.logGroupName,
    r.logStreamName,
    r.timestamp,
    r.message,
  ]);
}

describe('generateLogs', () => {
  it('spreads exactly the requested events over groups and streams', () => {
    const store = new LogsStore();
    expect(generateLogs(store, { events: 1001, groups: 2, streams: 5, seed: 1 }, NOW)).toBe(1001);
    expect([...store.groups.keys()]).toEqual(['/generated/service-01', '/generated/service-02']);
    const counts = [...store.groups.values()].flatMap((g) =>
      [...g.streams.values()].map((s) => s.length),
    );
    expect(counts).toEqual([101, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
  });

  it('is deterministic for a seed and different across seeds', () => {
    const make = (seed: number) => {
      const store = new LogsStore();
      generateLogs(store, { events: 200, groups: 1, streams: 2, seed }, NOW);
      return snapshot(store);
    };
    expect(make(7)).toEqual(make(7));
    expect(make(7)).not.toEqual(make(8));
  });

  it('covers the span that ends at load time, in time order per stream', () => {
    const store = new LogsStore();
    generateLogs(store, { events: 5000, groups: 1, streams: 1, seed: 2, spanMs: 3_600_000 }, NOW);
    const stream = store.groups.get('/generated/service-01')!.streams.get('stream-001')!;
    const times = Array.from(stream.timestamps.subarray(0, stream.length));
    expect(times[0]).toBeGreaterThanOrEqual(NOW - 3_600_000);
    expect(times.at(-1)).toBeLessThanOrEqual(NOW);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    const errors = stream.messages.filter((m) => m.includes('ERROR') || m.includes('"error"'));
    expect(errors.length / 5000).toBeGreaterThan(0.01);
    expect(errors.length / 5000).toBeLessThan(0.06);
  });
});
