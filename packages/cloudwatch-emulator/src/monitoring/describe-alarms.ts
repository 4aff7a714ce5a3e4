import { ruleAlarmReferences } from './alarm-rule.js';
import {
  type AlarmStore,
  type AlarmType,
  alarmNameOf,
  renderAlarm,
  STATE_VALUES,
  type StoredAlarm,
} from './alarm-store.js';
import {
  invalidNextToken,
  invalidParameterCombination,
  invalidParameterValue,
  MonitoringError,
} from './errors.js';
import { decodeNextToken, encodeNextToken } from './pagination.js';
import {
  type Input,
  memberPath,
  optionalEnum,
  optionalInteger,
  optionalString,
  optionalStringList,
} from './read-input.js';

const ALARM_TYPES: readonly AlarmType[] = ['MetricAlarm', 'CompositeAlarm'];

/** AlarmTypes of DescribeAlarms and DescribeAlarmHistory; only metric alarms when omitted. */
export function readAlarmTypes(input: Input): Set<AlarmType> {
  const types = optionalStringList(input, 'AlarmTypes') ?? [];
  types.forEach((type, index) => {
    if (!(ALARM_TYPES as readonly string[]).includes(type)) {
      throw invalidParameterValue(
        memberPath('AlarmTypes', index),
        type,
        'expected MetricAlarm or CompositeAlarm',
      );
    }
  });
  return new Set(types.length === 0 ? ['MetricAlarm'] : (types as AlarmType[]));
}

export function describeAlarms(store: AlarmStore, input: Input): Input {
  const names = optionalStringList(input, 'AlarmNames');
  const prefix = optionalString(input, 'AlarmNamePrefix');
  const children = optionalString(input, 'ChildrenOfAlarmName');
  const parents = optionalString(input, 'ParentsOfAlarmName');
  const stateValue = optionalEnum(input, 'StateValue', STATE_VALUES);
  const actionPrefix = optionalString(input, 'ActionPrefix');
  const maxRecords = optionalInteger(input, 'MaxRecords', { min: 1, max: 100 }) ?? 50;
  if (names && names.length > 100)
    throw invalidParameterValue('AlarmNames', `${names.length} names`, 'at most 100');
  if (names && prefix !== undefined) {
    throw invalidParameterCombination(
      'The parameters AlarmNames and AlarmNamePrefix are mutually exclusive.',
    );
  }
  const family = children ?? parents;
  if (children !== undefined && parents !== undefined) {
    throw invalidParameterCombination(
      'The parameters ChildrenOfAlarmName and ParentsOfAlarmName are mutually exclusive.',
    );
  }
  if (
    family !== undefined &&
    (names || prefix !== undefined || stateValue || actionPrefix !== undefined)
  ) {
    throw invalidParameterCombination(
      'ChildrenOfAlarmName and ParentsOfAlarmName cannot be combined ' +
        'with other filters than AlarmTypes.',
    );
  }
  const types = readAlarmTypes(input);
  const token = optionalString(input, 'NextToken');
  const after = token === undefined ? undefined : decodeNextToken('DescribeAlarms', token);
  if (after !== undefined && typeof after !== 'string') throw invalidNextToken();

  const related =
    children !== undefined
      ? childrenOf(store, children)
      : parents !== undefined
        ? parentsOf(store, parents)
        : undefined;
  const selected = store
    .sortedAlarms()
    .filter(
      (alarm) =>
        types.has(alarm.type) &&
        (names === undefined || names.includes(alarm.name)) &&
        (prefix === undefined || alarm.name.startsWith(prefix)) &&
        (stateValue === undefined || alarm.state.value === stateValue) &&
        (actionPrefix === undefined || hasActionPrefix(alarm, actionPrefix)) &&
        (related === undefined || related.has(alarm.name)) &&
        (after === undefined || alarm.name > after),
    );

  const page = selected.slice(0, maxRecords);
  const output: Input = {
    MetricAlarms: page.filter((alarm) => alarm.type === 'MetricAlarm').map(renderAlarm),
    CompositeAlarms: page.filter((alarm) => alarm.type === 'CompositeAlarm').map(renderAlarm),
  };
  if (selected.length > maxRecords)
    output.NextToken = encodeNextToken('DescribeAlarms', page.at(-1)!.name);
  return output;
}

function hasActionPrefix(alarm: StoredAlarm, prefix: string): boolean {
  return ['OKActions', 'AlarmActions', 'InsufficientDataActions'].some((key) =>
    ((alarm.configuration[key] as string[] | undefined) ?? []).some((action) =>
      action.startsWith(prefix),
    ),
  );
}

function requireComposite(store: AlarmStore, name: string): StoredAlarm {
  const alarm = store.alarms.get(name);
  if (!alarm) throw new MonitoringError('ResourceNotFound', `Alarm ${name} does not exist.`);
  return alarm;
}

function childrenOf(store: AlarmStore, name: string): Set<string> {
  const { rule } = requireComposite(store, name);
  return new Set(rule ? ruleAlarmReferences(rule).map(alarmNameOf) : []);
}

function parentsOf(store: AlarmStore, name: string): Set<string> {
  requireComposite(store, name);
  const parents = new Set<string>();
  for (const alarm of store.alarms.values()) {
    if (
      alarm.rule &&
      ruleAlarmReferences(alarm.rule).some((reference) => alarmNameOf(reference) === name)
    ) {
      parents.add(alarm.name);
    }
  }
  return parents;
}
