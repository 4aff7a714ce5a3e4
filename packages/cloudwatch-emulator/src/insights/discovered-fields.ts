import type { InsightsLogRecord } from './types.js';
import type { Value } from './values.js';

/** AWS extracts at most this many fields from one JSON event. */
const MAX_JSON_FIELDS = 200;
const LAMBDA_GROUP_PREFIX = '/aws/lambda/';

/**
 * The fields Logs Insights finds in a message without a `parse`: those of a JSON object
 * (nested names joined with dots, array items by index), those of Lambda's START, END and
 * REPORT lines, and those of a message made only of `key=value` pairs.
 */
export function discoverFields(record: InsightsLogRecord): Map<string, Value> {
  const fields = new Map<string, Value>();
  const message = record.message;
  const isLambda = record.logGroupName.startsWith(LAMBDA_GROUP_PREFIX);

  const json = findJsonObject(message, isLambda);
  if (json) {
    flatten(json, '', fields);
    return fields;
  }
  if (isLambda && readLambdaPlatformLine(message, fields)) return fields;
  readKeyValuePairs(message, fields);
  return fields;
}

/** The message itself if it is a JSON object; in Lambda groups, the first embedded object. */
function findJsonObject(message: string, isLambda: boolean): Record<string, unknown> | null {
  const start = isLambda ? message.indexOf('{') : message.search(/\S/);
  if (start < 0 || message[start] !== '{') return null;
  try {
    const parsed: unknown = JSON.parse(message.slice(start));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function flatten(value: unknown, prefix: string, fields: Map<string, Value>): void {
  if (fields.size >= MAX_JSON_FIELDS || value === null || value === undefined) return;
  if (typeof value === 'object') {
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, item] of entries) {
      // A discovered name that starts with @ gets a second @, apart from the system fields.
      const name = prefix ? `${prefix}.${key}` : String(key).startsWith('@') ? `@${key}` : `${key}`;
      flatten(item, name, fields);
    }
    return;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    fields.set(prefix, value);
  }
}

const LAMBDA_LINE = /^(START|END|REPORT) RequestId: ([0-9a-fA-F-]+)/;
/** REPORT line entries: field name, label, and the factor that converts to AWS's unit. */
const LAMBDA_REPORT: Array<[string, RegExp, number]> = [
  ['@duration', /\tDuration: ([\d.]+) ms/, 1],
  ['@billedDuration', /\tBilled Duration: ([\d.]+) ms/, 1],
  // AWS reports memory in bytes of 1,000,000 per MB, as its sample queries divide it back.
  ['@memorySize', /\tMemory Size: ([\d.]+) MB/, 1_000_000],
  ['@maxMemoryUsed', /\tMax Memory Used: ([\d.]+) MB/, 1_000_000],
  ['@initDuration', /\tInit Duration: ([\d.]+) ms/, 1],
];
const XRAY = /XRAY TraceId: (\S+)\tSegmentId: (\S+)/;

function readLambdaPlatformLine(message: string, fields: Map<string, Value>): boolean {
  const line = LAMBDA_LINE.exec(message);
  if (!line) return false;
  fields.set('@type', line[1]!);
  fields.set('@requestId', line[2]!);
  if (line[1] !== 'REPORT') return true;
  for (const [name, pattern, factor] of LAMBDA_REPORT) {
    const match = pattern.exec(message);
    if (match) fields.set(name, Number(match[1]) * factor);
  }
  const xray = XRAY.exec(message);
  if (xray) {
    fields.set('@xrayTraceId', xray[1]!);
    fields.set('@xraySegmentId', xray[2]!);
  }
  return true;
}

const KEY_VALUE_MESSAGE =
  /^\s*(?:[A-Za-z_][\w.-]*=(?:"[^"]*"|[^\s"]*)\s+)*[A-Za-z_][\w.-]*=(?:"[^"]*"|[^\s"]*)\s*$/;
const KEY_VALUE = /([A-Za-z_][\w.-]*)=(?:"([^"]*)"|([^\s"]*))/g;

/**
 * Only a message made entirely of pairs counts, so prose with one `=` in it stays prose.
 * TODO(insights): AWS's discovery of such pairs outside the log types it documents is not
 * specified; this reads the common `key=value key="two words"` form only.
 */
function readKeyValuePairs(message: string, fields: Map<string, Value>): void {
  if (message.indexOf('=') < 0 || !KEY_VALUE_MESSAGE.test(message)) return;
  for (const match of message.matchAll(KEY_VALUE)) {
    fields.set(match[1]!, match[2] ?? match[3] ?? '');
  }
}
