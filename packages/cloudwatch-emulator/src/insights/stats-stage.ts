import { type Accumulator, AGGREGATE_ARITY, accumulatorFactory } from './aggregates.js';
import type { CallExpression, Expression, Projection } from './ast.js';
import {
  type CompileContext,
  checkArity,
  compileExpression,
  type Evaluate,
} from './compile-expression.js';
import { malformedQuery } from './errors.js';
import { GroupRow, type Row } from './rows.js';
import type { Stage } from './stages.js';
import { groupingKey, Instant, type Value } from './values.js';

interface Group {
  values: Value[];
  accumulators: Accumulator[];
}

export interface CompiledStats {
  /** The columns of the rows it outputs: the group-by names, then the aggregates. */
  columns: string[];
  create(next: Stage): Stage;
}

/**
 * Compiles `stats aggregates by groups`. Each aggregate call gets a hidden slot; the projection
 * around it (`sum(a) / count(*)`) is evaluated on the finished group, reading the slots.
 */
export function compileStats(
  aggregates: Projection[],
  groups: Projection[],
  context: CompileContext,
): CompiledStats {
  const slots = new Map<CallExpression, string>();
  const factories: Array<() => Accumulator> = [];

  for (const projection of aggregates) {
    const calls = aggregateCalls(projection.expression, context);
    if (calls.length === 0) {
      // An unknown or unsupported function is the better message, so compiling comes first.
      compileExpression(projection.expression, context);
      throw malformedQuery(
        context.query,
        projection.expression.span,
        `stats needs an aggregate function such as count(*), got ${projection.name}`,
      );
    }
    for (const call of calls) {
      slots.set(call, slotName(factories.length));
      factories.push(compileAggregate(call, context));
    }
  }
  const outputs = aggregates.map((projection) => ({
    name: projection.name,
    // Without the earlier columns: `count(*)` here is this stats' count, not a column named so.
    evaluate: compileExpression(projection.expression, {
      query: context.query,
      aggregateSlots: slots,
    }),
  }));
  const groupNames = groups.map((group) => group.name);
  const groupBy = groups.map((group) => compileExpression(group.expression, context));

  return {
    columns: [...groupNames, ...outputs.map((output) => output.name)],
    create: (next) => new StatsStage(groupBy, groupNames, factories, outputs, next),
  };
}

/** Where an aggregate's result waits for the projection around it; no query can name it. */
function slotName(index: number): string {
  return `\u0000aggregate${index}`;
}

/** The aggregate calls of an expression, refusing one nested in another. */
function aggregateCalls(expression: Expression, context: CompileContext): CallExpression[] {
  const found: CallExpression[] = [];
  const visit = (node: Expression, inside: boolean) => {
    if (node.kind === 'call' && AGGREGATE_ARITY[node.name]) {
      if (inside) {
        throw malformedQuery(context.query, node.span, 'Aggregate functions cannot be nested');
      }
      found.push(node);
      for (const arg of node.args) visit(arg, true);
      return;
    }
    for (const child of children(node)) visit(child, inside);
  };
  visit(expression, false);
  return found;
}

function children(node: Expression): Expression[] {
  switch (node.kind) {
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'match':
      return [node.operand];
    case 'in':
      return [node.operand, ...node.items];
    case 'call':
      return node.args;
    default:
      return [];
  }
}

function compileAggregate(call: CallExpression, context: CompileContext): () => Accumulator {
  const [min, max] = AGGREGATE_ARITY[call.name]!;
  checkArity(call, context, min, max);
  const [first, second] = call.args;

  if (!first || first.kind === 'star') {
    if (call.name !== 'count') {
      const span = first?.span ?? call.span;
      throw malformedQuery(context.query, span, `${call.name}() needs a field, not *`);
    }
    return accumulatorFactory('count', null);
  }
  const argument = compileExpression(first, context);
  if (call.name !== 'pct') return accumulatorFactory(call.name, argument);

  if (second?.kind !== 'number' || second.value < 0 || second.value > 100) {
    const span = second?.span ?? call.span;
    throw malformedQuery(context.query, span, 'pct() needs a percentile from 0 to 100');
  }
  return accumulatorFactory('pct', argument, second.value);
}

class StatsStage implements Stage {
  private readonly groups = new Map<string, Group>();

  constructor(
    private readonly groupBy: Evaluate[],
    private readonly groupNames: string[],
    private readonly factories: Array<() => Accumulator>,
    private readonly outputs: Array<{ name: string; evaluate: Evaluate }>,
    private readonly next: Stage,
  ) {}

  push(row: Row): void {
    let key = '';
    let values: Value[];
    if (this.groupBy.length === 1) {
      const value = this.groupBy[0]!(row);
      key = groupingKey(value);
      values = [value];
    } else {
      values = this.groupBy.map((evaluate) => evaluate(row));
      key = values.map(groupingKey).join('\u001f');
    }

    let group = this.groups.get(key);
    if (!group) {
      group = { values, accumulators: this.factories.map((create) => create()) };
      this.groups.set(key, group);
    }
    for (const accumulator of group.accumulators) accumulator.add(row);
  }

  finish(): void {
    for (const group of this.ordered()) {
      const row = new GroupRow();
      for (const [i, value] of group.values.entries()) row.set(this.groupNames[i]!, value);
      for (const [i, accumulator] of group.accumulators.entries()) {
        row.set(slotName(i), accumulator.result());
      }
      for (const output of this.outputs) row.set(output.name, output.evaluate(row));
      this.next.push(row);
    }
    this.next.finish();
  }

  /**
   * Groups by time come most recent first, as events do by default; other groups keep the
   * order in which their first event arrived.
   */
  private ordered(): Group[] {
    const groups = [...this.groups.values()];
    const timeColumn = groups[0]?.values.findIndex((value) => value instanceof Instant) ?? -1;
    if (timeColumn < 0) return groups;
    const time = (group: Group) => {
      const value = group.values[timeColumn];
      return value instanceof Instant ? value.ms : Number.NEGATIVE_INFINITY;
    };
    return groups.sort((a, b) => time(b) - time(a));
  }
}
