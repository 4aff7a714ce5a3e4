import { EmulatorError } from '../errors.js';
import type { SeedDocument } from './seed-file.js';

export interface GenerateSpec {
  /** Log events in total, spread evenly over the groups and streams. */
  events: number;
  groups?: number;
  /** Streams per group. */
  streams?: number;
  seed?: number;
  /** Metrics for the CloudWatch side; none when absent. */
  metrics?: number;
  /** The time the events cover, ending at the load time; one day by default. */
  spanMs?: number;
}

/**
 * What to load: `'demo'` (built-in services with recent errors), `'none'`, a seed file,
 * generated data, or a seed document given inline (the file format as an object).
 */
export type SeedSpec =
  | 'demo'
  | 'none'
  | { file: string }
  | { generate: GenerateSpec }
  | { data: SeedDocument };

const GENERATE_KEYS = ['events', 'groups', 'streams', 'seed', 'metrics', 'spanMs'] as const;

function seedError(message: string): EmulatorError {
  return new EmulatorError('E_SEED', message);
}

/** Checks a seed spec given as JSON (control API) or options. */
export function validateSeedSpec(spec: unknown, path = 'seed'): SeedSpec {
  if (spec === 'demo' || spec === 'none') return spec;
  if (spec && typeof spec === 'object' && !Array.isArray(spec)) {
    const record = spec as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record.file === 'string' && record.file !== '') {
      return { file: record.file };
    }
    if (keys.length === 1 && record.data && typeof record.data === 'object') {
      return { data: record.data as SeedDocument };
    }
    if (keys.length === 1 && record.generate && typeof record.generate === 'object') {
      return {
        generate: validateGenerateSpec(
          record.generate as Record<string, unknown>,
          `${path}.generate`,
        ),
      };
    }
  }
  throw seedError(
    `${path}: expected "demo", "none", {"file": PATH}, {"generate": {"events": N, ...}} or ` +
      `{"data": {"logGroups": [...]}}, got ${JSON.stringify(spec)}`,
  );
}

function validateGenerateSpec(spec: Record<string, unknown>, path: string): GenerateSpec {
  for (const [key, value] of Object.entries(spec)) {
    if (!(GENERATE_KEYS as readonly string[]).includes(key)) {
      throw seedError(`${path}.${key}: unknown key; expected one of ${GENERATE_KEYS.join(', ')}`);
    }
    const minimum = key === 'events' || key === 'metrics' || key === 'seed' ? 0 : 1;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
      throw seedError(
        `${path}.${key}: expected an integer >= ${minimum}, got ${JSON.stringify(value)}`,
      );
    }
  }
  if (spec.events === undefined)
    throw seedError(`${path}.events: required (the number of log events)`);
  return spec as unknown as GenerateSpec;
}

/** Reads the `--seed` flag: `demo`, `none`, `generate:events=N,groups=G,...` or a file path. */
export function parseSeedFlag(value: string): SeedSpec {
  if (value === 'demo' || value === 'none') return value;
  if (!value.startsWith('generate:')) return { file: value };
  const spec: Record<string, unknown> = {};
  for (const pair of value.slice('generate:'.length).split(',').filter(Boolean)) {
    const [key, raw] = pair.split('=');
    if (!key || raw === undefined || !/^\d+$/.test(raw)) {
      throw seedError(
        `--seed: cannot read '${pair}' in '${value}'; expected key=integer, ` +
          'e.g. generate:events=1000,groups=2,streams=3,seed=7',
      );
    }
    spec[key] = Number(raw);
  }
  return { generate: validateGenerateSpec(spec, '--seed generate') };
}
