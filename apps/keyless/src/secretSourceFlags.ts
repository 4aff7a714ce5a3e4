import type { SecretSourceOptions, SecretSourceType } from '@keyless/proxy-config';
import type { ArgsDef } from 'citty';
import { KeylessError } from './KeylessError.js';
import type { CommandArgs } from './strictArgs.js';

const TYPES: readonly SecretSourceType[] = [
  'env',
  '1password',
  '1password_connect',
  'aws_sm',
  'aws_ssm',
  'file',
];

export const SECRET_SOURCE_ARGS = {
  'secret-source': {
    type: 'enum',
    options: [...TYPES],
    description: 'Backend the manifest references resolve in (default env)',
  },
  'secret-vault': { type: 'string', valueHint: 'vault', description: '1password: vault name' },
  'secret-field': {
    type: 'string',
    valueHint: 'field',
    description: '1password: field (default credential)',
  },
  'secret-prefix': {
    type: 'string',
    valueHint: 'prefix',
    description: 'aws_sm: secret name prefix',
  },
  'secret-id': {
    type: 'string',
    valueHint: 'id',
    description: 'aws_sm: one JSON secret keyed by reference',
  },
  'secret-path-prefix': {
    type: 'string',
    valueHint: 'path',
    description:
      'aws_ssm: parameter prefix (default /keyless/); file: folder (default /run/secrets/)',
  },
  'secret-region': { type: 'string', valueHint: 'region', description: 'aws_sm, aws_ssm: region' },
  'secret-ttl': {
    type: 'string',
    valueHint: 'duration',
    description: 'Refetch interval, e.g. 15m',
  },
} as const satisfies ArgsDef;

// Which flag applies to which backend; any other combination is a mistake worth reporting.
const FLAGS_BY_TYPE: Record<SecretSourceType, readonly string[]> = {
  env: [],
  '1password': ['secret-vault', 'secret-field', 'secret-ttl'],
  '1password_connect': ['secret-vault', 'secret-field', 'secret-ttl'],
  aws_sm: ['secret-prefix', 'secret-id', 'secret-region', 'secret-ttl'],
  aws_ssm: ['secret-path-prefix', 'secret-region', 'secret-ttl'],
  file: ['secret-path-prefix', 'secret-ttl'],
};

/** The secret backend options of `proxy-config render`, checked against the chosen type. */
export function secretSourceFromFlags(args: CommandArgs): SecretSourceOptions {
  const type = (args.string('secret-source') ?? 'env') as SecretSourceType;
  const allowed = FLAGS_BY_TYPE[type] ?? [];
  for (const flag of Object.keys(SECRET_SOURCE_ARGS).filter((name) => name !== 'secret-source')) {
    if (args.string(flag) !== undefined && !allowed.includes(flag)) {
      throw new KeylessError('E_INPUT', `--${flag} does not apply to --secret-source ${type}`, {
        hint: allowed.length
          ? `for ${type} give ${allowed.map((name) => `--${name}`).join(', ')}`
          : `${type} takes no other option`,
      });
    }
  }
  const value = (flag: string) => args.string(flag);
  const ttl = value('secret-ttl');
  switch (type) {
    case 'env':
      return { type };
    case '1password':
    case '1password_connect':
      return { type, vault: value('secret-vault') ?? '', field: value('secret-field'), ttl };
    case 'aws_sm':
      return {
        type,
        prefix: value('secret-prefix'),
        secretId: value('secret-id'),
        region: value('secret-region'),
        ttl,
      };
    case 'aws_ssm':
      return { type, pathPrefix: value('secret-path-prefix'), region: value('secret-region'), ttl };
    case 'file':
      return { type, pathPrefix: value('secret-path-prefix'), ttl };
  }
}
