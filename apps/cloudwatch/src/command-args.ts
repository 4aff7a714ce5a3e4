import { CliError } from '@keyless/cli-shim';
import { loadClient } from './tool.js';

export function limitArg(description: string) {
  return { type: 'string', alias: 'n', valueHint: 'n', description } as const;
}

export function startArg(defaultWindow: string) {
  return {
    type: 'string',
    alias: 's',
    valueHint: 'time',
    description: `Start: 15m, 2h ago, ISO 8601, epoch (default: end - ${defaultWindow})`,
  } as const;
}

export const END_ARG = {
  type: 'string',
  alias: 'e',
  valueHint: 'time',
  description: 'End: same forms as --start (default: now)',
} as const;

export const NEXT_TOKEN_ARG = {
  type: 'string',
  valueHint: 'token',
  description: 'Continue a listing: the nextToken printed by the previous call',
} as const;

export const DIMENSIONS_ARG = {
  type: 'string',
  alias: 'd',
  valueHint: 'json',
  description: 'Dimensions as a JSON object, e.g. \'{"InstanceId":"i-0abc"}\'',
} as const;

/**
 * A number when the text is one; otherwise the text itself, so that the client's own range check
 * names the value the user typed (`limit must be an integer from 1 to 50, got "ten"`).
 */
export function numberOrText(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  return (/^-?\d+$/.test(text) ? Number(text) : text) as number;
}

export function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `-d` is JSON on the command line; the client checks its shape, this checks that it parses. */
export async function parseDimensions(value: unknown): Promise<Record<string, string> | undefined> {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(String(value)) as Record<string, string>;
  } catch (error) {
    const { CloudWatchError } = await loadClient();
    throw new CloudWatchError(
      'E_INPUT',
      `--dimensions is not valid JSON (${(error as Error).message}): got ${JSON.stringify(value)}.`,
      {
        hint: 'Give a JSON object of dimension names to values, e.g. \'{"InstanceId":"i-0abc"}\'.',
      },
    );
  }
}

const DURATION = /^(\d+)(ms|s|m|h)?$/;
const DURATION_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** A wait such as `90s`, `2m` or `500ms`; a bare number is seconds. */
export function parseDuration(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const match = DURATION.exec(String(value).trim());
  if (!match) {
    throw new CliError(
      'E_INVALID_ARGUMENT',
      `${flag} got ${JSON.stringify(value)}; expected a duration such as 30s, 2m, 500ms or 90`,
    );
  }
  return Number(match[1]) * (DURATION_MS[match[2] ?? 's'] ?? 1_000);
}
