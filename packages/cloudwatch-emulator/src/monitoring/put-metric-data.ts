import { invalidParameterCombination, invalidParameterValue, missingParameter } from './errors.js';
import { readMetricDimensions } from './metric-input.js';
import type { MetricIdentity, MetricStore, Sample } from './metric-store.js';
import {
  asStruct,
  type Input,
  memberPath,
  optionalEnum,
  optionalInteger,
  optionalList,
  optionalStruct,
  optionalTimestamp,
  requiredNumber,
  requiredString,
} from './read-input.js';
import { STANDARD_UNITS } from './units.js';

const MAX_DATUMS = 1000;
const MAX_VALUES = 150;
const TWO_WEEKS = 14 * 86_400_000;
const TWO_HOURS = 2 * 3_600_000;
// CloudWatch refuses magnitudes it cannot store: above 2^360 or, other than zero, below 2^-260.
const LARGEST = 2 ** 360;
const SMALLEST = 2 ** -260;

interface Datum {
  identity: MetricIdentity;
  samples: Sample[];
}

/** Validates the whole batch first, so a bad datum stores nothing, as at AWS. */
export function putMetricData(store: MetricStore, input: Input, now: number): Input {
  const namespace = requiredString(input, 'Namespace');
  if (namespace.startsWith('AWS/')) {
    throw invalidParameterValue('Namespace', namespace, 'the AWS/ prefix is reserved for AWS');
  }
  if (namespace.length > 255) {
    throw invalidParameterValue('Namespace', namespace, 'at most 255 characters');
  }
  const list = optionalList(input, 'MetricData');
  if (!list || list.length === 0) throw missingParameter('MetricData');
  if (list.length > MAX_DATUMS) {
    throw invalidParameterValue('MetricData', `${list.length} items`, `at most ${MAX_DATUMS}`);
  }

  const datums = list.map((item, index) =>
    readDatum(
      asStruct(item, memberPath('MetricData', index)),
      memberPath('MetricData', index),
      namespace,
      now,
    ),
  );
  for (const datum of datums) {
    const series = store.getOrCreate(datum.identity);
    for (const sample of datum.samples) series.add(sample, now);
  }
  return {};
}

function readDatum(datum: Input, path: string, namespace: string, now: number): Datum {
  const metricName = requiredString(datum, 'MetricName', `${path}.MetricName`);
  const dimensions = readMetricDimensions(datum, `${path}.Dimensions`);
  const timestamp = optionalTimestamp(datum, 'Timestamp', `${path}.Timestamp`) ?? now;
  if (timestamp < now - TWO_WEEKS) {
    throw invalidParameterValue(
      `${path}.Timestamp`,
      new Date(timestamp).toISOString(),
      'no more than two weeks in the past',
    );
  }
  if (timestamp > now + TWO_HOURS) {
    throw invalidParameterValue(
      `${path}.Timestamp`,
      new Date(timestamp).toISOString(),
      'no more than two hours in the future',
    );
  }
  const unit = optionalEnum(datum, 'Unit', STANDARD_UNITS, `${path}.Unit`) ?? 'None';
  const resolution = optionalInteger(
    datum,
    'StorageResolution',
    { min: 1, max: 60 },
    `${path}.StorageResolution`,
  );
  if (resolution !== undefined && resolution !== 1 && resolution !== 60) {
    throw invalidParameterValue(`${path}.StorageResolution`, resolution, 'expected 1 or 60');
  }

  const identity = { namespace, metricName, dimensions };
  return { identity, samples: readSamples(datum, path, timestamp, unit) };
}

function readSamples(datum: Input, path: string, timestamp: number, unit: string): Sample[] {
  const given = ['Value', 'Values', 'StatisticValues'].filter(
    (key) => datum[key] !== undefined && datum[key] !== null,
  );
  if (given.length > 1) {
    throw invalidParameterCombination(
      `The parameters ${given.map((key) => `${path}.${key}`).join(' and ')} ` +
        'are mutually exclusive and you have specified both.',
    );
  }
  if (given.length === 0) {
    throw invalidParameterCombination(
      `One of the parameters ${path}.Value, ${path}.Values or ${path}.StatisticValues ` +
        'must be specified.',
    );
  }

  if (given[0] === 'Value') {
    const value = checkedValue(requiredNumber(datum, 'Value', `${path}.Value`), `${path}.Value`);
    return [{ timestamp, value, count: 1, sum: value, min: value, max: value, unit }];
  }
  if (given[0] === 'Values') return readValues(datum, path, timestamp, unit);

  const setPath = `${path}.StatisticValues`;
  const set = optionalStruct(datum, 'StatisticValues', setPath)!;
  const count = requiredNumber(set, 'SampleCount', `${setPath}.SampleCount`);
  const sum = checkedValue(requiredNumber(set, 'Sum', `${setPath}.Sum`), `${setPath}.Sum`);
  const min = checkedValue(
    requiredNumber(set, 'Minimum', `${setPath}.Minimum`),
    `${setPath}.Minimum`,
  );
  const max = checkedValue(
    requiredNumber(set, 'Maximum', `${setPath}.Maximum`),
    `${setPath}.Maximum`,
  );
  if (!(count > 0))
    throw invalidParameterValue(`${setPath}.SampleCount`, count, 'must be greater than 0');
  if (min > max) {
    throw invalidParameterValue(
      `${setPath}.Minimum`,
      min,
      `must not be greater than Maximum (${max})`,
    );
  }
  return [{ timestamp, count, sum, min, max, unit }];
}

function readValues(datum: Input, path: string, timestamp: number, unit: string): Sample[] {
  const values = optionalList(datum, 'Values', `${path}.Values`) ?? [];
  const counts = optionalList(datum, 'Counts', `${path}.Counts`);
  if (values.length === 0) {
    throw invalidParameterValue(`${path}.Values`, '[]', 'at least one value');
  }
  if (values.length > MAX_VALUES) {
    throw invalidParameterValue(
      `${path}.Values`,
      `${values.length} values`,
      `at most ${MAX_VALUES}`,
    );
  }
  if (counts && counts.length !== values.length) {
    throw invalidParameterValue(
      `${path}.Counts`,
      `${counts.length} counts`,
      `must have as many items as ${path}.Values (${values.length})`,
    );
  }
  return values.map((raw, index) => {
    const valuePath = memberPath(`${path}.Values`, index);
    const value = checkedValue(requiredNumber({ v: raw }, 'v', valuePath), valuePath);
    const countPath = memberPath(`${path}.Counts`, index);
    const count = counts ? requiredNumber({ c: counts[index] }, 'c', countPath) : 1;
    if (!(count > 0)) throw invalidParameterValue(countPath, count, 'must be greater than 0');
    return { timestamp, value, count, sum: value * count, min: value, max: value, unit };
  });
}

function checkedValue(value: number, path: string): number {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude > LARGEST || (magnitude !== 0 && magnitude < SMALLEST)) {
    throw invalidParameterValue(path, value, 'must be a finite number between -2^360 and 2^360');
  }
  return value;
}
