import { describe, expect, it } from 'vitest';
import { MonitoringError } from './errors.js';
import {
  evaluateExpression,
  parseExpression,
  referencedIds,
  type TimeSeries,
} from './metric-math.js';

const series: Record<string, TimeSeries> = {
  errors: { timestamps: [1, 2, 3], values: [1, 0, 5] },
  calls: { timestamps: [1, 2, 4], values: [10, 20, 40] },
};

function run(expression: string) {
  return evaluateExpression(parseExpression('e1', expression), (id) => series[id]!);
}

describe('metric math', () => {
  it.each([
    ['errors * 100', { timestamps: [1, 2, 3], values: [100, 0, 500] }],
    ['100 * errors / calls', { timestamps: [1, 2], values: [10, 0] }],
    ['-(errors + 1)', { timestamps: [1, 2, 3], values: [-2, -1, -6] }],
    ['calls / errors', { timestamps: [1], values: [10] }],
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
  ])('evaluates %s', (expression, expected) => {
    expect(run(expression)).toEqual(expected);
  });

  it('lists the ids it reads', () => {
    expect(referencedIds(parseExpression('e1', 'errors / (calls + errors)'))).toEqual([
      'errors',
      'calls',
      'errors',
    ]);
  });

  it.each([
    ['SUM(METRICS())', /function SUM is not supported/],
    ['errors +', /unexpected end/],
    ['(errors', /missing closing parenthesis/],
    ['errors $ calls', /unexpected "\$"/],
  ])('refuses %s naming the problem', (expression, message) => {
    expect(() => parseExpression('e1', expression)).toThrow(message);
    expect(() => parseExpression('e1', expression)).toThrow(MonitoringError);
  });
});
