import type { ToolContext } from '../awsClients.js';
import { compact } from '../clean.js';
import { requireOptions, requireString } from '../input.js';
import { nextPageToken } from '../nextPageToken.js';
import { parseTimeRange, type TimeInput } from '../time.js';
import { dimensionList } from './dimensions.js';
import { choosePeriod, validatePeriod, validateStat } from './period.js';

export interface GetMetricDataOptions {
  namespace: string;
  metricName: string;
  /** `{Name: value}` of the one metric to read. */
  dimensions?: Record<string, string>;
  /** Average (default), Sum, Minimum, Maximum, SampleCount or pNN. */
  stat?: string;
  /** Seconds: 1, 5, 10, 30 or a multiple of 60. Default: at most 100 points over the window. */
  period?: number;
  /** Default: end − 3 h. */
  start?: TimeInput;
  /** Default: now. */
  end?: TimeInput;
}

export interface Datapoint {
  timestamp: string;
  value: number;
}

export interface GetMetricDataResult {
  label: string;
  /** Complete, PartialData, InternalError or Forbidden. */
  status: string;
  stat: string;
  period: number;
  /** Ascending by timestamp. */
  datapoints: Datapoint[];
  messages?: { code?: string; value?: string }[];
}

const METHOD = 'getMetricData';
const THREE_HOURS_MS = 3 * 3_600_000;

export async function getMetricData(
  ctx: ToolContext,
  options: GetMetricDataOptions,
): Promise<GetMetricDataResult> {
  requireOptions(METHOD, options);
  const now = ctx.now();
  const metric = compact({
    Namespace: requireString(METHOD, 'namespace', options.namespace),
    MetricName: requireString(METHOD, 'metricName', options.metricName),
    Dimensions: dimensionList(METHOD, options.dimensions),
  });
  const stat = validateStat(METHOD, options.stat);
  const { startMs, endMs } = parseTimeRange(options, { now, defaultDurationMs: THREE_HOURS_MS });
  const period =
    options.period === undefined
      ? choosePeriod(startMs, endMs, now)
      : validatePeriod(METHOD, options.period);

  const query = { Id: 'm0', MetricStat: { Metric: metric, Period: period, Stat: stat } };
  const datapoints: Datapoint[] = [];
  const messages: { code?: string; value?: string }[] = [];
  let label = options.metricName;
  let status = 'Complete';
  let nextToken: string | undefined;
  do {
    const input = {
      MetricDataQueries: [query],
      StartTime: new Date(startMs),
      EndTime: new Date(endMs),
      ScanBy: 'TimestampAscending' as const,
      ...(nextToken === undefined ? {} : { NextToken: nextToken }),
    };
    const page = await ctx.call('monitoring', 'GetMetricData', ({ sdk, client }) =>
      client.send(new sdk.GetMetricDataCommand(input)),
    );

    const result = page.MetricDataResults?.find((item) => item.Id === query.Id);
    label = result?.Label ?? label;
    status = result?.StatusCode ?? status;
    const values = result?.Values ?? [];
    (result?.Timestamps ?? []).forEach((timestamp, index) => {
      const value = values[index];
      if (value !== undefined) datapoints.push({ timestamp: timestamp.toISOString(), value });
    });
    for (const message of [...(result?.Messages ?? []), ...(page.Messages ?? [])]) {
      messages.push(compact({ code: message.Code, value: message.Value }));
    }
    nextToken = nextPageToken(nextToken, page.NextToken);
  } while (nextToken !== undefined);

  // ISO 8601 UTC strings of one format sort like the instants they name.
  datapoints.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  return compact({
    label,
    status,
    stat,
    period,
    datapoints,
    messages: messages.length > 0 ? messages : undefined,
  });
}
