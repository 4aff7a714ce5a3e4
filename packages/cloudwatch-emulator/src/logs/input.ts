import { awsError, invalidParameter } from '../errors.js';

/** A request body as the JSON 1.1 protocol delivers it; every field is checked before use. */
export type Input = Record<string, unknown>;

export interface StringRule {
  min?: number;
  max?: number;
  pattern?: RegExp;
}

export const LOG_GROUP_NAME: StringRule = { min: 1, max: 512, pattern: /^[.\-_/#A-Za-z0-9]+$/ };
export const LOG_STREAM_NAME: StringRule = { min: 1, max: 512, pattern: /^[^:*]*$/ };

function describe(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** AWS's wording for a constraint violation, e.g. on `limit` or `logGroupName`. */
function constraintViolation(field: string, value: unknown, constraint: string) {
  const shown = value === null ? 'null' : `'${describe(value)}'`;
  return invalidParameter(
    `1 validation error detected: Value ${shown} at '${field}' ` +
      `failed to satisfy constraint: ${constraint}`,
  );
}

function wrongType(field: string, expected: string, value: unknown) {
  return awsError(
    'SerializationException',
    `Expected ${expected} for '${field}', got ${JSON.stringify(value)}.`,
  );
}

function checkString(field: string, value: string, rule: StringRule): string {
  if (rule.min !== undefined && value.length < rule.min) {
    throw constraintViolation(
      field,
      value,
      `Member must have length greater than or equal to ${rule.min}`,
    );
  }
  if (rule.max !== undefined && value.length > rule.max) {
    throw constraintViolation(
      field,
      value,
      `Member must have length less than or equal to ${rule.max}`,
    );
  }
  if (rule.pattern && !rule.pattern.test(value)) {
    const shown = rule.pattern.source.replace(/^\^|\$$/g, '');
    throw constraintViolation(
      field,
      value,
      `Member must satisfy regular expression pattern: ${shown}`,
    );
  }
  return value;
}

export function optionalString(input: Input, field: string, rule: StringRule = {}) {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw wrongType(field, 'a string', value);
  return checkString(field, value, rule);
}

export function requiredString(input: Input, field: string, rule: StringRule = {}): string {
  const value = optionalString(input, field, rule);
  if (value === undefined) throw constraintViolation(field, null, 'Member must not be null');
  return value;
}

export function optionalInteger(input: Input, field: string, range: { min: number; max: number }) {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw wrongType(field, 'an integer', value);
  }
  if (value < range.min) {
    throw constraintViolation(
      field,
      value,
      `Member must have value greater than or equal to ${range.min}`,
    );
  }
  if (value > range.max) {
    throw constraintViolation(
      field,
      value,
      `Member must have value less than or equal to ${range.max}`,
    );
  }
  return value;
}

/** Epoch milliseconds, as Logs sends timestamps. */
export function optionalTimestamp(input: Input, field: string): number | undefined {
  return optionalInteger(input, field, { min: 0, max: Number.MAX_SAFE_INTEGER });
}

export function optionalBoolean(input: Input, field: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw wrongType(field, 'a boolean', value);
  return value;
}

export function optionalEnum<T extends string>(input: Input, field: string, values: readonly T[]) {
  const value = optionalString(input, field);
  if (value === undefined) return undefined;
  if (!values.includes(value as T)) {
    throw constraintViolation(
      field,
      value,
      `Member must satisfy enum value set: [${values.join(', ')}]`,
    );
  }
  return value as T;
}

export function optionalStringList(
  input: Input,
  field: string,
  size: { min: number; max: number },
  rule: StringRule = {},
): string[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw wrongType(field, 'a list of strings', value);
  if (value.length < size.min || value.length > size.max) {
    throw constraintViolation(
      field,
      value,
      `Member must have length between ${size.min} and ${size.max}`,
    );
  }
  return value.map((item, i) => {
    if (typeof item !== 'string') throw wrongType(`${field}.${i + 1}`, 'a string', item);
    return checkString(`${field}.${i + 1}.member`, item, rule);
  });
}

export function requiredList(input: Input, field: string): unknown[] {
  const value = input[field];
  if (value === undefined || value === null) {
    throw constraintViolation(field, null, 'Member must not be null');
  }
  if (!Array.isArray(value)) throw wrongType(field, 'a list', value);
  return value;
}
