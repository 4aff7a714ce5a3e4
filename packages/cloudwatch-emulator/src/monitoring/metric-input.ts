import { invalidParameterValue, missingParameter } from './errors.js';
import type { Dimension, MetricIdentity } from './metric-store.js';
import {
  asStruct,
  childPath,
  type Input,
  memberPath,
  optionalList,
  optionalString,
  requiredString,
} from './read-input.js';

/**
 * A list of `{Name, Value}`; `valueRequired` is false for ListMetrics filters, where a name alone
 * matches any value.
 */
export function readDimensions(
  input: Input,
  path: string,
  limits: { max: number; valueRequired: boolean },
): Array<{ Name: string; Value?: string }> {
  const list = optionalList(input, 'Dimensions', path) ?? [];
  if (list.length > limits.max) {
    throw invalidParameterValue(path, `${list.length} dimensions`, `at most ${limits.max} allowed`);
  }
  const seen = new Set<string>();
  return list.map((item, index) => {
    const itemPath = memberPath(path, index);
    const dimension = asStruct(item, itemPath);
    const name = optionalString(dimension, 'Name', `${itemPath}.Name`);
    if (!name) throw missingParameter(`${itemPath}.Name`);
    if (name.length > 255)
      throw invalidParameterValue(`${itemPath}.Name`, name, 'at most 255 characters');
    if (seen.has(name))
      throw invalidParameterValue(`${itemPath}.Name`, name, 'dimension names must be unique');
    seen.add(name);
    const value = optionalString(dimension, 'Value', `${itemPath}.Value`);
    if (limits.valueRequired && !value) throw missingParameter(`${itemPath}.Value`);
    if (value !== undefined && value.length > 255) {
      throw invalidParameterValue(`${itemPath}.Value`, value, 'at most 255 characters');
    }
    return value === undefined ? { Name: name } : { Name: name, Value: value };
  });
}

/** Dimensions of a metric being read or written, where every dimension has a value. */
export function readMetricDimensions(input: Input, path: string): Dimension[] {
  return readDimensions(input, path, { max: 30, valueRequired: true }) as Dimension[];
}

/** A `Metric` structure: Namespace, MetricName and Dimensions. */
export function readMetric(input: Input, path: string): MetricIdentity {
  return {
    namespace: requiredString(input, 'Namespace', childPath(path, 'Namespace')),
    metricName: requiredString(input, 'MetricName', childPath(path, 'MetricName')),
    dimensions: readMetricDimensions(input, childPath(path, 'Dimensions')),
  };
}
