import { evaluateRule, ruleAlarmReferences } from './alarm-rule.js';
import {
  type AlarmStore,
  alarmArn,
  alarmNameOf,
  historyDate,
  type StateValue,
  type StoredAlarm,
} from './alarm-store.js';

export interface NextState {
  value: StateValue;
  reason: string;
  reasonData?: string;
}

// Composite alarms may read composite alarms; a rule that flips its own input could otherwise
// re-trigger forever.
const MAX_CASCADE_DEPTH = 10;

/**
 * Sets an alarm's state. A change of state value writes a StateUpdate history item (what AWS
 * shows as "Alarm updated from OK to ALARM") and re-evaluates the composite alarms that read it.
 */
export function changeAlarmState(
  store: AlarmStore,
  alarm: StoredAlarm,
  next: NextState,
  at: number,
  depth = 0,
): void {
  const previous = alarm.state;
  const changed = previous.value !== next.value;
  alarm.state = {
    value: next.value,
    reason: next.reason,
    updatedAt: at,
    transitionedAt: changed ? at : previous.transitionedAt,
  };
  if (next.reasonData !== undefined) alarm.state.reasonData = next.reasonData;
  if (!changed) return;

  const describe = (state: { value: StateValue; reason: string; reasonData?: string }) => ({
    stateValue: state.value,
    stateReason: state.reason,
    ...(state.reasonData === undefined ? {} : { stateReasonData: parseJson(state.reasonData) }),
  });
  store.addHistory({
    alarmName: alarm.name,
    alarmType: alarm.type,
    timestamp: at,
    historyItemType: 'StateUpdate',
    summary: `Alarm updated from ${previous.value} to ${next.value}`,
    data: JSON.stringify({
      version: '1.0',
      oldState: describe(previous),
      newState: describe(next),
    }),
  });
  if (depth < MAX_CASCADE_DEPTH) reevaluateParents(store, alarm, at, depth + 1);
}

/** Brings a composite alarm to the state its rule gives for the current states of its children. */
export function evaluateComposite(
  store: AlarmStore,
  composite: StoredAlarm,
  at: number,
  trigger?: StoredAlarm,
  depth = 0,
): void {
  if (!composite.rule) return;
  const stateOf = (reference: string) => store.alarms.get(alarmNameOf(reference))?.state.value;
  const value: StateValue = evaluateRule(composite.rule, stateOf) ? 'ALARM' : 'OK';
  if (value === composite.state.value) return;

  const reason = trigger
    ? `${alarmArn(trigger.name)} transitioned to ${trigger.state.value} at ${longDate(at)}`
    : `The alarm rule evaluated to ${value === 'ALARM' ? 'TRUE' : 'FALSE'}`;
  const triggeringAlarms = (trigger ? [trigger] : []).map((child) => ({
    arn: alarmArn(child.name),
    state: { value: child.state.value, timestamp: historyDate(child.state.updatedAt) },
  }));
  const reasonData = JSON.stringify({ triggeringAlarms });
  changeAlarmState(store, composite, { value, reason, reasonData }, at, depth);
}

function reevaluateParents(store: AlarmStore, child: StoredAlarm, at: number, depth: number): void {
  for (const alarm of store.alarms.values()) {
    if (alarm.type !== 'CompositeAlarm' || !alarm.rule) continue;
    const readsChild = ruleAlarmReferences(alarm.rule).some(
      (reference) => alarmNameOf(reference) === child.name,
    );
    if (readsChild) evaluateComposite(store, alarm, at, child, depth);
  }
}

/** `Thursday 02 May, 2024 12:00:00 UTC`, as composite alarm reasons name the moment. */
function longDate(timestamp: number): string {
  const date = new Date(timestamp);
  const part = (options: Intl.DateTimeFormatOptions) =>
    date.toLocaleString('en-GB', { timeZone: 'UTC', ...options });
  const time = date.toISOString().slice(11, 19);
  const day = `${part({ day: '2-digit' })} ${part({ month: 'long' })}, ${date.getUTCFullYear()}`;
  return `${part({ weekday: 'long' })} ${day} ${time} UTC`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
