import { awsError, EmulatorError } from '../errors.js';

export interface FaultOptions {
  /** Answer every Nth AWS call with a throttling error. */
  throttleEvery?: number;
  /** Answer every Nth AWS call with a server error. */
  errorEvery?: number;
  /** The status of those server errors: 503 (default, ServiceUnavailable) or 500. */
  errorStatus?: 500 | 503;
  /** Wait this long before answering each AWS call. */
  latencyMs?: number;
}

export function validateFaults(faults: unknown, path = 'faults'): FaultOptions {
  if (faults === undefined || faults === null) return {};
  if (typeof faults !== 'object' || Array.isArray(faults)) {
    throw new EmulatorError(
      'E_INPUT',
      `${path}: expected an object, got ${JSON.stringify(faults)}`,
    );
  }
  const known = ['throttleEvery', 'errorEvery', 'errorStatus', 'latencyMs'];
  const result: FaultOptions = {};
  for (const [key, value] of Object.entries(faults)) {
    if (!known.includes(key)) {
      throw new EmulatorError(
        'E_INPUT',
        `${path}.${key}: unknown fault; expected one of ${known.join(', ')}`,
      );
    }
    if (value === undefined) continue;
    if (key === 'errorStatus') {
      if (value !== 500 && value !== 503) {
        throw new EmulatorError(
          'E_INPUT',
          `${path}.errorStatus: expected 500 or 503, got ${JSON.stringify(value)}`,
        );
      }
      result.errorStatus = value;
      continue;
    }
    const minimum = key === 'latencyMs' ? 0 : 1;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
      throw new EmulatorError(
        'E_INPUT',
        `${path}.${key}: expected an integer >= ${minimum}, got ${JSON.stringify(value)}`,
      );
    }
    (result as Record<string, number>)[key] = value;
  }
  return result;
}

/** Counts AWS calls and decides which ones fail, so tests can rely on the exact call that does. */
export class Faults {
  private calls = 0;

  constructor(private options: FaultOptions = {}) {}

  get current(): FaultOptions {
    return { ...this.options };
  }

  set(options: FaultOptions): void {
    this.options = options;
    this.calls = 0;
  }

  get latencyMs(): number {
    return this.options.latencyMs ?? 0;
  }

  /** Counts one call; throws the fault that call must answer, if any. */
  check(service: 'logs' | 'monitoring'): void {
    this.calls++;
    const { throttleEvery, errorEvery, errorStatus = 503 } = this.options;
    if (throttleEvery && this.calls % throttleEvery === 0) {
      throw service === 'logs'
        ? awsError('ThrottlingException', 'Rate exceeded', 400)
        : awsError('ThrottlingException', 'Rate exceeded', 400, 'Throttling');
    }
    if (errorEvery && this.calls % errorEvery === 0) {
      if (errorStatus === 500) {
        throw awsError(
          'InternalFailure',
          'The request processing has failed because of an unknown error.',
          500,
        );
      }
      throw service === 'logs'
        ? awsError(
            'ServiceUnavailableException',
            'The service is unavailable. Please try again.',
            503,
          )
        : awsError(
            'ServiceUnavailableException',
            'The service is unavailable. Please try again.',
            503,
            'ServiceUnavailable',
          );
    }
  }
}
