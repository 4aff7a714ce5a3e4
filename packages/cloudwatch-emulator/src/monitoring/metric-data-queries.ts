import { aggregate } from './aggregation.js';
import { missingParameter, validationError } from './errors.js';
import { readMetric } from './metric-input.js';
import {
  evaluateExpression,
  parseExpression,
  referencedIds,
  type TimeSeries,
} from './metric-math.js';
import type { MetricStore } from './metric-store.js';
import { alignStartTime, isValidPeriod } from './periods.js';
import {
  asStruct,
  type Input,
  memberPath,
  optionalBoolean,
  optionalEnum,
  optionalList,
  optionalString,
  optionalStruct,
  requiredNumber,
  requiredString,
} from './read-input.js';
import { parseStatistic, statisticValue } from './statistics.js';
import { STANDARD_UNITS } from './units.js';

const MAX_QUERIES = 500;
const QUERY_ID = /^[a-z][a-zA-Z0-9_]*$/;

export interface TimeRange {
  startTime: number;
  endTime: number;
  now: number;
}

export interface MetricDataQuery {
  id: string;
  label: string;
  returnData: boolean;
  references: string[];
  compute: (lookup: (id: string) => TimeSeries) => TimeSeries;
}

/** The MetricDataQueries of GetMetricData: ids unique, each a MetricStat or an Expression. */
export function readMetricDataQueries(
  input: Input,
  store: MetricStore,
  range: TimeRange,
): MetricDataQuery[] {
  const list = optionalList(input, 'MetricDataQueries');
  if (!list || list.length === 0) throw missingParameter('MetricDataQueries');
  if (list.length > MAX_QUERIES) {
    throw validationError(
      `The collection MetricDataQueries must not have more than ${MAX_QUERIES} items.`,
    );
  }

  const ids = new Set<string>();
  const queries = list.map((item, index): MetricDataQuery => {
    const path = memberPath('MetricDataQueries', index);
    const query = asStruct(item, path);
    const id = requiredString(query, 'Id', `${path}.Id`);
    if (!QUERY_ID.test(id)) {
      throw validationError(
        `The value ${id} for ${path}.Id must start with a lowercase letter ` +
          'and contain only letters, digits and _.',
      );
    }
    if (ids.has(id)) throw validationError(`The Id ${id} is used by more than one query.`);
    ids.add(id);
    const label = optionalString(query, 'Label', `${path}.Label`);
    const returnData = optionalBoolean(query, 'ReturnData', `${path}.ReturnData`) ?? true;
    const metricStat = optionalStruct(query, 'MetricStat', `${path}.MetricStat`);
    const expression = optionalString(query, 'Expression', `${path}.Expression`);
    if ((metricStat === undefined) === (expression === undefined)) {
      throw validationError(`${path} must have exactly one of MetricStat and Expression.`);
    }
    const common = { id, returnData };
    return expression !== undefined
      ? { ...common, ...expressionQuery(id, expression), label: label ?? id }
      : { ...common, ...metricStatQuery(metricStat!, `${path}.MetricStat`, store, range, label) };
  });

  if (!queries.some((query) => query.returnData)) {
    throw validationError('At least one query must have ReturnData set to true.');
  }
  for (const query of queries) {
    const unknown = query.references.find((id) => !ids.has(id));
    if (unknown) {
      throw validationError(`Error in expression ${query.id}: unknown query id ${unknown}.`);
    }
  }
  return queries;
}

function expressionQuery(id: string, expression: string) {
  const tree = parseExpression(id, expression);
  return {
    references: referencedIds(tree),
    compute: (lookup: (id: string) => TimeSeries) => {
      const result = evaluateExpression(tree, lookup);
      if (typeof result === 'number') {
        throw validationError(`Error in expression ${id}: "${expression}" refers to no query.`);
      }
      return result;
    },
  };
}

function metricStatQuery(
  metricStat: Input,
  path: string,
  store: MetricStore,
  range: TimeRange,
  label: string | undefined,
) {
  const metricInput = optionalStruct(metricStat, 'Metric', `${path}.Metric`);
  if (!metricInput) throw missingParameter(`${path}.Metric`);
  const metric = readMetric(metricInput, `${path}.Metric`);
  const period = requiredNumber(metricStat, 'Period', `${path}.Period`);
  if (!isValidPeriod(period)) {
    throw validationError(
      `The value ${period} for ${path}.Period is not 1, 5, 10, 20, 30 or a multiple of 60.`,
    );
  }
  const statText = requiredString(metricStat, 'Stat', `${path}.Stat`);
  const statistic = parseStatistic(statText);
  if (!statistic) {
    throw validationError(
      `The value ${statText} for ${path}.Stat is not a supported statistic ` +
        '(SampleCount, Average, Sum, Minimum, Maximum or a percentile such as p99).',
    );
  }
  const unit = optionalEnum(metricStat, 'Unit', STANDARD_UNITS, `${path}.Unit`);

  return {
    label: label ?? metric.metricName,
    references: [],
    compute: () => {
      const series = store.find(metric);
      const startTime = alignStartTime(range.startTime, period, range.now);
      const window = { startTime, endTime: range.endTime, periodSeconds: period, unit };
      const result: TimeSeries = { timestamps: [], values: [] };
      for (const bucket of series ? aggregate(series, window) : []) {
        const value = statisticValue(bucket, statistic);
        if (value === undefined) continue;
        result.timestamps.push(bucket.timestamp);
        result.values.push(value);
      }
      return result;
    },
  };
}

/** Every query's series; expressions read other queries', which may be expressions too. */
export function evaluateQueries(queries: MetricDataQuery[]): Map<string, TimeSeries> {
  const byId = new Map(queries.map((query) => [query.id, query]));
  const done = new Map<string, TimeSeries>();
  const inProgress = new Set<string>();
  const lookup = (id: string): TimeSeries => {
    const cached = done.get(id);
    if (cached) return cached;
    if (inProgress.has(id))
      throw validationError(`The expression of query ${id} refers to itself.`);
    inProgress.add(id);
    const series = byId.get(id)!.compute(lookup);
    inProgress.delete(id);
    done.set(id, series);
    return series;
  };
  for (const query of queries) lookup(query.id);
  return done;
}
