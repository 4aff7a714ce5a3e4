import { readCommonAlarmFields, saveAlarm } from './alarm-configuration.js';
import { parseAlarmRule, ruleAlarmReferences } from './alarm-rule.js';
import { evaluateComposite } from './alarm-state.js';
import { type AlarmStore, alarmNameOf } from './alarm-store.js';
import { invalidParameterValue, validationError } from './errors.js';
import { type Input, optionalInteger, optionalString, requiredString } from './read-input.js';

const MAX_RULE_LENGTH = 10_240;

export function putCompositeAlarm(store: AlarmStore, input: Input, now: number): Input {
  const { name, configuration } = readCommonAlarmFields(input);
  const ruleText = requiredString(input, 'AlarmRule');
  if (ruleText.length > MAX_RULE_LENGTH) {
    throw invalidParameterValue(
      'AlarmRule',
      `${ruleText.length} characters`,
      `at most ${MAX_RULE_LENGTH}`,
    );
  }
  configuration.AlarmRule = ruleText;

  // A rule this service can read has its alarms checked and is evaluated; others are kept as text.
  const rule = parseAlarmRule(ruleText);
  if (rule) {
    const names = ruleAlarmReferences(rule).map(alarmNameOf);
    if (names.includes(name)) {
      throw validationError(`The AlarmRule of ${name} refers to the alarm itself.`);
    }
    const missing = names.filter((child) => !store.alarms.has(child));
    if (missing.length > 0) {
      throw validationError(
        'The composite alarm cannot be saved: ' +
          `the alarm rule refers to alarms that do not exist: ${missing.join(', ')}.`,
      );
    }
  }

  const suppressor = optionalString(input, 'ActionsSuppressor');
  if (suppressor !== undefined) {
    configuration.ActionsSuppressor = suppressor;
    configuration.ActionsSuppressorWaitPeriod =
      optionalInteger(input, 'ActionsSuppressorWaitPeriod', { min: 0, max: 86_400 }) ?? 60;
    configuration.ActionsSuppressorExtensionPeriod =
      optionalInteger(input, 'ActionsSuppressorExtensionPeriod', { min: 0, max: 86_400 }) ?? 60;
  }

  const saved = saveAlarm(store, { type: 'CompositeAlarm', name, configuration, rule }, now);
  evaluateComposite(store, saved, now);
  return {};
}
