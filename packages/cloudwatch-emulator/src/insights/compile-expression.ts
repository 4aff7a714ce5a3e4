import { AGGREGATE_ARITY, type Evaluate } from './aggregates.js';
import type { BinaryExpression, CallExpression, Expression, MatchExpression } from './ast.js';
import { malformedQuery } from './errors.js';
import { SCALAR_FUNCTIONS, UNSUPPORTED_FUNCTIONS } from './functions.js';
import { compileRegex } from './patterns.js';
import { ceilToPeriod, floorToPeriod, type Period, toPeriod } from './periods.js';
import type { Row } from './rows.js';
import { compareValues, Instant, isTruthy, toNumber, toText, valuesEqual } from './values.js';

export type { Evaluate };

export interface CompileContext {
  query: string;
  /** Columns an earlier `stats` made: an expression written like one of them reads it. */
  columns?: ReadonlySet<string>;
  /** While compiling what `stats` outputs: where each aggregate call's result is kept. */
  aggregateSlots?: ReadonlyMap<CallExpression, string>;
}

/** Turns an expression into a function of a row, checking names and arguments on the way. */
export function compileExpression(expression: Expression, context: CompileContext): Evaluate {
  const fail = (problem: string, span = expression.span) =>
    malformedQuery(context.query, span, problem);

  if (expression.kind !== 'field' && context.columns) {
    const text = context.query.slice(expression.span.start, expression.span.end);
    if (context.columns.has(text)) return (row) => row.get(text);
  }

  switch (expression.kind) {
    case 'field': {
      const name = expression.name;
      return (row) => row.get(name);
    }
    case 'string':
    case 'number': {
      const value = expression.value;
      return () => value;
    }
    case 'period':
      throw fail('A period such as 5m can only be an argument of bin, datefloor or dateceil');
    case 'regex':
      throw fail('A /regular expression/ can only follow like, =~ or parse');
    case 'star':
      throw fail('* can only be the argument of count(*)');
    case 'unary': {
      const operand = compileExpression(expression.operand, context);
      if (expression.operator === 'not') return (row) => !isTruthy(operand(row));
      return (row) => {
        const n = toNumber(operand(row));
        return n === null ? null : -n;
      };
    }
    case 'binary':
      return compileBinary(expression, context);
    case 'match':
      return compileMatch(expression, context);
    case 'in': {
      const operand = compileExpression(expression.operand, context);
      const items = expression.items.map((item) => compileExpression(item, context));
      const negated = expression.negated;
      return (row) => {
        const value = operand(row);
        if (value === null) return false;
        const found = items.some((item) => valuesEqual(value, item(row)));
        return negated ? !found : found;
      };
    }
    case 'call':
      return compileCall(expression, context);
  }
}

function compileBinary(expression: BinaryExpression, context: CompileContext): Evaluate {
  const left = compileExpression(expression.left, context);
  const right = compileExpression(expression.right, context);
  switch (expression.operator) {
    case 'and':
      return (row) => isTruthy(left(row)) && isTruthy(right(row));
    case 'or':
      return (row) => isTruthy(left(row)) || isTruthy(right(row));
    case '=':
      return (row) => valuesEqual(left(row), right(row));
    case '!=':
      // A missing field is neither equal nor unequal to anything, as in SQL.
      return (row) => {
        const a = left(row);
        const b = right(row);
        return a !== null && b !== null && !valuesEqual(a, b);
      };
    case '<':
      return ordered(left, right, (c) => c < 0);
    case '<=':
      return ordered(left, right, (c) => c <= 0);
    case '>':
      return ordered(left, right, (c) => c > 0);
    case '>=':
      return ordered(left, right, (c) => c >= 0);
    default:
      return arithmetic(expression.operator, left, right);
  }
}

function ordered(left: Evaluate, right: Evaluate, test: (comparison: number) => boolean) {
  return (row: Row) => {
    const comparison = compareValues(left(row), right(row));
    return comparison !== null && test(comparison);
  };
}

const ARITHMETIC: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '^': (a, b) => a ** b,
};

