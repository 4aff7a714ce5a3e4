// AWS SDK output holds Dates, epoch-millisecond numbers, `$metadata` and undefined fields.
// Results of this package are plain JSON instead: what `JSON.stringify` prints is all there is.

export function isoFromEpochMs(ms: number | undefined): string | undefined {
  return ms === undefined || !Number.isFinite(ms) ? undefined : new Date(ms).toISOString();
}

export function isoFromDate(date: Date | undefined): string | undefined {
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** `T` with every key that may hold undefined made optional instead. */
export type Compact<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops the keys whose value is undefined, so the declared optional fields are really absent. */
export function compact<T extends object>(record: T): Compact<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) out[key] = value;
  }
  return out as Compact<T>;
}

export interface DimensionShape {
  Name?: string | undefined;
  Value?: string | undefined;
}

/** CloudWatch's `[{Name, Value}]` as `{Name: Value}`. */
export function dimensionsToObject(
  dimensions: DimensionShape[] | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { Name, Value } of dimensions ?? []) {
    if (Name !== undefined) out[Name] = Value ?? '';
  }
  return out;
}

/** `OKActions` → `okActions`, `AlarmArn` → `alarmArn`, `ARN` → `arn`. */
export function camelCase(key: string): string {
  const leading = /^[A-Z]+/.exec(key)?.[0] ?? '';
  if (leading === '') return key;
  const rest = key.slice(leading.length);
  if (leading.length === 1 || rest === '' || !/^[a-z]/.test(rest)) {
    return leading.toLowerCase() + rest;
  }
  return leading.slice(0, -1).toLowerCase() + leading.slice(-1) + rest;
}

/**
 * Deep copy of a CloudWatch (PascalCase) SDK shape as camelCase JSON: Dates become ISO 8601 UTC
 * strings, `Dimensions` lists become objects, `$metadata` and undefined values are dropped.
 */
export function fromCloudWatchShape(value: unknown): unknown {
  if (value instanceof Date) return isoFromDate(value);
  if (Array.isArray(value)) {
    return value.map(fromCloudWatchShape).filter((item) => item !== undefined);
  }
  if (value === null || typeof value !== 'object') {
    return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
  }

  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === '$metadata' || field === undefined) continue;
    out[camelCase(key)] =
      key === 'Dimensions' && Array.isArray(field)
        ? dimensionsToObject(field as DimensionShape[])
        : fromCloudWatchShape(field);
  }
  return out;
}
