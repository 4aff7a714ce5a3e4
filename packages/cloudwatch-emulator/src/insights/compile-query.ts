import type { Command, Query } from './ast.js';
import { type CompileContext, compileExpression } from './compile-expression.js';
import { malformedQuery } from './errors.js';
import { compileRegex, globToRegex, namedGroups } from './patterns.js';
import {
  AssignStage,
  DedupStage,
  FilterStage,
  LimitStage,
  MatchCountStage,
  ParseStage,
  type SortSpec,
  SortStage,
  type Stage,
} from './stages.js';
import { compileStats } from './stats-stage.js';

export interface PipelineStatistics {
  recordsMatched: number;
}

/** A query ready to run: the columns of its result and how to build its pipeline. */
export interface CompiledQuery {
  columns: string[];
  /** False once `stats` ran: its rows are not events and have no `@ptr`. */
  eventRows: boolean;
  createPipeline(sink: Stage, statistics: PipelineStatistics, rowLimit: number): Stage;
}

type StageFactory = (next: Stage) => Stage;
type Step =
  | { kind: 'stage'; create: StageFactory }
  | { kind: 'sort'; keys: SortSpec[] }
  | { kind: 'limit'; count: number }
  | { kind: 'count' };

const DEFAULT_COLUMNS = ['@timestamp', '@message'];
const MOST_RECENT_FIRST: SortSpec[] = [
  { evaluate: (row) => row.get('@timestamp'), descending: true },
];

/**
 * Checks a parsed query and plans it. Events come most recent first unless the query sorts or
 * aggregates; `recordsMatched` counts the rows that reach the first stats, limit or dedup.
 */
export function compileQuery(query: Query): CompiledQuery {
  const steps: Step[] = [];
  const context: CompileContext = { query: query.text };
  let columns: string[] | null = null;
  const parsedFields: string[] = [];
  let eventRows = true;
  let sorted = false;
  let counted = false;

  // A sort drops no rows, so counting before a trailing one lets it join the limit after it.
  const count = () => {
    if (counted) return;
    let at = steps.length;
    while (at > 0 && steps[at - 1]!.kind === 'sort') at--;
    steps.splice(at, 0, { kind: 'count' });
    counted = true;
  };
  const beforeNarrowing = () => {
    count();
    if (eventRows && !sorted) steps.push({ kind: 'sort', keys: MOST_RECENT_FIRST });
    sorted = true;
  };

  query.commands.forEach((command, index) => {
    const after = query.commands[index + 1];
    if (command.kind === 'dedup' && after && after.kind !== 'limit') {
      throw malformedQuery(query.text, after.span, 'Only limit can follow dedup');
    }
    switch (command.kind) {
      case 'fields': {
        const assignments = command.projections
          .filter((p) => p.aliased || p.expression.kind !== 'field')
          .map((p) => ({ name: p.name, evaluate: compileExpression(p.expression, context) }));
        if (assignments.length > 0) {
          steps.push({ kind: 'stage', create: (next) => new AssignStage(assignments, next) });
        }
        columns = union(
          columns ?? [],
          command.projections.map((p) => p.name),
        );
        break;
      }
      case 'display':
        columns = command.fields.map((field) => field.name);
        break;
      case 'filter': {
        const condition = compileExpression(command.condition, context);
        steps.push({ kind: 'stage', create: (next) => new FilterStage(condition, next) });
        break;
      }
      case 'parse': {
        const { create, names } = compileParse(command, context);
        steps.push({ kind: 'stage', create });
        if (columns) columns = union(columns, names);
        else parsedFields.push(...names);
        break;
      }
      case 'stats': {
        count();
        const stats = compileStats(command.aggregates, command.groups, context);
        steps.push({ kind: 'stage', create: stats.create });
        columns = stats.columns;
        context.columns = new Set(stats.columns);
        eventRows = false;
        sorted = true;
        break;
      }
      case 'sort': {
        const keys = command.keys.map((key) => ({
          evaluate: compileExpression(key.expression, context),
          descending: key.descending,
        }));
        steps.push({ kind: 'sort', keys });
        sorted = true;
        break;
      }
      case 'limit':
        beforeNarrowing();
        steps.push({ kind: 'limit', count: command.count });
        break;
      case 'dedup': {
        beforeNarrowing();
        const fields = command.fields.map((field) => field.name);
        steps.push({ kind: 'stage', create: (next) => new DedupStage(fields, next) });
        break;
      }
    }
  });
  beforeNarrowing();

  return {
    columns: columns ?? union(DEFAULT_COLUMNS, parsedFields),
    eventRows,
    createPipeline: (sink, statistics, rowLimit) =>
      buildPipeline([...steps, { kind: 'limit', count: rowLimit }], sink, statistics),
  };
}

function compileParse(command: Extract<Command, { kind: 'parse' }>, context: CompileContext) {
  const source = compileExpression(command.source, context);
  const pattern = command.pattern;
  let regex: RegExp;
  let captures: Array<{ name: string; group: number | string }>;

  if (pattern.kind === 'glob') {
    const stars = pattern.pattern.split('*').length - 1;
    if (stars !== pattern.names.length) {
      const names = pattern.names.length;
      const problem = `The parse pattern has ${stars} * but ${names} names follow as`;
      throw malformedQuery(context.query, pattern.span, problem);
    }
    regex = globToRegex(pattern.pattern);
    captures = pattern.names.map((field, i) => ({ name: field.name, group: i + 1 }));
  } else {
    regex = compileRegex(context.query, pattern.span, pattern.source);
    const names = namedGroups(regex);
    if (names.length === 0) {
      const problem = 'A parse regex needs named groups such as (?<user>\\w+)';
      throw malformedQuery(context.query, pattern.span, problem);
    }
    captures = names.map((name) => ({ name, group: name }));
  }
  return {
    names: captures.map((capture) => capture.name),
    create: (next: Stage) => new ParseStage(source, regex, captures, next),
  };
}

/** Builds the stages back to front; a sort right before a limit keeps only what it needs. */
function buildPipeline(steps: Step[], sink: Stage, statistics: PipelineStatistics): Stage {
  let next = sink;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    const following = steps[i + 1];
    switch (step.kind) {
      case 'stage':
        next = step.create(next);
        break;
      case 'count':
        next = new MatchCountStage(statistics, next);
        break;
      case 'limit':
        next = new LimitStage(step.count, next);
        break;
      case 'sort': {
        const limit = following?.kind === 'limit' ? following.count : undefined;
        next = new SortStage(step.keys, limit, next);
        break;
      }
    }
  }
  return next;
}

function union(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}
