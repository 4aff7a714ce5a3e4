import type { ToolContext } from '../awsClients.js';
import { compact, dimensionsToObject } from '../clean.js';
import { integerInRange, optionalString, requireOptions } from '../input.js';
import { nextPageToken } from '../nextPageToken.js';
import { dimensionList } from './dimensions.js';

export interface ListMetricsOptions {
  namespace?: string;
  metricName?: string;
  /** `{Name: value}`; a null value matches any value of that dimension. */
  dimensions?: Record<string, string | null>;
  /** Metrics to return, 1 to 10000, default 100. */
  limit?: number;
  nextToken?: string;
}

export interface Metric {
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
}

export interface ListMetricsResult {
  metrics: Metric[];
  /** Present when more metrics match and the last page was returned whole. */
  nextToken?: string;
  /**
   * True when the limit cut a ListMetrics page (500 metrics each, no page size): the rest of that
   * page has no token to resume from. Narrow the filter or raise the limit.
   */
  truncated?: boolean;
}

const METHOD = 'listMetrics';

export async function listMetrics(
  ctx: ToolContext,
  options: ListMetricsOptions = {},
): Promise<ListMetricsResult> {
  requireOptions(METHOD, options);
  const limit = integerInRange(METHOD, 'limit', options.limit, {
    default: 100,
    min: 1,
    max: 10_000,
  });
  const filter = compact({
    Namespace: optionalString(METHOD, 'namespace', options.namespace),
    MetricName: optionalString(METHOD, 'metricName', options.metricName),
    Dimensions: dimensionList(METHOD, options.dimensions, true),
  });
  let nextToken = optionalString(METHOD, 'nextToken', options.nextToken);

  const metrics: Metric[] = [];
  let truncated = false;
  do {
    const input = { ...filter, ...(nextToken === undefined ? {} : { NextToken: nextToken }) };
    const page = await ctx.call('monitoring', 'ListMetrics', ({ sdk, client }) =>
      client.send(new sdk.ListMetricsCommand(input)),
    );

    const found = page.Metrics ?? [];
    const room = limit - metrics.length;
    truncated = found.length > room;
    for (const metric of found.slice(0, room)) {
      metrics.push({
        namespace: metric.Namespace ?? '',
        metricName: metric.MetricName ?? '',
        dimensions: dimensionsToObject(metric.Dimensions),
      });
    }
    nextToken = nextPageToken(nextToken, page.NextToken);
  } while (nextToken !== undefined && !truncated && metrics.length < limit);

  return truncated ? { metrics, truncated } : compact({ metrics, nextToken });
}
