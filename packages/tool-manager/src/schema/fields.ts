import { z } from 'zod';

/*
 * Field schemas shared by the manifest and its secrets. Every schema carries the phrase that
 * follows "expected" in an error message, so a failure reads "expected <phrase>, got <value>".
 */

export const EXPECTED = {
  nonEmptyString: 'a non-empty string',
  hosts: 'a non-empty array of non-empty strings',
  host: 'a host name or glob such as logs.*.amazonaws.com, without scheme, port or path',
  reference:
    'a secret reference: a name of letters, digits, "_", "-" or "." such as ' +
    'CLOUDWATCH_AWS_ACCESS_KEY_ID',
  notAKey: 'a reference (the name of a secret in the backend), not an access key id itself',
  regions: 'an array of region names such as eu-west-1 (empty allowed)',
  region: 'a region name such as eu-west-1',
  services: 'an array of signing names such as logs or monitoring (empty allowed)',
  service: 'a signing name such as logs or monitoring',
  boolean: 'true or false',
} as const;

// Host globs follow iron-proxy's matcher: letters, digits, dots, dashes and glob characters.
const HOST_PATTERN = /^[A-Za-z0-9*?[\]^._-]+$/;
const REFERENCE_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
// A value where a reference belongs would leak the key into every rendered config.
const ACCESS_KEY_ID_PATTERN = /^(AKIA|ASIA)[A-Z0-9]{16}$/;
const SIGNING_NAME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function nonEmptyString(expected: string = EXPECTED.nonEmptyString) {
  return z.string({ error: expected }).min(1, { error: expected });
}

export function reference() {
  return z
    .string({ error: EXPECTED.reference })
    .regex(REFERENCE_PATTERN, { error: EXPECTED.reference })
    .refine((value) => !ACCESS_KEY_ID_PATTERN.test(value), { error: EXPECTED.notAKey });
}

interface StringListOptions {
  /** Phrase for a value that is not an array of non-empty strings. */
  expected: string;
  min?: number;
  /** Check of each entry once the list itself is well formed. */
  item?: { pattern: RegExp; expected: string };
  unique?: boolean;
}

/**
 * An array of non-empty strings, reported as one issue at the field when its shape is wrong and
 * at the entry when one entry breaks the item pattern.
 */
export function stringList(options: StringListOptions) {
  const min = options.min ?? 0;
  return z.unknown().transform((value, ctx): string[] => {
    const wellFormed =
      Array.isArray(value) &&
      value.length >= min &&
      value.every((entry) => typeof entry === 'string' && entry.length > 0);
    if (!wellFormed) {
      ctx.addIssue({ code: 'custom', message: options.expected });
      return z.NEVER;
    }
    const entries = value as string[];
    entries.forEach((entry, index) => {
      if (options.item && !options.item.pattern.test(entry)) {
        ctx.addIssue({ code: 'custom', message: options.item.expected, path: [index] });
      } else if (options.unique && entries.indexOf(entry) !== index) {
        ctx.addIssue({ code: 'custom', message: 'an entry not listed before', path: [index] });
      }
    });
    return [...entries];
  });
}

export function hostList() {
  return stringList({
    expected: EXPECTED.hosts,
    min: 1,
    item: { pattern: HOST_PATTERN, expected: EXPECTED.host },
  });
}

export function regionList() {
  return stringList({
    expected: EXPECTED.regions,
    item: { pattern: SIGNING_NAME_PATTERN, expected: EXPECTED.region },
  });
}

export function serviceList() {
  return stringList({
    expected: EXPECTED.services,
    item: { pattern: SIGNING_NAME_PATTERN, expected: EXPECTED.service },
  });
}

export function region() {
  return z
    .string({ error: EXPECTED.region })
    .regex(SIGNING_NAME_PATTERN, { error: EXPECTED.region });
}
