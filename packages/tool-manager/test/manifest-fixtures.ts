/* Manifests shared by the parser tests: the contract example and ways to break it. */
import { expect } from 'vitest';
import { ManifestError, parseToolManifest } from '../src/index.js';

export type Json = Record<string, unknown>;

/** The manifest of the contract, fresh for each test. */
export function example(): Json {
  return {
    module: '@keyless/cloudwatch',
    hosts: ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com'],
    timeout_s: 60,
    aws_actions: ['logs:DescribeLogGroups', 'logs:FilterLogEvents', 'cloudwatch:ListMetrics'],
    secrets: [
      {
        type: 'aws_auth',
        name: 'cloudwatch',
        hosts: ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com'],
        access_key_id: 'CLOUDWATCH_AWS_ACCESS_KEY_ID',
        secret_access_key: 'CLOUDWATCH_AWS_SECRET_ACCESS_KEY',
        allowed_regions: [],
        allowed_services: ['logs', 'monitoring'],
      },
    ],
  };
}

export const httpSecret = (patch: Json): Json => ({
  type: 'http',
  name: 'api',
  hosts: ['api.example.com'],
  ref: 'EXAMPLE_API_TOKEN',
  ...patch,
});

/** The example with its first secret patched; `undefined` values delete the key. */
export function withSecret(patch: Json, secret: Json = (example().secrets as Json[])[0]!): Json {
  const merged: Json = { ...secret, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete merged[key];
  return { ...example(), secrets: [merged] };
}

export function without(key: string): Json {
  const manifest = example();
  delete manifest[key];
  return manifest;
}

/** The error a manifest is refused with, from the source `tools/cloudwatch`. */
export function failure(input: unknown): ManifestError {
  try {
    parseToolManifest(input, 'tools/cloudwatch');
  } catch (error) {
    expect(error).toBeInstanceOf(ManifestError);
    return error as ManifestError;
  }
  throw new Error('expected the manifest to be refused');
}
