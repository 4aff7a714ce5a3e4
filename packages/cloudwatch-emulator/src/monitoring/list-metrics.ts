import { invalidNextToken, invalidParameterValue } from './errors.js';
import { readDimensions } from './metric-input.js';
import type { MetricSeries, MetricStore } from './metric-store.js';
import { decodeNextToken, encodeNextToken } from './pagination.js';
import { type Input, optionalString } from './read-input.js';

const PAGE_SIZE = 500;
const RECENTLY_ACTIVE = 3 * 3_600_000;

export function listMetrics(store: MetricStore, input: Input, now: number): Input {
  const namespace = optionalString(input, 'Namespace');
  const metricName = optionalString(input, 'MetricName');
  const filters = readDimensions(input, 'Dimensions', { max: 10, valueRequired: false });
  const recentlyActive = optionalString(input, 'RecentlyActive');
  if (recentlyActive !== undefined && recentlyActive !== 'PT3H') {
    throw invalidParameterValue(
      'RecentlyActive',
      recentlyActive,
      'the only accepted value is PT3H',
    );
  }
  const token = optionalString(input, 'NextToken');
  const after = token === undefined ? undefined : decodeNextToken('ListMetrics', token);
  if (after !== undefined && typeof after !== 'string') throw invalidNextToken();

  const matches = (series: MetricSeries): boolean =>
    (namespace === undefined || series.namespace === namespace) &&
    (metricName === undefined || series.metricName === metricName) &&
    (recentlyActive === undefined || series.lastPublishedAt >= now - RECENTLY_ACTIVE) &&
    filters.every((filter) =>
      series.dimensions.some(
        (d) => d.Name === filter.Name && (filter.Value === undefined || d.Value === filter.Value),
      ),
    );

  // Keys are sorted, so the page resumes just after the key named by the token.
  const metrics: MetricSeries[] = [];
  let more = false;
  for (const series of store.all()) {
    if (after !== undefined && series.key <= after) continue;
    if (!matches(series)) continue;
    if (metrics.length === PAGE_SIZE) {
      more = true;
      break;
    }
    metrics.push(series);
  }

  const output: Input = {
    Metrics: metrics.map((series) => ({
      Namespace: series.namespace,
      MetricName: series.metricName,
      Dimensions: series.dimensions.map((d) => ({ Name: d.Name, Value: d.Value })),
    })),
  };
  if (more) output.NextToken = encodeNextToken('ListMetrics', metrics.at(-1)!.key);
  return output;
}
