import { parseTimeRange } from '@keyless/cloudwatch';
import * as z from 'zod';
import type { ListCursor, TimeWindow } from './nextToken.js';

// Input fields and output pieces that several tools share, described for an agent reading the
// schema cold: unit, default, limits and an example.

/** Items' bytes per result unless the call asks otherwise: ~12k tokens of an agent's context. */
export const DEFAULT_MAX_BYTES = 50_000;

const TIME_FORMS =
  'a duration before now ("15m", "2h", "1d", "1h30m", "2h ago"), "now", ISO 8601 ' +
  '("2024-06-01T12:00:00Z"; no zone means UTC), or epoch seconds or milliseconds';

function timeField(description: string) {
  return z
    .union([z.string().min(1), z.number()], {
      error: `expected a time: ${TIME_FORMS}`,
    })
    .optional()
    .describe(description);
}

export function startField(defaultWindow: string) {
  return timeField(
    `Start of the time window: ${TIME_FORMS}. Default: ${defaultWindow} before end.`,
  );
}

export const END_FIELD = timeField('End of the time window, same forms as start. Default: now.');

export function limitField(what: string, max: number, defaultValue: number) {
  return z
    .number()
    .int()
    .min(1)
    .max(max)
    .default(defaultValue)
    .describe(`${what}, 1 to ${max}. Default ${defaultValue}.`);
}

export const NEXT_TOKEN_FIELD = z
  .string()
  .min(1)
  .optional()
  .describe(
    'Continue a previous call: the nextToken it returned, with the same other arguments. ' +
      'Leave out on the first call.',
  );

export const MAX_BYTES_FIELD = z
  .number()
  .int()
  .min(100)
  .max(1_000_000)
  .default(DEFAULT_MAX_BYTES)
  .describe(
    `Cap on the returned items, in bytes of their compact JSON, 100 to 1000000. Default ` +
      `${DEFAULT_MAX_BYTES}. When it cuts the result, truncated is true and nextToken continues ` +
      'right after the last item returned. The first item is returned whatever its size.',
  );

export const LOG_GROUP_NAME_FIELD = z
  .string()
  .min(1)
  .describe('Log group name, e.g. "/aws/lambda/checkout-api" (list_log_groups finds them).');

export const FILTER_PATTERN_FIELD = z
  .string()
  .optional()
  .describe(
    'CloudWatch Logs filter pattern: a term ("ERROR"), a phrase ("\\"timed out\\""), ' +
      'alternatives ("?ERROR ?WARN") or JSON ("{ $.level = \\"error\\" }"). Default: every event.',
  );

/** The arguments of a listing read in AWS pages: how many items, where to read on, the byte cap. */
export function listingFields(what: string, max: number, defaultValue: number) {
  return {
    limit: limitField(what, max, defaultValue),
    nextToken: NEXT_TOKEN_FIELD,
    maxBytes: MAX_BYTES_FIELD,
  };
}

export const NEXT_TOKEN_OUTPUT = z
  .string()
  .optional()
  .describe('Present when more results exist: pass it back as nextToken to read on.');

export const TRUNCATED_OUTPUT = z
  .literal(true)
  .optional()
  .describe('Present when a cap (maxBytes, maxItems) cut this result; nextToken reads on.');

/** How a capped result ends: the token that reads on, and whether a cap cut it. */
export const CAPPED_OUTPUT = { nextToken: NEXT_TOKEN_OUTPUT, truncated: TRUNCATED_OUTPUT };

/** `truncated` appears only when true, so that an absent field and false never mean two things. */
export function truncatedWhen(cut: boolean): true | undefined {
  return cut ? true : undefined;
}

export const WINDOW_OUTPUT = {
  startTime: z.string().describe('Start of the time window read, ISO 8601 UTC.'),
  endTime: z.string().describe('End of the time window read, ISO 8601 UTC.'),
};

/** The window of the first call when resuming, else the one the arguments name. */
export function resolveWindow(
  cursor: ListCursor,
  range: { start?: string | number | undefined; end?: string | number | undefined },
  defaultDurationMs?: number,
): TimeWindow {
  if (cursor.window) return cursor.window;
  return parseTimeRange(range, defaultDurationMs === undefined ? {} : { defaultDurationMs });
}

export function isoWindow(window: TimeWindow): { startTime: string; endTime: string } {
  return {
    startTime: new Date(window.startMs).toISOString(),
    endTime: new Date(window.endMs).toISOString(),
  };
}
