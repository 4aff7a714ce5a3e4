import { invalidParameterValue, missingParameter } from './errors.js';

// Inputs arrive as parsed JSON (from the JSON 1.0 protocol) or as the decoded form of an awsQuery
// request; both land here as loose records, so every field is checked before use. `path` is the
// field's name as AWS spells it in messages (`MetricData.member.2.Value`).
export type Input = Record<string, unknown>;

/** `Parent.Child`, or just `Child` at the top of the input. */
export function childPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

export function memberPath(listPath: string, index: number): string {
  return `${listPath}.member.${index + 1}`;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

export function optionalString(input: Input, key: string, path = key): string | undefined {
  const value = input[key];
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') throw invalidParameterValue(path, value, 'expected a string');
  return value;
}

export function requiredString(input: Input, key: string, path = key): string {
  const value = optionalString(input, key, path);
  if (value === undefined || value === '') throw missingParameter(path);
  return value;
}

export function optionalNumber(input: Input, key: string, path = key): number | undefined {
  const value = input[key];
  if (isAbsent(value)) return undefined;
  // JSON cannot spell NaN, so the SDK sends it as a string; it is refused later by name.
  if (value === 'NaN') return Number.NaN;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || Number.isNaN(number)) {
    throw invalidParameterValue(path, value, 'expected a number');
  }
  return number;
}

export function requiredNumber(input: Input, key: string, path = key): number {
  const value = optionalNumber(input, key, path);
  if (value === undefined) throw missingParameter(path);
  return value;
}

export function optionalInteger(
  input: Input,
  key: string,
  range: { min: number; max: number },
  path = key,
): number | undefined {
  const value = optionalNumber(input, key, path);
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw invalidParameterValue(
      path,
      value,
      `expected an integer from ${range.min} to ${range.max}`,
    );
  }
  return value;
}

export function optionalBoolean(input: Input, key: string, path = key): boolean | undefined {
  const value = input[key];
  if (isAbsent(value)) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (typeof value !== 'boolean')
    throw invalidParameterValue(path, value, 'expected true or false');
  return value;
}

export function optionalEnum<T extends string>(
  input: Input,
  key: string,
  allowed: readonly T[],
  path = key,
): T | undefined {
  const value = optionalString(input, key, path);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalidParameterValue(path, value, `expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/**
 * A timestamp as epoch milliseconds. JSON 1.0 sends epoch seconds (possibly fractional); the
 * query decoder already turned ISO 8601 into seconds, but a direct caller may still pass ISO.
 */
export function optionalTimestamp(input: Input, key: string, path = key): number | undefined {
  const value = input[key];
  if (isAbsent(value)) return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value * 1000);
  if (typeof value === 'string') {
    const ms = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value);
    if (Number.isFinite(ms)) return Math.round(ms);
  }
  throw invalidParameterValue(path, value, 'expected an ISO 8601 time or epoch seconds');
}

export function requiredTimestamp(input: Input, key: string, path = key): number {
  const value = optionalTimestamp(input, key, path);
  if (value === undefined) throw missingParameter(path);
  return value;
}

export function optionalList(input: Input, key: string, path = key): unknown[] | undefined {
  const value = input[key];
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value)) throw invalidParameterValue(path, value, 'expected a list');
  return value;
}

export function optionalStruct(input: Input, key: string, path = key): Input | undefined {
  const value = input[key];
  if (isAbsent(value)) return undefined;
  return asStruct(value, path);
}

export function asStruct(value: unknown, path: string): Input {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidParameterValue(path, value, 'expected a structure');
  }
  return value as Input;
}

export function optionalStringList(input: Input, key: string, path = key): string[] | undefined {
  const list = optionalList(input, key, path);
  return list?.map((item, index) => {
    if (typeof item !== 'string') {
      throw invalidParameterValue(memberPath(path, index), item, 'expected a string');
    }
    return item;
  });
}
