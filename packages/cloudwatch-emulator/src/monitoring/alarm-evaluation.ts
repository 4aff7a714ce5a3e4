import { aggregate } from './aggregation.js';
import type { NextState } from './alarm-state.js';
import { historyDate, type StoredAlarm } from './alarm-store.js';
import type { Dimension, MetricStore } from './metric-store.js';
import { parseStatistic, statisticValue } from './statistics.js';

const COMPARISONS: Record<
  string,
  { test: (value: number, threshold: number) => boolean; words: string }
> = {
  GreaterThanThreshold: { test: (v, t) => v > t, words: 'greater than' },
  GreaterThanOrEqualToThreshold: { test: (v, t) => v >= t, words: 'greater than or equal to' },
  LessThanThreshold: { test: (v, t) => v < t, words: 'less than' },
  LessThanOrEqualToThreshold: { test: (v, t) => v <= t, words: 'less than or equal to' },
};

/**
 * The state a single-metric alarm has at `at`, from the last EvaluationPeriods whole periods and
 * with the reason texts CloudWatch writes. Missing periods are left out of the count (the
 * `missing` treatment); none at all gives INSUFFICIENT_DATA. Undefined for alarms it cannot judge
 * (metric math, anomaly bands).
 */
export function evaluateMetricAlarm(
  metrics: MetricStore,
  alarm: StoredAlarm,
  at: number,
): NextState | undefined {
  const config = alarm.configuration;
  const comparison = COMPARISONS[config.ComparisonOperator as string];
  const statName = (config.Statistic ?? config.ExtendedStatistic) as string | undefined;
  const statistic = statName === undefined ? undefined : parseStatistic(statName);
  if (!comparison || !statistic || typeof config.Threshold !== 'number') return undefined;

  const period = (config.Period as number) * 1000;
  const evaluationPeriods = config.EvaluationPeriods as number;
  const needed = (config.DatapointsToAlarm as number | undefined) ?? evaluationPeriods;
  const threshold = config.Threshold;
  const end = Math.floor(at / period) * period;
  const start = end - evaluationPeriods * period;
  const series = metrics.find({
    namespace: config.Namespace as string,
    metricName: config.MetricName as string,
    dimensions: config.Dimensions as Dimension[],
  });
  const window = {
    startTime: start,
    endTime: end,
    periodSeconds: period / 1000,
    unit: config.Unit as string | undefined,
  };
  const datapoints = (series ? aggregate(series, window) : [])
    .map((bucket) => ({ bucket, value: statisticValue(bucket, statistic) }))
    .filter((point): point is typeof point & { value: number } => point.value !== undefined)
    .reverse();

  const reasonData = {
    version: '1.0',
    queryDate: historyDate(at),
    startDate: historyDate(start),
    ...(config.Statistic
      ? { statistic: config.Statistic }
      : { extendedStatistic: config.ExtendedStatistic }),
    period: period / 1000,
    recentDatapoints: datapoints.map((point) => point.value),
    threshold,
    evaluatedDatapoints: datapoints.map((point) => ({
      timestamp: historyDate(point.bucket.timestamp),
      sampleCount: point.bucket.sampleCount,
      value: point.value,
    })),
  };
  if (datapoints.length === 0) {
    return {
      value: 'INSUFFICIENT_DATA',
      reason:
        `Insufficient Data: ${plural(evaluationPeriods, 'datapoint')} ` +
        `${evaluationPeriods === 1 ? 'was' : 'were'} unknown.`,
      reasonData: JSON.stringify(reasonData),
    };
  }

  // M of N: ALARM once `needed` periods breach; back to OK once N - M + 1 periods do not.
  const breaching = datapoints.filter((point) => comparison.test(point.value, threshold));
  const inAlarm = breaching.length >= needed;
  const shown = inAlarm ? breaching : datapoints.filter((point) => !breaching.includes(point));
  const minimum = inAlarm ? needed : evaluationPeriods - needed + 1;
  const list = shown
    .map((point) => `${formatNumber(point.value)} (${formatDate(point.bucket.timestamp)})`)
    .join(', ');
  const verb = `${shown.length === 1 ? 'was' : 'were'}${inAlarm ? '' : ' not'}`;
  const reason =
    `Threshold Crossed: ${shown.length} out of the last ` +
    `${plural(evaluationPeriods, 'datapoint')} [${list}] ${verb} ${comparison.words} ` +
    `the threshold (${formatNumber(threshold)}) (minimum ${plural(minimum, 'datapoint')} for ` +
    `${inAlarm ? 'OK -> ALARM' : 'ALARM -> OK'} transition).`;
  return { value: inAlarm ? 'ALARM' : 'OK', reason, reasonData: JSON.stringify(reasonData) };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(Number(value.toFixed(6)));
}

/** `dd/MM/yy HH:mm:ss` in UTC, the date format of CloudWatch's state reasons. */
function formatDate(timestamp: number): string {
  const d = new Date(timestamp);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCFullYear() % 100)}`;
  return `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
