import { type EmulatorError, invalidParameter } from '../../errors.js';

/** Every pattern AWS would refuse is refused, naming the part that could not be read. */
export function filterPatternError(pattern: string, detail: string): EmulatorError {
  return invalidParameter(`Invalid filter pattern '${pattern}': ${detail}`);
}
