import { type Credentials, DEFAULT_CREDENTIALS } from '../auth/credentials.js';
import { EmulatorError } from '../errors.js';
import { type SeedSpec, validateSeedSpec } from '../seed/seed-spec.js';
import { type FaultOptions, validateFaults } from './faults.js';
import type { TlsOptions } from './tls.js';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Key pairs whose signatures are accepted; default `[DEFAULT_CREDENTIALS]`. */
  credentials?: Credentials[];
  /** `false` accepts any request, signed or not. Default `true`. */
  auth?: boolean;
  /** Data loaded at start; default `'none'`. */
  seed?: SeedSpec;
  /** `true` serves HTTPS with a certificate from a CA generated for this run. */
  tls?: boolean | TlsOptions;
  faults?: FaultOptions;
  /** Settings of the Logs Insights engine. */
  insights?: { runTimeMs?: number; maxConcurrentQueries?: number };
  /** How many requests the request log keeps; default 1000. */
  requestLogSize?: number;
}

export interface ResolvedOptions {
  port: number;
  host: string;
  credentials: Credentials[];
  auth: boolean;
  seed: SeedSpec;
  tls: TlsOptions | undefined;
  faults: FaultOptions;
  insights: { runTimeMs?: number; maxConcurrentQueries?: number };
  requestLogSize: number;
}

function inputError(message: string): EmulatorError {
  return new EmulatorError('E_INPUT', message);
}

function integer(value: unknown, name: string, min: number, max: number, fallback: number) {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw inputError(
      `${name}: expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const credentials = options.credentials ?? [DEFAULT_CREDENTIALS];
  if (!Array.isArray(credentials) || credentials.length === 0) {
    throw inputError('credentials: expected a non-empty list of {accessKeyId, secretAccessKey}');
  }
  credentials.forEach((pair, i) => {
    if (!pair || typeof pair.accessKeyId !== 'string' || !pair.accessKeyId) {
      throw inputError(`credentials[${i}].accessKeyId: expected a non-empty string`);
    }
    if (typeof pair.secretAccessKey !== 'string' || !pair.secretAccessKey) {
      throw inputError(`credentials[${i}].secretAccessKey: expected a non-empty string`);
    }
  });
  if (options.host !== undefined && (typeof options.host !== 'string' || options.host === '')) {
    throw inputError(
      `host: expected a host name or IP address, got ${JSON.stringify(options.host)}`,
    );
  }
  if (options.auth !== undefined && typeof options.auth !== 'boolean') {
    throw inputError(`auth: expected true or false, got ${JSON.stringify(options.auth)}`);
  }
  const insights = options.insights ?? {};
  integer(insights.runTimeMs, 'insights.runTimeMs', 0, 3_600_000, 0);
  integer(insights.maxConcurrentQueries, 'insights.maxConcurrentQueries', 1, 1000, 1);
  return {
    port: integer(options.port, 'port', 0, 65_535, 0),
    host: options.host ?? '127.0.0.1',
    credentials: credentials.map(({ accessKeyId, secretAccessKey }) => ({
      accessKeyId,
      secretAccessKey,
    })),
    auth: options.auth ?? true,
    seed: options.seed === undefined ? 'none' : validateSeedSpec(options.seed),
    tls: options.tls === true ? {} : options.tls ? options.tls : undefined,
    faults: validateFaults(options.faults),
    insights,
    requestLogSize: integer(options.requestLogSize, 'requestLogSize', 1, 1_000_000, 1000),
  };
}
