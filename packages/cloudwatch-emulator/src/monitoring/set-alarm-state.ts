import { changeAlarmState } from './alarm-state.js';
import { type AlarmStore, STATE_VALUES } from './alarm-store.js';
import { invalidParameterValue, MonitoringError, missingParameter } from './errors.js';
import { type Input, optionalEnum, optionalString, requiredString } from './read-input.js';

export function setAlarmState(store: AlarmStore, input: Input, now: number): Input {
  const name = requiredString(input, 'AlarmName');
  const value = optionalEnum(input, 'StateValue', STATE_VALUES);
  if (value === undefined) throw missingParameter('StateValue');
  const reason = requiredString(input, 'StateReason');
  if (reason.length > 1023)
    throw invalidParameterValue('StateReason', `${reason.length} characters`, 'at most 1023');
  const reasonData = optionalString(input, 'StateReasonData');
  if (reasonData !== undefined) {
    try {
      JSON.parse(reasonData);
    } catch {
      throw new MonitoringError(
        'InvalidFormatFault',
        `The StateReasonData ${reasonData} is not valid JSON.`,
      );
    }
  }

  const alarm = store.alarms.get(name);
  if (!alarm) throw new MonitoringError('ResourceNotFound', `Alarm ${name} does not exist.`);
  changeAlarmState(
    store,
    alarm,
    reasonData === undefined ? { value, reason } : { value, reason, reasonData },
    now,
  );
  return {};
}
