import { seededRandom } from '../seeded-random.js';
import type { MetricStore } from './metric-store.js';

const MINUTE = 60_000;
const POINTS_PER_METRIC = 24 * 60;
const METRIC_KINDS = [
  { metricName: 'Latency', unit: 'Milliseconds', base: 120, spread: 0.3 },
  { metricName: 'RequestCount', unit: 'Count', base: 500, spread: 0.2 },
  { metricName: 'Errors', unit: 'Count', base: 3, spread: 1 },
  { metricName: 'CPUUtilization', unit: 'Percent', base: 45, spread: 0.25 },
  { metricName: 'MemoryUtilization', unit: 'Percent', base: 60, spread: 0.1 },
];

/**
 * `metrics` metrics (100 by default) with one datapoint a minute over the 24 hours before `now`,
 * spread over ten namespaces, services and hosts; each a random walk around its kind's level.
 * The same seed and `now` give the same data, for benchmarks that compare runs.
 */
export function seedGeneratedMetrics(
  store: MetricStore,
  spec: { metrics?: number; seed?: number; now: number },
): void {
  const count = spec.metrics ?? 100;
  const random = seededRandom(spec.seed ?? 1);
  const end = Math.floor(spec.now / MINUTE) * MINUTE;
  const start = end - (POINTS_PER_METRIC - 1) * MINUTE;

  for (let index = 0; index < count; index++) {
    const kind = METRIC_KINDS[index % METRIC_KINDS.length]!;
    const group = Math.floor(index / METRIC_KINDS.length);
    const series = store.getOrCreate({
      namespace: `Bench/Service${group % 10}`,
      metricName: kind.metricName,
      dimensions: [
        { Name: 'Service', Value: `service-${group % 50}` },
        { Name: 'Host', Value: `host-${group}` },
      ],
    });
    let level = kind.base;
    for (let point = 0; point < POINTS_PER_METRIC; point++) {
      const timestamp = start + point * MINUTE;
      level = Math.max(0, level + (random() - 0.5) * kind.spread * kind.base * 0.2);
      const value = Math.round(level * 1000) / 1000;
      series.add(
        { timestamp, value, count: 1, sum: value, min: value, max: value, unit: kind.unit },
        timestamp,
      );
    }
  }
}
