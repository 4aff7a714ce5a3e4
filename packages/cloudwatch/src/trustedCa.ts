import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { CloudWatchError } from './errors.js';
import type { Environment } from './options.js';

/** Variables naming a PEM file of extra CA certificates, e.g. iron-proxy's interception CA. */
export const CA_BUNDLE_VARIABLES = [
  'AWS_CA_BUNDLE',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
] as const;

/**
 * Node's default roots plus every certificate of the files the environment names, or undefined
 * when none is named. A `ca` list replaces Node's roots, so the defaults are put back in front.
 */
export function loadTrustedCa(env: Environment): string[] | undefined {
  const extra: string[] = [];
  for (const variable of CA_BUNDLE_VARIABLES) {
    const path = env[variable];
    if (!path) continue;

    let pem: string;
    try {
      pem = readFileSync(path, 'utf8');
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new CloudWatchError(
        'E_INPUT',
        `${variable}=${path}: cannot read the CA bundle (${why}).`,
        {
          hint: `Point ${variable} at a readable PEM file of CA certificates, or unset it.`,
          cause: error,
        },
      );
    }
    const certificates = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    if (!certificates) {
      throw new CloudWatchError('E_INPUT', `${variable}=${path}: no PEM certificate in the file.`, {
        hint: `Point ${variable} at a PEM file holding "-----BEGIN CERTIFICATE-----" blocks.`,
      });
    }
    extra.push(...certificates);
  }
  return extra.length === 0 ? undefined : [...rootCertificates, ...extra];
}
