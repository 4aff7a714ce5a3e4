import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Path of the shipped starting config, `iron-proxy.base.yaml` at the package root. */
export function baseConfigPath(): string {
  return fileURLToPath(new URL('../iron-proxy.base.yaml', import.meta.url));
}

/** Text of the shipped starting config. */
export function readBaseConfig(): Promise<string> {
  return readFile(baseConfigPath(), 'utf8');
}
