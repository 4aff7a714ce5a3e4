import { readFile } from 'node:fs/promises';
import { EmulatorError } from '../errors.js';
import { LOG_GROUP_NAME, LOG_STREAM_NAME, type StringRule } from '../logs/input.js';
import type { IngestedEvent, LogsStore } from '../logs/logs-store.js';
import { RETENTION_DAYS } from '../logs/operations/log-groups.js';

/** A time in a seed: epoch milliseconds, ISO 8601, or relative to load time (`-15m`, `now`). */
export type SeedTime = number | string;

export interface SeedEventRecord {
  logGroupName: string;
  logStreamName: string;
  timestamp: SeedTime;
  message: string;
}

export interface SeedDocument {
  logGroups?: {
    logGroupName: string;
    retentionInDays?: number;
    logStreams?: { logStreamName: string; events?: { timestamp: SeedTime; message: string }[] }[];
  }[];
  /** Flat events; their groups and streams are created as needed. */
  events?: SeedEventRecord[];
}

const RELATIVE = /^-(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

function seedError(where: string, message: string): EmulatorError {
  return new EmulatorError('E_SEED', `${where}: ${message}`);
}

/** Reads a seed file: a JSON document, a JSON array of events, or NDJSON (one event a line). */
export async function readSeedFile(path: string): Promise<SeedDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw seedError(path, `cannot read the seed file (${(error as NodeJS.ErrnoException).code})`);
  }
  const trimmed = text.trim();
  if (!/\.(ndjson|jsonl)$/i.test(path)) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) ? { events: parsed } : (parsed as SeedDocument);
    } catch (error) {
      if (!trimmed.startsWith('{') || !trimmed.includes('\n')) {
        throw seedError(path, `not valid JSON: ${(error as Error).message}`);
      }
    }
  }
  const events = trimmed.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    try {
      return [JSON.parse(line) as SeedEventRecord];
    } catch (error) {
      throw seedError(`${path}:${index + 1}`, `not valid JSON: ${(error as Error).message}`);
    }
  });
  return { events };
}

function readTime(value: unknown, now: number, where: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string') {
    if (value === 'now') return now;
    const relative = RELATIVE.exec(value);
    if (relative) {
      return Math.round(now - Number(relative[1]) * UNIT_MS[relative[2] as keyof typeof UNIT_MS]);
    }
    const parsed = Date.parse(value);
    if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(parsed)) return parsed;
  }
  throw seedError(
    where,
    "expected epoch milliseconds, an ISO 8601 time, 'now' or a relative time like '-15m', " +
      `got ${JSON.stringify(value)}`,
  );
}

function readName(value: unknown, rule: StringRule, where: string): string {
  const ok =
    typeof value === 'string' &&
    value.length >= (rule.min ?? 0) &&
    value.length <= (rule.max ?? Number.POSITIVE_INFINITY) &&
    (!rule.pattern || rule.pattern.test(value));
  if (!ok)
    throw seedError(
      where,
      `expected a name matching ${rule.pattern?.source}, got ${JSON.stringify(value)}`,
    );
  return value as string;
}

function readMessage(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') {
    throw seedError(where, `expected a non-empty string, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Loads a seed document into the store, adding to what is there; returns the events added. */
export function ingestSeedDocument(
  store: LogsStore,
  document: SeedDocument,
  now: number,
  source = 'seed',
): number {
  if (!document || typeof document !== 'object') {
    throw seedError(source, 'expected an object with "logGroups" or "events"');
  }
  const groups = new Map<string, number | undefined>();
  const batches = new Map<string, { group: string; stream: string; events: IngestedEvent[] }>();
  const batch = (group: string, stream: string) => {
    const key = `${group}\u0000${stream}`;
    const found = batches.get(key) ?? { group, stream, events: [] };
    batches.set(key, found);
    return found.events;
  };

  (document.logGroups ?? []).forEach((group, g) => {
    const where = `${source}: logGroups[${g}]`;
    const logGroupName = readName(group?.logGroupName, LOG_GROUP_NAME, `${where}.logGroupName`);
    const days = group.retentionInDays;
    if (days !== undefined && !(RETENTION_DAYS as readonly unknown[]).includes(days)) {
      throw seedError(
        `${where}.retentionInDays`,
        `expected one of ${RETENTION_DAYS.join(', ')}, got ${JSON.stringify(days)}`,
      );
    }
    groups.set(logGroupName, days);
    (group.logStreams ?? []).forEach((stream, s) => {
      const at = `${where}.logStreams[${s}]`;
      const name = readName(stream?.logStreamName, LOG_STREAM_NAME, `${at}.logStreamName`);
      const events = batch(logGroupName, name);
      (stream.events ?? []).forEach((event, e) => {
        events.push({
          timestamp: readTime(event?.timestamp, now, `${at}.events[${e}].timestamp`),
          message: readMessage(event?.message, `${at}.events[${e}].message`),
        });
      });
    });
  });
  (document.events ?? []).forEach((event, e) => {
    const where = `${source}: events[${e}]`;
    const group = readName(event?.logGroupName, LOG_GROUP_NAME, `${where}.logGroupName`);
    const stream = readName(event?.logStreamName, LOG_STREAM_NAME, `${where}.logStreamName`);
    batch(group, stream).push({
      timestamp: readTime(event.timestamp, now, `${where}.timestamp`),
      message: readMessage(event.message, `${where}.message`),
    });
  });

  // Everything was checked above, so a bad seed leaves the store as it was.
  for (const [name, retentionInDays] of groups) {
    const group = store.groups.get(name) ?? store.createLogGroup(name, now);
    if (retentionInDays !== undefined) group.retentionInDays = retentionInDays;
  }
  let added = 0;
  for (const { group, stream, events } of batches.values()) {
    events.sort((a, b) => a.timestamp - b.timestamp);
    for (const event of events) event.ingestionTime = seededIngestionTime(event.timestamp, now);
    const createdAt = Math.min(events[0]?.timestamp ?? now, now);
    added += ingestSorted(store, group, stream, events, now, createdAt);
  }
  return added;
}

/** Ingests time-ordered events, creating the group and stream (at `createdAt`) if needed. */
export function ingestSorted(
  store: LogsStore,
  logGroupName: string,
  logStreamName: string,
  events: Iterable<IngestedEvent>,
  now: number,
  createdAt: number,
): number {
  const group = store.groups.get(logGroupName) ?? store.createLogGroup(logGroupName, createdAt);
  const stream =
    group.streams.get(logStreamName) ?? store.createLogStream(group, logStreamName, createdAt);
  return store.ingest(stream, events, now);
}

/** Seeded events look shipped a moment after they happened, never after the load time. */
export function seededIngestionTime(timestamp: number, now: number): number {
  return Math.max(timestamp, Math.min(timestamp + 150, now));
}
