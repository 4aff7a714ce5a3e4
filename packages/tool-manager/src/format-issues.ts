import type { z } from 'zod';
import type { ManifestIssue } from './manifest-error.js';
import { nearestKey } from './nearest-key.js';

type KnownKeys = (path: readonly PropertyKey[], value: unknown) => readonly string[];

const MAX_SHOWN = 60;

/** Turns zod issues into "expected X, got Y" issues, with the value found at each path. */
export function toManifestIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  knownKeys: KnownKeys,
): ManifestIssue[] {
  return issues.flatMap((issue): ManifestIssue[] => {
    const path = issue.path;
    const found = valueAt(input, path);

    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(path, found);
      return issue.keys.map((key) => {
        const guess = nearestKey(key, known);
        const hint = guess ? ` (did you mean "${guess}"?)` : '';
        return {
          path: formatPath(path),
          expected: `only the keys ${known.join(', ')}`,
          received: `unknown key ${JSON.stringify(key)}${hint}`,
        };
      });
    }

    const received = issue.code === 'custom' ? issue.params?.received : undefined;
    return [
      {
        path: formatPath(path),
        expected: expectedPhrase(issue),
        received: received ?? describeValue(found),
      },
    ];
  });
}

function expectedPhrase(issue: z.core.$ZodIssue): string {
  // Every schema here names its expectation; zod's own wording only shows if one was missed.
  if (!issue.message.startsWith('Invalid input')) return issue.message;
  return issue.code === 'invalid_type' ? `a value of type ${issue.expected}` : 'a valid value';
}

/** `secrets[0].hosts`, or `["odd key"]` for keys that are not identifiers. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const key = String(segment);
      if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `[${JSON.stringify(key)}]`;
      return index === 0 ? key : `.${key}`;
    })
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** A short, safe rendering of any value: `nothing`, `[]`, `"text"`, `5`, `{"a":1}`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') {
    return `a ${typeof value}`;
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) return Array.isArray(value) ? 'an array' : 'an object';
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
}
