import { CloudWatchError } from './errors.js';

// Every method validates its options before any SDK module is loaded, so a bad value fails fast
// with a message naming the option, the value and what is accepted.

export function requireOptions<T extends object>(method: string, options: T | undefined): T {
  if (options === undefined || options === null || typeof options !== 'object') {
    throw new CloudWatchError(
      'E_INPUT',
      `${method}: expected an options object, got ${show(options)}.`,
    );
  }
  return options;
}

export function requireString(method: string, name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CloudWatchError(
      'E_INPUT',
      `${method}: ${name} must be a non-empty string, got ${show(value)}.`,
    );
  }
  return value;
}

export function optionalString(method: string, name: string, value: unknown): string | undefined {
  return value === undefined ? undefined : requireString(method, name, value);
}

export function integerInRange(
  method: string,
  name: string,
  value: unknown,
  range: { default: number; min: number; max: number },
): number {
  if (value === undefined) return range.default;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < range.min ||
    value > range.max
  ) {
    throw new CloudWatchError(
      'E_INPUT',
      `${method}: ${name} must be an integer from ${range.min} to ${range.max}, ` +
        `got ${show(value)}.`,
    );
  }
  return value;
}

export function oneOf<T extends string>(
  method: string,
  name: string,
  value: unknown,
  accepted: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !accepted.includes(value as T)) {
    throw new CloudWatchError(
      'E_INPUT',
      `${method}: ${name} must be one of ${accepted.join(', ')}, got ${show(value)}.`,
    );
  }
  return value as T;
}

export function stringList(
  method: string,
  name: string,
  value: unknown,
  range: { min: number; max: number },
): string[] | undefined {
  return value === undefined ? undefined : requireStringList(method, name, value, range);
}

export function requireStringList(
  method: string,
  name: string,
  value: unknown,
  range: { min: number; max: number },
): string[] {
  const ok =
    Array.isArray(value) &&
    value.length >= range.min &&
    value.length <= range.max &&
    value.every((item) => typeof item === 'string' && item !== '');
  if (!ok) {
    throw new CloudWatchError(
      'E_INPUT',
      `${method}: ${name} must be a list of ${range.min} to ${range.max} non-empty strings, ` +
        `got ${show(value)}.`,
    );
  }
  return value as string[];
}

export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return String(value);
  }
}
