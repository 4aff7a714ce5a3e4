import { parseToolManifest } from '@keyless/tool-manager';
import type { ToolForProxy } from '../src/index.js';
import { AWS_HEADER_ALLOWLIST } from './configs.js';

/* Tools for the renderer tests, built with the real manifest parser. */

type Json = Record<string, unknown>;

export function awsAuth(patch: Json = {}): Json {
  return {
    type: 'aws_auth',
    name: 'cloudwatch',
    hosts: ['logs.*.amazonaws.com', 'monitoring.*.amazonaws.com'],
    access_key_id: 'CLOUDWATCH_AWS_ACCESS_KEY_ID',
    secret_access_key: 'CLOUDWATCH_AWS_SECRET_ACCESS_KEY',
    allowed_regions: [],
    allowed_services: ['logs', 'monitoring'],
    ...patch,
  };
}

export function http(patch: Json = {}): Json {
  return {
    type: 'http',
    name: 'api',
    hosts: ['api.example.com'],
    ref: 'EXAMPLE_API_TOKEN',
    header: 'Authorization',
    formatter: 'Bearer {{ .Value }}',
    ...patch,
  };
}

export function tool(name: string, secrets: Json[], hosts?: string[]): ToolForProxy {
  const allHosts = hosts ?? [...new Set(secrets.flatMap((secret) => secret.hosts as string[]))];
  const manifest = parseToolManifest({ module: `@acme/${name}`, hosts: allHosts, secrets }, name);
  return { name, manifest };
}

/** A small base: allowlist, then a header_allowlist that keeps what AWS needs. */
export const SMALL_BASE = `# keyless test base
transforms:
  - name: allowlist
    config:
      domains: ["*.amazonaws.com"]
  # strip the rest
  - name: header_allowlist
    config:
      headers: ${AWS_HEADER_ALLOWLIST}
log:
  level: info
`;
