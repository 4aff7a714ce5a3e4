import type { SourceSpan } from './errors.js';

export type BinaryOperator =
  | 'and'
  | 'or'
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '^';

interface Node {
  span: SourceSpan;
}

export interface FieldExpression extends Node {
  kind: 'field';
  name: string;
}
export interface StringExpression extends Node {
  kind: 'string';
  value: string;
}
export interface NumberExpression extends Node {
  kind: 'number';
  value: number;
}
/** A time period such as `5m`, only meaningful as an argument of a datetime function. */
export interface PeriodExpression extends Node {
  kind: 'period';
  amount: number;
  unit: string;
}
export interface RegexExpression extends Node {
  kind: 'regex';
  source: string;
}
/** The `*` of `count(*)`. */
export interface StarExpression extends Node {
  kind: 'star';
}
export interface UnaryExpression extends Node {
  kind: 'unary';
  operator: 'not' | '-';
  operand: Expression;
}
export interface BinaryExpression extends Node {
  kind: 'binary';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}
/** `like` and `=~`: a substring (string pattern) or regular expression (regex pattern) match. */
export interface MatchExpression extends Node {
  kind: 'match';
  negated: boolean;
  operand: Expression;
  pattern: StringExpression | RegexExpression;
}
export interface InExpression extends Node {
  kind: 'in';
  negated: boolean;
  operand: Expression;
  items: Expression[];
}
export interface CallExpression extends Node {
  kind: 'call';
  /** Lower-cased: function names are case-insensitive (`isPresent` and `ispresent`). */
  name: string;
  args: Expression[];
  nameSpan: SourceSpan;
}

export type Expression =
  | FieldExpression
  | StringExpression
  | NumberExpression
  | PeriodExpression
  | RegexExpression
  | StarExpression
  | UnaryExpression
  | BinaryExpression
  | MatchExpression
  | InExpression
  | CallExpression;

/** An expression and the column it produces: its alias, or else its text as written. */
export interface Projection {
  expression: Expression;
  name: string;
  aliased: boolean;
}

export interface FieldName {
  name: string;
  span: SourceSpan;
}

export interface SortKey {
  expression: Expression;
  descending: boolean;
}

export type ParsePattern =
  | { kind: 'glob'; pattern: string; names: FieldName[]; span: SourceSpan }
  | { kind: 'regex'; source: string; span: SourceSpan };

export type Command =
  | { kind: 'fields'; projections: Projection[]; span: SourceSpan }
  | { kind: 'display'; fields: FieldName[]; span: SourceSpan }
  | { kind: 'filter'; condition: Expression; span: SourceSpan }
  | { kind: 'stats'; aggregates: Projection[]; groups: Projection[]; span: SourceSpan }
  | { kind: 'sort'; keys: SortKey[]; span: SourceSpan }
  | { kind: 'limit'; count: number; span: SourceSpan }
  | { kind: 'parse'; source: Expression; pattern: ParsePattern; span: SourceSpan }
  | { kind: 'dedup'; fields: FieldName[]; span: SourceSpan };

export interface Query {
  /** The query text, kept for error positions and for naming columns after their text. */
  text: string;
  commands: Command[];
}
