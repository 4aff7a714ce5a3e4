import { describe, expect, it } from 'vitest';
import { evaluateRule, parseAlarmRule, ruleAlarmReferences } from './alarm-rule.js';
import type { StateValue } from './alarm-store.js';

const states: Record<string, StateValue> = { api: 'ALARM', db: 'OK', queue: 'INSUFFICIENT_DATA' };
const stateOf = (name: string) => states[name.replace(/^arn:.*:alarm:/, '')];

describe('parseAlarmRule', () => {
  it.each([
    ['ALARM("api")', true, ['api']],
    ['ALARM(api) AND OK(db)', true, ['api', 'db']],
    ['ALARM(api) AND NOT OK(db)', false, ['api', 'db']],
    ['(ALARM(db) OR INSUFFICIENT_DATA("queue")) AND TRUE', true, ['db', 'queue']],
    ['ALARM(db) OR ALARM(queue) or false', false, ['db', 'queue']],
    [
      'ALARM("arn:aws:cloudwatch:us-east-1:123456789012:alarm:api")',
      true,
      ['arn:aws:cloudwatch:us-east-1:123456789012:alarm:api'],
    ],
    ['NOT (ALARM(api) AND ALARM(db))', true, ['api', 'db']],
  ])('%s evaluates to %s', (rule, expected, references) => {
    const parsed = parseAlarmRule(rule)!;
    expect(evaluateRule(parsed, stateOf)).toBe(expected);
    expect(ruleAlarmReferences(parsed)).toEqual(references);
  });

  it('keeps AT_LEAST rules unparsed', () => {
    expect(parseAlarmRule('AT_LEAST(2, ALARM, (api, db))')).toBeUndefined();
  });

  it.each([
    ['ALARM(api', /expected "\)"/],
    ['ALARMS(api)', /unknown function ALARMS/],
    ['ALARM(api) XOR OK(db)', /unexpected "XOR OK\(db\)"/],
    ['ALARM("")', /empty alarm name/],
    ['', /expected an alarm state function/],
  ])('refuses %s', (rule, message) => {
    expect(() => parseAlarmRule(rule)).toThrow(message);
  });
});
