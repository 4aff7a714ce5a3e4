import { nearestKey } from '../nearest-key.js';
import type { Findings, Path } from './findings.js';
import {
  type Kind,
  PROVIDER_SHAPES,
  type Shape,
  SOURCE_REQUIRED,
  SOURCE_SHAPES,
} from './iron-proxy-shapes.js';

/** How iron-proxy treats an unknown key where the shape is checked. */
export type Strictness = 'refused' | 'ignored';

const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

/** Reports unknown keys and values of the wrong kind; absent keys are the caller's concern. */
export function checkShape(
  value: unknown,
  shape: Shape,
  path: Path,
  strictness: Strictness,
  findings: Findings,
): void {
  if (value === null || value === undefined) return;
  if (!isMapping(value)) {
    findings.error(path, `expected a mapping, got ${describeValue(value)}`);
    return;
  }
  const known = Object.keys(shape.keys);
  for (const [key, child] of Object.entries(value)) {
    const kind = shape.keys[key];
    if (kind === undefined) {
      findings.error([...path, key], unknownKeyMessage(key, known, shape, strictness));
      continue;
    }
    checkKind(child, kind, [...path, key], strictness, findings);
  }
}

function checkKind(
  value: unknown,
  kind: Kind,
  path: Path,
  strictness: Strictness,
  findings: Findings,
): void {
  if (value === null || value === undefined || kind === 'any') return;
  const wrong = (expected: string) =>
    findings.error(path, `expected ${expected}, got ${describeValue(value)}`);

  if (kind === 'string') {
    if (isMapping(value) || Array.isArray(value)) wrong('a string');
  } else if (kind === 'bool') {
    if (typeof value !== 'boolean') wrong('true or false');
  } else if (kind === 'int') {
    if (!Number.isInteger(value)) wrong('a whole number');
  } else if (kind === 'duration') {
    if (typeof value !== 'string' || !GO_DURATION.test(value)) wrong('a Go duration such as 30s');
  } else if (kind === 'strings') {
    const scalars = Array.isArray(value) && value.every((entry) => !isMapping(entry));
    if (!scalars || value.some((entry) => Array.isArray(entry))) wrong('a list of strings');
  } else if (kind === 'source') {
    checkTyped(value, SOURCE_SHAPES, path, findings, 'source');
  } else if (kind === 'provider') {
    checkTyped(value, PROVIDER_SHAPES, path, findings, 'credentials_provider');
  } else if ('listOf' in kind) {
    if (!Array.isArray(value)) wrong('a list');
    else {
      for (const [i, entry] of value.entries()) {
        checkShape(entry, kind.listOf, [...path, i], strictness, findings);
      }
    }
  } else checkShape(value, kind, path, strictness, findings);
}

// Secret sources and credential providers pick their keys by `type`.
function checkTyped(
  value: unknown,
  shapes: Readonly<Record<string, Shape>>,
  path: Path,
  findings: Findings,
  what: 'source' | 'credentials_provider',
): void {
  if (!isMapping(value)) {
    findings.error(path, `expected a ${what} mapping with a type, got ${describeValue(value)}`);
    return;
  }
  const types = Object.keys(shapes);
  const type = value.type;
  if (typeof type !== 'string' || type === '') {
    findings.error([...path, 'type'], `${what}.type is required: one of ${types.join(', ')}`);
    return;
  }
  const shape = shapes[type];
  if (!shape) {
    const guess = nearestKey(type, types);
    const hint = guess ? ` (did you mean "${guess}"?)` : '';
    findings.error([...path, 'type'], `unknown ${what} type "${type}"${hint}`);
    return;
  }
  const extra: Record<string, Kind> = what === 'source' ? { json_key: 'string' } : {};
  checkShape(
    value,
    { keys: { type: 'string', ...extra, ...shape.keys } },
    path,
    'ignored',
    findings,
  );

  const required = what === 'source' ? SOURCE_REQUIRED[type] : undefined;
  if (required && (value[required] === undefined || value[required] === '')) {
    findings.error([...path, required], `a ${type} source requires "${required}"`);
  }
  const ref = value.secret_ref;
  if (type.startsWith('1password') && typeof ref === 'string' && !isOpRef(ref)) {
    findings.error([...path, 'secret_ref'], 'expected op://vault/item/[section/]field');
  }
}

function isOpRef(ref: string): boolean {
  if (!ref.startsWith('op://')) return false;
  const parts = ref.slice(5).split('/');
  return parts.length >= 3 && parts.length <= 4 && parts.every((part) => part !== '');
}

function unknownKeyMessage(
  key: string,
  known: readonly string[],
  shape: Shape,
  strictness: Strictness,
): string {
  const hint = shape.hints?.[key];
  if (hint) return hint;
  const guess = nearestKey(key, known);
  const suggestion = guess ? `did you mean "${guess}"? ` : '';
  const effect =
    strictness === 'refused'
      ? 'iron-proxy refuses to start with it'
      : 'iron-proxy ignores it silently, so what it was meant to do does not happen';
  return `unknown key "${key}": ${effect}; ${suggestion}known keys: ${known.join(', ')}`;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isMapping(value)) return 'a mapping';
  return JSON.stringify(value) ?? String(value);
}
