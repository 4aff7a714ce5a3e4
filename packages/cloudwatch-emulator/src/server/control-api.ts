import type { IncomingMessage, ServerResponse } from 'node:http';
import { EmulatorError } from '../errors.js';
import type { SeedSummary } from '../seed/load-seed.js';
import { type SeedSpec, validateSeedSpec } from '../seed/seed-spec.js';
import { type FaultOptions, validateFaults } from './faults.js';
import type { RequestLogEntry } from './request-log.js';
import { sendJson } from './respond.js';

export const CONTROL_PREFIX = '/__emulator/';

/** What the control API can do to a running emulator. */
export interface EmulatorControl {
  health(): Record<string, unknown>;
  reset(): void;
  seed(spec: SeedSpec): Promise<SeedSummary>;
  requests(limit?: number): RequestLogEntry[];
  faults(): FaultOptions;
  setFaults(faults: FaultOptions): void;
}

const ROUTES = [
  'GET health',
  'POST reset',
  'POST seed',
  'GET requests',
  'GET faults',
  'POST faults',
];

/**
 * Unsigned JSON endpoints for tests and demos: `GET health`, `POST reset`, `POST seed`
 * (body: a seed spec), `GET requests?limit=N` (newest last), `GET|POST faults`.
 */
export async function handleControl(
  control: EmulatorControl,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: Buffer,
): Promise<void> {
  const route = `${req.method} ${url.pathname.slice(CONTROL_PREFIX.length)}`;
  try {
    switch (route) {
      case 'GET health':
        return reply(res, 200, control.health());
      case 'POST reset':
        control.reset();
        return reply(res, 200, { reset: true });
      case 'POST seed':
        return reply(res, 200, {
          loaded: await control.seed(validateSeedSpec(readJson(body), 'body')),
        });
      case 'GET requests':
        return reply(res, 200, { requests: control.requests(readLimit(url)) });
      case 'GET faults':
        return reply(res, 200, { faults: control.faults() });
      case 'POST faults':
        control.setFaults(validateFaults(readJson(body), 'body'));
        return reply(res, 200, { faults: control.faults() });
      default:
        return reply(res, 404, {
          error: {
            code: 'E_INPUT',
            message:
              `unknown control endpoint '${route}'; ` +
              `expected one of: ${ROUTES.join(', ')} under ${CONTROL_PREFIX}`,
          },
        });
    }
  } catch (error) {
    const known = error instanceof EmulatorError;
    reply(res, known ? 400 : 500, {
      error: { code: known ? error.code : 'E_INTERNAL', message: (error as Error).message },
    });
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  sendJson(res, status, body, 'application/json');
}

function readJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new EmulatorError(
      'E_INPUT',
      `body: expected JSON, got '${body.toString('utf8').slice(0, 80)}'`,
    );
  }
}

function readLimit(url: URL): number | undefined {
  const raw = url.searchParams.get('limit');
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw)) {
    throw new EmulatorError('E_INPUT', `limit: expected a non-negative integer, got '${raw}'`);
  }
  return Number(raw);
}
