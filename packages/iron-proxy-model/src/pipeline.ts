import { parse } from 'yaml';
import { ModelError } from './errors.js';
import type { Transform } from './request.js';
import { createAllowlist } from './transforms/allowlist.js';
import { createAwsAuth } from './transforms/awsAuth.js';
import { createHeaderAllowlist } from './transforms/headerAllowlist.js';

const TOP_LEVEL_KEYS = new Set([
  'dns',
  'proxy',
  'tls',
  'transforms',
  'mcp',
  'mcp_gateway',
  'postgres',
  'metrics',
  'management',
  'control_plane',
  'log',
]);

/** Builds the request transforms of an iron-proxy config, in list order, as iron-proxy would. */
export function buildPipeline(configYaml: string, env: NodeJS.ProcessEnv): Transform[] {
  const config = (parse(configYaml) ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!TOP_LEVEL_KEYS.has(key)) throw new ModelError('E_CONFIG', `unknown top-level key ${key}`);
  }
  const transforms = (config.transforms ?? []) as { name?: string; config?: unknown }[];

  return transforms.map(({ name, config: transformConfig }) => {
    const options = (transformConfig ?? {}) as Record<string, unknown>;
    switch (name) {
      case 'allowlist':
        return createAllowlist(options);
      case 'aws_auth':
        return createAwsAuth(options, env);
      case 'header_allowlist':
        return createHeaderAllowlist(options);
      default:
        throw new ModelError('E_NOT_MODELLED', `transform ${JSON.stringify(name)}`);
    }
  });
}
