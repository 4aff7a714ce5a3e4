import { readCommonAlarmFields, saveAlarm } from './alarm-configuration.js';
import type { AlarmStore } from './alarm-store.js';
import {
  invalidParameterCombination,
  invalidParameterValue,
  missingParameter,
  validationError,
} from './errors.js';
import { readMetric, readMetricDimensions } from './metric-input.js';
import { isValidAlarmPeriod, isValidPeriod } from './periods.js';
import {
  asStruct,
  type Input,
  memberPath,
  optionalBoolean,
  optionalEnum,
  optionalInteger,
  optionalList,
  optionalNumber,
  optionalString,
  optionalStruct,
  requiredNumber,
  requiredString,
} from './read-input.js';
import { parseStatistic, STATISTIC_NAMES } from './statistics.js';
import { STANDARD_UNITS } from './units.js';

const COMPARISON_OPERATORS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
] as const;
const TREAT_MISSING_DATA = ['breaching', 'notBreaching', 'ignore', 'missing'] as const;
const SEVEN_DAYS = 7 * 86_400;
const SINGLE_METRIC_MEMBERS = [
  'MetricName',
  'Namespace',
  'Statistic',
  'ExtendedStatistic',
  'Dimensions',
  'Period',
  'Unit',
];

export function putMetricAlarm(store: AlarmStore, input: Input, now: number): Input {
  const { name, configuration } = readCommonAlarmFields(input);
  const evaluationPeriods = optionalInteger(input, 'EvaluationPeriods', { min: 1, max: 100_000 });
  if (evaluationPeriods === undefined) throw missingParameter('EvaluationPeriods');
  const comparison = optionalEnum(input, 'ComparisonOperator', COMPARISON_OPERATORS);
  if (comparison === undefined) throw missingParameter('ComparisonOperator');
  const datapointsToAlarm = optionalInteger(input, 'DatapointsToAlarm', {
    min: 1,
    max: evaluationPeriods,
  });
  const thresholdMetricId = optionalString(input, 'ThresholdMetricId');
  const threshold = optionalNumber(input, 'Threshold');
  if (threshold === undefined && thresholdMetricId === undefined)
    throw missingParameter('Threshold');

  Object.assign(configuration, {
    EvaluationPeriods: evaluationPeriods,
    ComparisonOperator: comparison,
  });
  if (datapointsToAlarm !== undefined) configuration.DatapointsToAlarm = datapointsToAlarm;
  if (threshold !== undefined) configuration.Threshold = threshold;
  if (thresholdMetricId !== undefined) configuration.ThresholdMetricId = thresholdMetricId;
  const treatMissingData = optionalEnum(input, 'TreatMissingData', TREAT_MISSING_DATA);
  if (treatMissingData !== undefined) configuration.TreatMissingData = treatMissingData;
  const lowSampleCount = optionalEnum(input, 'EvaluateLowSampleCountPercentile', [
    'evaluate',
    'ignore',
  ] as const);
  if (lowSampleCount !== undefined) configuration.EvaluateLowSampleCountPercentile = lowSampleCount;

  const metrics = optionalList(input, 'Metrics');
  if (metrics !== undefined) {
    const mixed = SINGLE_METRIC_MEMBERS.filter(
      (key) => input[key] !== undefined && input[key] !== null,
    );
    if (mixed.length > 0) {
      throw invalidParameterCombination(
        `The parameter Metrics cannot be used together with ${mixed.join(', ')}.`,
      );
    }
    configuration.Metrics = readAlarmMetrics(metrics);
    configuration.Dimensions = [];
  } else {
    const period = readSingleMetric(input, configuration);
    if (period * evaluationPeriods > SEVEN_DAYS) {
      throw invalidParameterValue(
        'EvaluationPeriods',
        evaluationPeriods,
        `EvaluationPeriods multiplied by Period must not exceed ${SEVEN_DAYS} seconds`,
      );
    }
  }

  saveAlarm(store, { type: 'MetricAlarm', name, configuration }, now);
  return {};
}

