import { recordDeletion } from './alarm-configuration.js';
import type { AlarmStore } from './alarm-store.js';
import { invalidParameterValue, MonitoringError, missingParameter } from './errors.js';
import { type Input, optionalStringList } from './read-input.js';

/** Deletes all named alarms, or none of them when one does not exist, as AWS does. */
export function deleteAlarms(store: AlarmStore, input: Input, now: number): Input {
  const names = optionalStringList(input, 'AlarmNames');
  if (!names || names.length === 0) throw missingParameter('AlarmNames');
  if (names.length > 100)
    throw invalidParameterValue('AlarmNames', `${names.length} names`, 'at most 100');
  const missing = names.filter((name) => !store.alarms.has(name));
  if (missing.length > 0) {
    throw new MonitoringError(
      'ResourceNotFound',
      `These alarms do not exist: ${missing.join(', ')}.`,
    );
  }
  for (const name of new Set(names)) {
    recordDeletion(store, store.alarms.get(name)!, now);
    store.alarms.delete(name);
  }
  return {};
}
