import { CloudWatchError } from '../errors.js';
import { show } from '../input.js';

/**
 * Dimensions as a plain object, `{InstanceId: "i-123"}`, turned into CloudWatch's list.
 * With `allowAnyValue`, a null value matches every value of that dimension (ListMetrics only).
 */
export function dimensionList(
  method: string,
  value: unknown,
): { Name: string; Value: string }[] | undefined;
export function dimensionList(
  method: string,
  value: unknown,
  allowAnyValue: true,
): { Name: string; Value?: string }[] | undefined;
export function dimensionList(
  method: string,
  value: unknown,
  allowAnyValue = false,
): { Name: string; Value?: string }[] | undefined {
  if (value === undefined) return undefined;
  const expected = allowAnyValue
    ? 'an object of dimension names to string values (null for any value)'
    : 'an object of dimension names to string values';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CloudWatchError(
      'E_INPUT',
      `${method}: dimensions must be ${expected}, got ${show(value)}.`,
    );
  }

  const entries = Object.entries(value);
  if (entries.length > 30) {
    throw new CloudWatchError(
      'E_INPUT',
      `${method}: dimensions may have at most 30 entries, got ${entries.length}.`,
    );
  }
  return entries.map(([Name, Value]) => {
    if (Value === null && allowAnyValue) return { Name };
    if (typeof Value !== 'string' || Value === '') {
      throw new CloudWatchError(
        'E_INPUT',
        `${method}: dimensions.${Name} must be a non-empty string, got ${show(Value)}; ` +
          `dimensions must be ${expected}.`,
      );
    }
    return { Name, Value };
  });
}
