import type { StateValue } from './alarm-store.js';
import { validationError } from './errors.js';

export type RuleNode =
  | { type: 'constant'; value: boolean }
  | { type: 'state'; state: StateValue; alarm: string }
  | { type: 'not'; operand: RuleNode }
  | { type: 'and' | 'or'; left: RuleNode; right: RuleNode };

const STATE_FUNCTIONS: Record<string, StateValue> = {
  ALARM: 'ALARM',
  OK: 'OK',
  INSUFFICIENT_DATA: 'INSUFFICIENT_DATA',
};

/**
 * Parses a composite alarm rule: ALARM/OK/INSUFFICIENT_DATA of an alarm name or ARN (quoted or
 * not), TRUE, FALSE, AND, OR, NOT and parentheses. Returns undefined for rules using AT_LEAST,
 * which are kept as text without checks or evaluation.
 */
export function parseAlarmRule(rule: string): RuleNode | undefined {
  if (/\bAT_LEAST\s*\(/i.test(rule)) return undefined;
  let position = 0;

  const fail = (what: string): never => {
    throw validationError(
      `The AlarmRule could not be parsed: ${what} at character ${position + 1} of "${rule}".`,
    );
  };
  const skipSpace = () => {
    while (/\s/.test(rule[position] ?? '')) position++;
  };
  // Leaves the position at the start of the word, past any space.
  const word = (): string => {
    skipSpace();
    const match = /^[A-Za-z_]+/.exec(rule.slice(position));
    return match ? match[0] : '';
  };
  const expect = (char: string) => {
    skipSpace();
    if (rule[position] !== char) fail(`expected "${char}"`);
    position++;
  };

  const alarmReference = (): string => {
    skipSpace();
    if (rule[position] === '"') {
      const end = rule.indexOf('"', position + 1);
      if (end < 0) fail('unterminated quoted alarm name');
      const name = rule.slice(position + 1, end);
      position = end + 1;
      return name;
    }
    const end = rule.indexOf(')', position);
    if (end < 0) fail('expected ")"');
    const name = rule.slice(position, end).trim();
    position = end;
    return name;
  };

  const operand = (): RuleNode => {
    skipSpace();
    if (rule[position] === '(') {
      position++;
      const inner = disjunction();
      expect(')');
      return inner;
    }
    const keyword = word();
    const upper = keyword.toUpperCase();
    if (upper === 'NOT') {
      position += keyword.length;
      return { type: 'not', operand: operand() };
    }
    if (upper === 'TRUE' || upper === 'FALSE') {
      position += keyword.length;
      return { type: 'constant', value: upper === 'TRUE' };
    }
    const state = STATE_FUNCTIONS[upper];
    if (!state)
      return fail(keyword ? `unknown function ${keyword}` : 'expected an alarm state function');
    position += keyword.length;
    expect('(');
    const alarm = alarmReference();
    if (alarm === '') fail('empty alarm name');
    expect(')');
    return { type: 'state', state, alarm };
  };
  const conjunction = (): RuleNode => {
    let node = operand();
    while (word().toUpperCase() === 'AND') {
      position += 3;
      node = { type: 'and', left: node, right: operand() };
    }
    return node;
  };
  const disjunction = (): RuleNode => {
    let node = conjunction();
    while (word().toUpperCase() === 'OR') {
      position += 2;
      node = { type: 'or', left: node, right: conjunction() };
    }
    return node;
  };

  const root = disjunction();
  skipSpace();
  if (position < rule.length) fail(`unexpected "${rule.slice(position, position + 20)}"`);
  return root;
}

/** Alarm names or ARNs the rule reads, each once. */
export function ruleAlarmReferences(node: RuleNode): string[] {
  const found = new Set<string>();
  const walk = (n: RuleNode) => {
    if (n.type === 'state') found.add(n.alarm);
    else if (n.type === 'not') walk(n.operand);
    else if (n.type === 'and' || n.type === 'or') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
  return [...found];
}

export function evaluateRule(
  node: RuleNode,
  stateOf: (alarm: string) => StateValue | undefined,
): boolean {
  switch (node.type) {
    case 'constant':
      return node.value;
    case 'state':
      return stateOf(node.alarm) === node.state;
    case 'not':
      return !evaluateRule(node.operand, stateOf);
    case 'and':
      return evaluateRule(node.left, stateOf) && evaluateRule(node.right, stateOf);
    case 'or':
      return evaluateRule(node.left, stateOf) || evaluateRule(node.right, stateOf);
  }
}
