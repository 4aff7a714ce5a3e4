import { readFileSync } from 'node:fs';
import { ModelError } from './errors.js';

/** Resolves a secret each time it is asked; `undefined` when it is unavailable. */
export type SecretSource = () => string | undefined;

export function createSecretSource(config: unknown, env: NodeJS.ProcessEnv): SecretSource {
  const source = config as Record<string, unknown>;
  switch (source?.type) {
    case 'env': {
      const name = source.var;
      if (typeof name !== 'string' || !name) {
        throw new ModelError('E_CONFIG', 'env source requires "var" field');
      }
      return () => env[name] || undefined;
    }
    case 'file': {
      const path = source.path as string;
      return () => {
        try {
          return readFileSync(path, 'utf8') || undefined;
        } catch {
          return undefined;
        }
      };
    }
    default:
      throw new ModelError('E_NOT_MODELLED', `secret source ${JSON.stringify(source?.type)}`);
  }
}
