import type { InsightsLogRecord, InsightsSource } from './types.js';

/**
 * An InsightsSource over records held in an array: for unit tests and the benchmark, which
 * exercise the engine without the emulator's log store.
 */
export function memorySource(
  records: InsightsLogRecord[],
  logGroupNames?: string[],
): InsightsSource {
  const groups = new Set(logGroupNames ?? records.map((record) => record.logGroupName));
  return {
    hasLogGroup: (name) => groups.has(name),
    *scan(names, startTimeMs, endTimeMs) {
      const wanted = new Set(names);
      for (const record of records) {
        if (
          wanted.has(record.logGroupName) &&
          record.timestamp >= startTimeMs &&
          record.timestamp <= endTimeMs
        ) {
          yield record;
        }
      }
    },
  };
}
