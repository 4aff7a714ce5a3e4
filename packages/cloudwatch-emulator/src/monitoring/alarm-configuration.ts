import type { RuleNode } from './alarm-rule.js';
import type { AlarmStore, AlarmType, StoredAlarm } from './alarm-store.js';
import { invalidParameterValue } from './errors.js';
import {
  type Input,
  optionalBoolean,
  optionalString,
  optionalStringList,
  requiredString,
} from './read-input.js';

const MAX_ACTIONS = 5;

/** AlarmName and the members metric and composite alarms share. */
export function readCommonAlarmFields(input: Input): { name: string; configuration: Input } {
  const name = requiredString(input, 'AlarmName');
  if (name.length > 255) throw invalidParameterValue('AlarmName', name, 'at most 255 characters');
  const description = optionalString(input, 'AlarmDescription');
  if (description !== undefined && description.length > 1024) {
    throw invalidParameterValue(
      'AlarmDescription',
      `${description.length} characters`,
      'at most 1024',
    );
  }

  const configuration: Input = { ActionsEnabled: optionalBoolean(input, 'ActionsEnabled') ?? true };
  if (description !== undefined) configuration.AlarmDescription = description;
  for (const key of ['OKActions', 'AlarmActions', 'InsufficientDataActions']) {
    const actions = optionalStringList(input, key) ?? [];
    if (actions.length > MAX_ACTIONS) {
      throw invalidParameterValue(key, `${actions.length} actions`, `at most ${MAX_ACTIONS}`);
    }
    configuration[key] = actions;
  }
  return { name, configuration };
}

/**
 * Creates or replaces an alarm's configuration, keeping the state of an existing alarm, and writes
 * the ConfigurationUpdate history item.
 */
export function saveAlarm(
  store: AlarmStore,
  alarm: { type: AlarmType; name: string; configuration: Input; rule?: RuleNode },
  at: number,
): StoredAlarm {
  const existing = store.alarms.get(alarm.name);
  if (existing && existing.type !== alarm.type) {
    throw invalidParameterValue(
      'AlarmName',
      alarm.name,
      `an alarm of type ${existing.type} already has this name`,
    );
  }
  const saved: StoredAlarm = {
    ...alarm,
    configurationUpdatedAt: at,
    state: existing?.state ?? {
      value: 'INSUFFICIENT_DATA',
      reason: 'Unchecked: Initial alarm creation',
      updatedAt: at,
      transitionedAt: at,
    },
  };
  store.alarms.set(alarm.name, saved);

  const data = existing
    ? { type: 'Update', originalAlarm: historyView(existing), updatedAlarm: historyView(saved) }
    : { type: 'Create', createdAlarm: historyView(saved) };
  store.addHistory({
    alarmName: alarm.name,
    alarmType: alarm.type,
    timestamp: at,
    historyItemType: 'ConfigurationUpdate',
    summary: `Alarm "${alarm.name}" ${existing ? 'updated' : 'created'}`,
    data: JSON.stringify({ version: '1.0', ...data }),
  });
  return saved;
}

export function recordDeletion(store: AlarmStore, alarm: StoredAlarm, at: number): void {
  store.addHistory({
    alarmName: alarm.name,
    alarmType: alarm.type,
    timestamp: at,
    historyItemType: 'ConfigurationUpdate',
    summary: `Alarm "${alarm.name}" deleted`,
    data: JSON.stringify({ version: '1.0', type: 'Delete', deletedAlarm: historyView(alarm) }),
  });
}

/** HistoryData spells members in camelCase. */
function historyView(alarm: StoredAlarm): Input {
  const view: Input = { alarmName: alarm.name };
  for (const [key, value] of Object.entries(alarm.configuration)) {
    view[key.charAt(0).toLowerCase() + key.slice(1)] = value;
  }
  return view;
}
