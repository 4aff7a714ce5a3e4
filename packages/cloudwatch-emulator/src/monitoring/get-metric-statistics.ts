import { aggregate } from './aggregation.js';
import { invalidParameterCombination, invalidParameterValue } from './errors.js';
import { readMetric } from './metric-input.js';
import type { MetricStore } from './metric-store.js';
import { alignStartTime, isValidPeriod } from './periods.js';
import {
  type Input,
  memberPath,
  optionalEnum,
  optionalStringList,
  requiredNumber,
  requiredTimestamp,
} from './read-input.js';
import { parseStatistic, STATISTIC_NAMES, type Statistic, statisticValue } from './statistics.js';
import { STANDARD_UNITS } from './units.js';

const MAX_DATAPOINTS = 1440;

export function getMetricStatistics(store: MetricStore, input: Input, now: number): Input {
  const metric = readMetric(input, '');
  const startTime = requiredTimestamp(input, 'StartTime');
  const endTime = requiredTimestamp(input, 'EndTime');
  const period = requiredNumber(input, 'Period');
  if (!isValidPeriod(period)) {
    throw invalidParameterValue('Period', period, 'expected 1, 5, 10, 20, 30 or a multiple of 60');
  }
  if (startTime >= endTime) {
    throw invalidParameterValue(
      'StartTime',
      new Date(startTime).toISOString(),
      'The parameter StartTime must be less than the parameter EndTime',
    );
  }
  const unit = optionalEnum(input, 'Unit', STANDARD_UNITS);
  const statistics = readStatistics(input);

  const alignedStart = alignStartTime(startTime, period, now);
  const requested = Math.ceil((endTime - alignedStart) / (period * 1000));
  if (requested > MAX_DATAPOINTS) {
    throw invalidParameterCombination(
      `You have requested up to ${requested} datapoints, ` +
        `which exceeds the limit of ${MAX_DATAPOINTS}. ` +
        'You may reduce the datapoints requested by increasing Period, ' +
        'or decreasing the time range.',
    );
  }

  const series = store.find(metric);
  const window = { startTime: alignedStart, endTime, periodSeconds: period, unit };
  const buckets = series ? aggregate(series, window) : [];
  const datapoints = buckets.map((bucket) => {
    const datapoint: Input = { Timestamp: bucket.timestamp / 1000, Unit: bucket.unit };
    for (const statistic of statistics.basic) {
      datapoint[statistic.name] = statisticValue(bucket, statistic);
    }
    if (statistics.extended.length > 0) {
      const extended: Record<string, number> = {};
      for (const statistic of statistics.extended) {
        const value = statisticValue(bucket, statistic);
        if (value !== undefined) extended[statistic.name] = value;
      }
      datapoint.ExtendedStatistics = extended;
    }
    return datapoint;
  });
  return { Label: metric.metricName, Datapoints: datapoints };
}

function readStatistics(input: Input): { basic: Statistic[]; extended: Statistic[] } {
  const basicNames = optionalStringList(input, 'Statistics') ?? [];
  const extendedNames = optionalStringList(input, 'ExtendedStatistics') ?? [];
  if (basicNames.length === 0 && extendedNames.length === 0) {
    throw invalidParameterCombination(
      'At least one of the parameters Statistics and ExtendedStatistics must be specified.',
    );
  }
  if (basicNames.length > 5) {
    throw invalidParameterValue('Statistics', `${basicNames.length} statistics`, 'at most 5');
  }
  if (extendedNames.length > 10) {
    throw invalidParameterValue(
      'ExtendedStatistics',
      `${extendedNames.length} statistics`,
      'at most 10',
    );
  }

  const basic = basicNames.map((name, index) => {
    const statistic = parseStatistic(name);
    if (statistic?.kind !== 'basic') {
      throw invalidParameterValue(
        memberPath('Statistics', index),
        name,
        `expected one of ${STATISTIC_NAMES.join(', ')}`,
      );
    }
    return statistic;
  });
  const extended = extendedNames.map((name, index) => {
    const statistic = parseStatistic(name);
    if (statistic?.kind !== 'percentile') {
      throw invalidParameterValue(
        memberPath('ExtendedStatistics', index),
        name,
        'expected a percentile from p0.0 to p100 such as p99 or p99.9',
      );
    }
    return statistic;
  });
  return { basic, extended };
}