/** MetricName, Namespace, Dimensions, Period, Unit and one of Statistic / ExtendedStatistic. */
function readSingleMetric(input: Input, configuration: Input): number {
  if (input.MetricName === undefined || input.MetricName === null) {
    throw invalidParameterCombination(
      'One of the parameters MetricName and Metrics must be specified.',
    );
  }
  configuration.MetricName = requiredString(input, 'MetricName');
  configuration.Namespace = requiredString(input, 'Namespace');
  configuration.Dimensions = readMetricDimensions(input, 'Dimensions');
  const period = requiredNumber(input, 'Period');
  if (!isValidAlarmPeriod(period)) {
    throw invalidParameterValue('Period', period, 'expected 10, 30 or a multiple of 60');
  }
  configuration.Period = period;
  const unit = optionalEnum(input, 'Unit', STANDARD_UNITS);
  if (unit !== undefined) configuration.Unit = unit;

  const statistic = optionalString(input, 'Statistic');
  const extended = optionalString(input, 'ExtendedStatistic');
  if ((statistic === undefined) === (extended === undefined)) {
    throw invalidParameterCombination(
      'Exactly one of the parameters Statistic and ExtendedStatistic must be specified.',
    );
  }
  if (statistic !== undefined) {
    if (parseStatistic(statistic)?.kind !== 'basic') {
      throw invalidParameterValue(
        'Statistic',
        statistic,
        `expected one of ${STATISTIC_NAMES.join(', ')}`,
      );
    }
    configuration.Statistic = statistic;
  } else {
    if (parseStatistic(extended!)?.kind !== 'percentile') {
      throw invalidParameterValue(
        'ExtendedStatistic',
        extended,
        'expected a percentile such as p99',
      );
    }
    configuration.ExtendedStatistic = extended;
  }
  return period;
}

/** The Metrics of a metric-math alarm, of which exactly one returns data. */
function readAlarmMetrics(list: unknown[]): Input[] {
  if (list.length === 0 || list.length > 10) {
    throw invalidParameterValue('Metrics', `${list.length} items`, 'from 1 to 10 queries');
  }
  const queries = list.map((item, index) => {
    const path = memberPath('Metrics', index);
    const query = asStruct(item, path);
    const normalized: Input = { Id: requiredString(query, 'Id', `${path}.Id`) };
    const metricStat = optionalStruct(query, 'MetricStat', `${path}.MetricStat`);
    const expression = optionalString(query, 'Expression', `${path}.Expression`);
    if ((metricStat === undefined) === (expression === undefined)) {
      throw validationError(`${path} must have exactly one of MetricStat and Expression.`);
    }
    if (metricStat) {
      const statPath = `${path}.MetricStat`;
      const metric = readMetric(
        asStruct(metricStat.Metric ?? {}, `${statPath}.Metric`),
        `${statPath}.Metric`,
      );
      const period = requiredNumber(metricStat, 'Period', `${statPath}.Period`);
      if (!isValidPeriod(period)) {
        throw invalidParameterValue(
          `${statPath}.Period`,
          period,
          'expected 10, 30 or a multiple of 60',
        );
      }
      const stat = requiredString(metricStat, 'Stat', `${statPath}.Stat`);
      if (!parseStatistic(stat))
        throw invalidParameterValue(`${statPath}.Stat`, stat, 'not a known statistic');
      const unit = optionalEnum(metricStat, 'Unit', STANDARD_UNITS, `${statPath}.Unit`);
      normalized.MetricStat = {
        Metric: {
          Namespace: metric.namespace,
          MetricName: metric.metricName,
          Dimensions: metric.dimensions,
        },
        Period: period,
        Stat: stat,
        ...(unit === undefined ? {} : { Unit: unit }),
      };
    } else {
      normalized.Expression = expression;
    }
    const label = optionalString(query, 'Label', `${path}.Label`);
    if (label !== undefined) normalized.Label = label;
    normalized.ReturnData = optionalBoolean(query, 'ReturnData', `${path}.ReturnData`) ?? true;
    const period = optionalInteger(query, 'Period', { min: 1, max: SEVEN_DAYS }, `${path}.Period`);
    if (period !== undefined) normalized.Period = period;
    return normalized;
  });
  if (queries.filter((query) => query.ReturnData).length !== 1) {
    throw validationError(
      'Exactly one element of the Metrics list must have ReturnData set to true.',
    );
  }
  return queries;
}
