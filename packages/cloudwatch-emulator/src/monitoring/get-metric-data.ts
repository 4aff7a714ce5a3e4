import { invalidNextToken, validationError } from './errors.js';
import { evaluateQueries, readMetricDataQueries } from './metric-data-queries.js';
import type { MetricStore } from './metric-store.js';
import { decodeNextToken, encodeNextToken } from './pagination.js';
import {
  type Input,
  optionalEnum,
  optionalInteger,
  optionalString,
  requiredTimestamp,
} from './read-input.js';

const DEFAULT_MAX_DATAPOINTS = 100_800;

/**
 * Pages hold at most MaxDatapoints datapoints, taken query by query in ScanBy order. Every
 * returned query appears on every page; one with datapoints left for a later page is
 * `PartialData`, the others `Complete`.
 */
export function getMetricData(store: MetricStore, input: Input, now: number): Input {
  const startTime = requiredTimestamp(input, 'StartTime');
  const endTime = requiredTimestamp(input, 'EndTime');
  if (startTime >= endTime) {
    throw validationError('The parameter StartTime must be less than the parameter EndTime.');
  }
  const scanBy = optionalEnum(input, 'ScanBy', [
    'TimestampDescending',
    'TimestampAscending',
  ] as const);
  const maxDatapoints =
    optionalInteger(input, 'MaxDatapoints', { min: 1, max: Number.MAX_SAFE_INTEGER }) ??
    DEFAULT_MAX_DATAPOINTS;
  const token = optionalString(input, 'NextToken');
  const offset = token === undefined ? 0 : decodeNextToken('GetMetricData', token);
  if (typeof offset !== 'number') throw invalidNextToken();

  const queries = readMetricDataQueries(input, store, { startTime, endTime, now });
  const series = evaluateQueries(queries);

  const descending = scanBy !== 'TimestampAscending';
  let skip = offset;
  let room = maxDatapoints;
  const results = queries
    .filter((query) => query.returnData)
    .map((query) => {
      const { timestamps, values } = series.get(query.id)!;
      const order = timestamps.map((_, i) => i);
      if (descending) order.reverse();
      const from = Math.min(skip, order.length);
      skip -= from;
      const page = order.slice(from, from + room);
      room -= page.length;
      return {
        Id: query.id,
        Label: query.label,
        Timestamps: page.map((i) => timestamps[i]! / 1000),
        Values: page.map((i) => values[i]!),
        StatusCode: from + page.length === order.length ? 'Complete' : 'PartialData',
        Messages: [],
      };
    });

  const output: Input = { MetricDataResults: results, Messages: [] };
  if (results.some((result) => result.StatusCode === 'PartialData')) {
    output.NextToken = encodeNextToken('GetMetricData', offset + maxDatapoints);
  }
  return output;
}