/** Arithmetic on numbers; a missing or non-numeric side, or a division by 0, gives no value. */
function arithmetic(operator: string, left: Evaluate, right: Evaluate): Evaluate {
  const apply = ARITHMETIC[operator]!;
  return (row) => {
    const a = toNumber(left(row));
    const b = toNumber(right(row));
    if (a === null || b === null) return null;
    const result = apply(a, b);
    return Number.isFinite(result) ? result : null;
  };
}

function compileMatch(expression: MatchExpression, context: CompileContext): Evaluate {
  const operand = compileExpression(expression.operand, context);
  const negated = expression.negated;
  const pattern = expression.pattern;
  let test: (text: string) => boolean;
  if (pattern.kind === 'string') {
    const needle = pattern.value;
    test = (text) => text.includes(needle);
  } else {
    const regex = compileRegex(context.query, pattern.span, pattern.source);
    test = (text) => regex.test(text);
  }
  return (row) => {
    const text = toText(operand(row));
    return text !== null && test(text) !== negated;
  };
}

function compileCall(call: CallExpression, context: CompileContext): Evaluate {
  const fail = (problem: string) => malformedQuery(context.query, call.nameSpan, problem);
  const written = context.query.slice(call.nameSpan.start, call.nameSpan.end);

  if (AGGREGATE_ARITY[call.name]) {
    const slot = context.aggregateSlots?.get(call);
    if (slot === undefined) {
      throw fail(`The aggregate function ${written}() can only be used in stats`);
    }
    return (row) => row.get(slot);
  }
  if (call.name === 'bin' || call.name === 'datefloor' || call.name === 'dateceil') {
    return compileTimeFunction(call, context);
  }
  const definition = SCALAR_FUNCTIONS[call.name];
  if (!definition) {
    if (UNSUPPORTED_FUNCTIONS.has(call.name)) {
      throw fail(`The function ${written}() is not supported by this emulator`);
    }
    throw fail(`Unknown function ${written}()`);
  }
  checkArity(call, context, definition.minArgs, definition.maxArgs);
  const args = call.args.map((arg) => compileExpression(arg, context));
  const apply = definition.apply;
  if (args.length === 1) {
    const only = args[0]!;
    return (row) => apply([only(row)]);
  }
  return (row) => apply(args.map((arg) => arg(row)));
}

/** `bin(period)` floors `@timestamp`; `datefloor(t, period)`, `dateceil(t, period)` any time. */
function compileTimeFunction(call: CallExpression, context: CompileContext): Evaluate {
  const isBin = call.name === 'bin';
  checkArity(call, context, isBin ? 1 : 2, isBin ? 1 : 2);
  const periodArg = call.args[isBin ? 0 : 1]!;
  const period = toPeriodArgument(periodArg, context);
  const time = isBin
    ? (row: Row) => row.get('@timestamp')
    : compileExpression(call.args[0]!, context);
  const round = call.name === 'dateceil' ? ceilToPeriod : floorToPeriod;
  return (row) => {
    const ms = toNumber(time(row));
    return ms === null ? null : new Instant(round(ms, period));
  };
}

function toPeriodArgument(arg: Expression, context: CompileContext): Period {
  if (arg.kind !== 'period') {
    throw malformedQuery(context.query, arg.span, 'Expected a period such as 5m or 1h');
  }
  const period = toPeriod(arg.amount, arg.unit);
  if (typeof period === 'string') throw malformedQuery(context.query, arg.span, period);
  return period;
}

export function checkArity(
  call: CallExpression,
  context: CompileContext,
  min: number,
  max: number,
) {
  const count = call.args.length;
  if (count >= min && count <= max) return;
  const written = context.query.slice(call.nameSpan.start, call.nameSpan.end);
  const expected =
    min === max
      ? `${min}`
      : max === Number.POSITIVE_INFINITY
        ? `at least ${min}`
        : `${min} to ${max}`;
  const noun = min === 1 && max === 1 ? 'argument' : 'arguments';
  throw malformedQuery(
    context.query,
    call.span,
    `${written}() takes ${expected} ${noun}, got ${count}`,
  );
}
