import type { RuleNode } from './alarm-rule.js';
import type { Input } from './read-input.js';

export type AlarmType = 'MetricAlarm' | 'CompositeAlarm';
export type StateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
export const STATE_VALUES: readonly StateValue[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];
export type HistoryItemType = 'ConfigurationUpdate' | 'StateUpdate' | 'Action';

// TODO(monitoring): ARNs name a fixed region and account, since a request's signing region does
// not reach the service; clients that parse the ARN see us-east-1 whatever they signed for.
const ARN_PREFIX = 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:';

export function alarmArn(name: string): string {
  return ARN_PREFIX + name;
}

/** An alarm reference in a rule may be its name or its ARN. */
export function alarmNameOf(reference: string): string {
  return reference.startsWith('arn:')
    ? reference.slice(reference.indexOf(':alarm:') + 7)
    : reference;
}

export interface AlarmState {
  value: StateValue;
  reason: string;
  /** JSON text, as AWS returns StateReasonData. */
  reasonData?: string;
  updatedAt: number;
  transitionedAt: number;
}

export interface StoredAlarm {
  type: AlarmType;
  name: string;
  /** The configuration in the member names of the API, timestamps and state left out. */
  configuration: Input;
  configurationUpdatedAt: number;
  state: AlarmState;
  /** A composite alarm's rule, when it could be parsed. */
  rule?: RuleNode;
}

export interface HistoryItem {
  sequence: number;
  alarmName: string;
  alarmType: AlarmType;
  timestamp: number;
  historyItemType: HistoryItemType;
  summary: string;
  data: string;
}

export class AlarmStore {
  readonly alarms = new Map<string, StoredAlarm>();
  /** Ordered by timestamp, then by the order of writing. */
  readonly history: HistoryItem[] = [];
  private sequence = 0;

  sortedAlarms(): StoredAlarm[] {
    return [...this.alarms.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  }

  addHistory(item: Omit<HistoryItem, 'sequence'>): void {
    const entry = { ...item, sequence: ++this.sequence };
    let at = this.history.length;
    while (at > 0 && this.history[at - 1]!.timestamp > entry.timestamp) at--;
    this.history.splice(at, 0, entry);
  }

  clear(): void {
    this.alarms.clear();
    this.history.length = 0;
    this.sequence = 0;
  }
}

/** The MetricAlarm or CompositeAlarm structure of DescribeAlarms. */
export function renderAlarm(alarm: StoredAlarm): Input {
  const { state } = alarm;
  const rendered: Input = {
    AlarmName: alarm.name,
    AlarmArn: alarmArn(alarm.name),
    ...alarm.configuration,
    AlarmConfigurationUpdatedTimestamp: alarm.configurationUpdatedAt / 1000,
    StateValue: state.value,
    StateReason: state.reason,
    StateUpdatedTimestamp: state.updatedAt / 1000,
    StateTransitionedTimestamp: state.transitionedAt / 1000,
  };
  if (state.reasonData !== undefined) rendered.StateReasonData = state.reasonData;
  return rendered;
}

/** Dates inside HistoryData and StateReasonData, written the way CloudWatch writes them. */
export function historyDate(timestamp: number): string {
  return new Date(timestamp).toISOString().replace('Z', '+0000');
}
