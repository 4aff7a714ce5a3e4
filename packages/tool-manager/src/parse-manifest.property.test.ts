import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManifestError } from './manifest-error.js';
import { parseToolManifest } from './parse-manifest.js';
import type { ToolManifest } from './types.js';

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);

/** A field that is usually valid and sometimes junk (`undefined` among it, for a missing key). */
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: junk });

/** A key that is mostly absent. */
const rare = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value });

/** A key that is mostly present. */
const usual = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: value });

/** Mostly one of the good values, now and then one of the bad ones. */
const pick = (good: string[], bad: string[]) =>
  fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...good) }, fc.constantFrom(...bad));

const host = pick(
  ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com', 'api.example.com'],
  ['https://api.example.com', ''],
);
const hosts = fc.array(host, { minLength: 1, maxLength: 3 });
const reference = pick(['AWS_ACCESS_KEY_ID', 'AWS_SECRET'], ['op/ref', 'AKIAIOSFODNN7EXAMPLE']);
const names = fc.array(pick(['logs', 'monitoring', 'eu-west-1'], ['Bad Name']), { maxLength: 3 });

const staticPair = fc.record({
  access_key_id: field(reference),
  secret_access_key: field(reference),
  session_token: rare(field(reference)),
});
const provider = fc.record({
  credentials_provider: field(
    fc.record({
      type: field(fc.constant('workload_identity')),
      region: rare(field(pick(['eu-west-1'], ['EU']))),
    }),
  ),
});

const awsAuth = fc
  .tuple(
    fc.record({
      type: field(fc.constant('aws_auth')),
      name: field(fc.constantFrom('cloudwatch', 'other')),
      hosts: field(hosts),
      allowed_regions: field(names),
      allowed_services: field(names),
      allowed_service: rare(names),
    }),
    fc.oneof(
      staticPair,
      provider,
      fc.tuple(staticPair, provider).map(([a, b]) => ({ ...a, ...b })),
    ),
  )
  .map(([common, credentials]) => ({ ...common, ...credentials }));

const placement = fc.oneof(
  fc.record({
    header: field(pick(['Authorization'], ['X Key'])),
    formatter: rare(field(pick(['Bearer {{ .Value }}'], ['Bearer']))),
  }),
  fc.record({ query_param: field(pick(['key'], [''])) }),
  fc.record({
    replace: field(
      fc.record({
        placeholder: field(pick(['keyless-placeholder'], ['short'])),
        in: field(fc.subarray(['headers', 'path', 'query', 'body', 'cookies'], { minLength: 1 })),
        headers: rare(field(fc.array(fc.constantFrom('X-Key', '/^x-.*$/'), { maxLength: 2 }))),
      }),
    ),
  }),
);

const http = fc
  .tuple(
    fc.record({
      type: field(fc.constant('http')),
      name: field(fc.constantFrom('api', 'other')),
      hosts: field(hosts),
      ref: field(reference),
      require: rare(field(fc.boolean())),
    }),
    placement,
  )
  .map(([common, where]) => ({ ...common, ...where }));

// As JSON: a key whose value is `undefined` is a missing key, as in a package.json.
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

const manifest = fc
  .record({
    module: field(fc.constant('@keyless/cloudwatch')),
    hosts: field(hosts),
    secrets: usual(
      field(
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: awsAuth },
            { weight: 3, arbitrary: http },
            { weight: 1, arbitrary: junk },
          ),
          { maxLength: 2 },
        ),
      ),
    ),
    timeout_s: rare(field(fc.integer({ min: -5, max: 100_000 }))),
    aws_actions: rare(field(fc.array(pick(['logs:FilterLogEvents'], ['bad'])))),
  })
  .map(asJson);

function expectValid(result: ToolManifest): void {
  expect(Object.isFrozen(result)).toBe(true);
  expect(result.hosts.length).toBeGreaterThan(0);
  for (const secret of result.secrets) {
    expect(Object.isFrozen(secret)).toBe(true);
    expect(secret.hosts.length).toBeGreaterThan(0);
    if (secret.type === 'aws_auth') {
      const hasStatic =
        secret.access_key_id !== undefined && secret.secret_access_key !== undefined;
      expect(hasStatic !== (secret.credentials_provider !== undefined)).toBe(true);
    } else {
      const placements = [secret.header, secret.query_param, secret.replace].filter(Boolean);
      expect(placements).toHaveLength(1);
    }
  }
  // The typed value is itself a valid manifest, and parses to the same value.
  expect(parseToolManifest(JSON.parse(JSON.stringify(result)))).toEqual(result);
}

function expectTypedError(error: unknown): void {
  expect(error).toBeInstanceOf(ManifestError);
  const manifestError = error as ManifestError;
  expect(manifestError.code).toBe('E_MANIFEST');
  for (const line of manifestError.message.split('\n')) {
    expect(line).toMatch(/^tools\/random: .*expected .+, got .+$/);
  }
}

function check(input: unknown): void {
  let result: ToolManifest;
  try {
    result = parseToolManifest(input, 'tools/random');
  } catch (error) {
    expectTypedError(error);
    return;
  }
  expectValid(result);
}

// Runs are counted, not timed; the generous timeout only covers a busy machine.
describe('parseToolManifest on random input', () => {
  it('returns a valid frozen manifest or throws ManifestError, for near-valid manifests', () => {
    fc.assert(fc.property(manifest, check), { numRuns: 1000 });
  }, 30_000);

  it('returns a valid frozen manifest or throws ManifestError, for any value', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(anything, check), { numRuns: 500 });
  }, 30_000);

  it('finds valid manifests among the random ones', () => {
    const samples = fc.sample(manifest, { numRuns: 2000, seed: 7 }) as { secrets?: unknown[] }[];
    const valid = samples.filter((input) => {
      try {
        parseToolManifest(input);
        return true;
      } catch {
        return false;
      }
    });
    const withSecrets = valid.filter((input) => (input.secrets?.length ?? 0) > 0);
    expect(valid.length).toBeGreaterThan(100);
    expect(withSecrets.length).toBeGreaterThan(30);
  });
});
