import type { LogsStore } from '../logs/logs-store.js';
import type { MonitoringService } from '../monitoring/index.js';
import { seedDemoLogs } from './demo-logs.js';
import { generateLogs } from './generate-logs.js';
import { ingestSeedDocument, readSeedFile } from './seed-file.js';
import type { SeedSpec } from './seed-spec.js';

export interface SeedSummary {
  logEvents: number;
  logGroups: number;
}

/** Adds the seed's data to what the emulator holds; times are laid out relative to `now`. */
export async function loadSeed(
  spec: SeedSpec,
  target: { store: LogsStore; monitoring: MonitoringService; now: number },
): Promise<SeedSummary> {
  const { store, monitoring, now } = target;
  let logEvents = 0;
  if (spec === 'demo') {
    logEvents = seedDemoLogs(store, now);
    monitoring.seedDemo(now);
  } else if (spec === 'none') {
    logEvents = 0;
  } else if ('file' in spec) {
    logEvents = ingestSeedDocument(store, await readSeedFile(spec.file), now, spec.file);
  } else if ('data' in spec) {
    logEvents = ingestSeedDocument(store, spec.data, now);
  } else {
    logEvents = generateLogs(store, spec.generate, now);
    const { metrics, seed } = spec.generate;
    if (metrics) monitoring.seedGenerated({ metrics, seed, now });
  }
  return { logEvents, logGroups: store.groups.size };
}
