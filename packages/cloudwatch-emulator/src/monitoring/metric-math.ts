import { validationError } from './errors.js';

/** A time series of one query, timestamps ascending. */
export interface TimeSeries {
  timestamps: number[];
  values: number[];
}

type Node =
  | { type: 'number'; value: number }
  | { type: 'id'; id: string }
  | { type: 'negate'; operand: Node }
  | { type: 'binary'; operator: '+' | '-' | '*' | '/'; left: Node; right: Node };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(.))/y;

/**
 * Arithmetic of metric math: query ids, numbers, + - * /, unary minus and parentheses. Functions
 * (SUM, METRICS, FILL, …) and SEARCH are refused by name rather than answered wrongly.
 */
export function parseExpression(queryId: string, expression: string): Node {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    const match = TOKEN.exec(expression);
    if (!match) break;
    const token = match[1] ?? match[2] ?? match[3];
    if (token !== undefined) tokens.push(token);
  }
  let position = 0;
  const fail = (what: string): never => {
    throw validationError(`Error in expression ${queryId}: ${what} in "${expression}".`);
  };

  const primary = (): Node => {
    const token = tokens[position++];
    if (token === undefined) return fail('unexpected end');
    if (token === '(') {
      const inner = sum();
      if (tokens[position++] !== ')') fail('missing closing parenthesis');
      return inner;
    }
    if (token === '-') return { type: 'negate', operand: primary() };
    if (/^\d/.test(token)) return { type: 'number', value: Number(token) };
    if (/^[A-Za-z_]/.test(token)) {
      if (tokens[position] === '(') {
        fail(
          `the function ${token} is not supported by this emulator ` +
            '(only + - * / of query ids and numbers)',
        );
      }
      return { type: 'id', id: token };
    }
    return fail(`unexpected "${token}"`);
  };
  const product = (): Node => {
    let node = primary();
    while (tokens[position] === '*' || tokens[position] === '/') {
      const operator = tokens[position++] as '*' | '/';
      node = { type: 'binary', operator, left: node, right: primary() };
    }
    return node;
  };
  const sum = (): Node => {
    let node = product();
    while (tokens[position] === '+' || tokens[position] === '-') {
      const operator = tokens[position++] as '+' | '-';
      node = { type: 'binary', operator, left: node, right: product() };
    }
    return node;
  };

  const root = sum();
  if (position < tokens.length) fail(`unexpected "${tokens[position]}"`);
  return root;
}

/** Query ids the expression reads. */
export function referencedIds(node: Node): string[] {
  switch (node.type) {
    case 'number':
      return [];
    case 'id':
      return [node.id];
    case 'negate':
      return referencedIds(node.operand);
    case 'binary':
      return [...referencedIds(node.left), ...referencedIds(node.right)];
  }
}

/**
 * Evaluates point by point. Two series combine only at timestamps both have; a result that is
 * not a finite number (division by zero) leaves the point out.
 */
export function evaluateExpression(
  node: Node,
  lookup: (id: string) => TimeSeries,
): TimeSeries | number {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'id':
      return lookup(node.id);
    case 'negate':
      return combine(-1, evaluateExpression(node.operand, lookup), '*');
    case 'binary':
      return combine(
        evaluateExpression(node.left, lookup),
        evaluateExpression(node.right, lookup),
        node.operator,
      );
  }
}

function apply(operator: string, a: number, b: number): number {
  if (operator === '+') return a + b;
  if (operator === '-') return a - b;
  if (operator === '*') return a * b;
  return a / b;
}

function combine(
  left: TimeSeries | number,
  right: TimeSeries | number,
  operator: string,
): TimeSeries | number {
  if (typeof left === 'number' && typeof right === 'number') return apply(operator, left, right);
  const result: TimeSeries = { timestamps: [], values: [] };
  const push = (timestamp: number, value: number) => {
    if (!Number.isFinite(value)) return;
    result.timestamps.push(timestamp);
    result.values.push(value);
  };
  if (typeof left === 'number' || typeof right === 'number') {
    const series = (typeof left === 'number' ? right : left) as TimeSeries;
    series.timestamps.forEach((timestamp, i) => {
      const value = series.values[i]!;
      push(
        timestamp,
        typeof left === 'number'
          ? apply(operator, left, value)
          : apply(operator, value, right as number),
      );
    });
    return result;
  }
  let i = 0;
  let j = 0;
  while (i < left.timestamps.length && j < right.timestamps.length) {
    const a = left.timestamps[i]!;
    const b = right.timestamps[j]!;
    if (a < b) i++;
    else if (b < a) j++;
    else {
      push(a, apply(operator, left.values[i++]!, right.values[j++]!));
    }
  }
  return result;
}
