import type { Evaluate } from './aggregates.js';
import type { Row } from './rows.js';
import { compareSortKeys, type SortKeyValue, toSortKey } from './sort-order.js';
import { BoundedHeap } from './top-n.js';
import { groupingKey, isTruthy, toText } from './values.js';

/**
 * One command of a running query. Rows stream through `push`; `finish` ends the stream, and a
 * command that needs every row first (sort, stats) sends its rows on only then.
 */
export interface Stage {
  push(row: Row): void;
  finish(): void;
}

export class FilterStage implements Stage {
  constructor(
    private readonly condition: Evaluate,
    private readonly next: Stage,
  ) {}
  push(row: Row): void {
    if (isTruthy(this.condition(row))) this.next.push(row);
  }
  finish(): void {
    this.next.finish();
  }
}

/** Sets fields on each row, in order, so that later ones can read earlier ones. */
export class AssignStage implements Stage {
  constructor(
    private readonly assignments: Array<{ name: string; evaluate: Evaluate }>,
    private readonly next: Stage,
  ) {}
  push(row: Row): void {
    for (const { name, evaluate } of this.assignments) row.set(name, evaluate(row));
    this.next.push(row);
  }
  finish(): void {
    this.next.finish();
  }
}

/** `parse`: the captures of a pattern become fields; a text that does not match sets none. */
export class ParseStage implements Stage {
  constructor(
    private readonly source: Evaluate,
    private readonly regex: RegExp,
    private readonly captures: Array<{ name: string; group: number | string }>,
    private readonly next: Stage,
  ) {}
  push(row: Row): void {
    const text = toText(this.source(row));
    const match = text === null ? null : this.regex.exec(text);
    for (const { name, group } of this.captures) {
      const value = match
        ? typeof group === 'number'
          ? match[group]
          : match.groups?.[group]
        : undefined;
      row.set(name, value ?? null);
    }
    this.next.push(row);
  }
  finish(): void {
    this.next.finish();
  }
}

export class LimitStage implements Stage {
  private passed = 0;
  constructor(
    private readonly count: number,
    private readonly next: Stage,
  ) {}
  push(row: Row): void {
    if (this.passed < this.count) {
      this.passed++;
      this.next.push(row);
    }
  }
  finish(): void {
    this.next.finish();
  }
}

/** Counts the rows that reach it into the query's `recordsMatched`. */
export class MatchCountStage implements Stage {
  constructor(
    private readonly statistics: { recordsMatched: number },
    private readonly next: Stage,
  ) {}
  push(row: Row): void {
    this.statistics.recordsMatched++;
    this.next.push(row);
  }
  finish(): void {
    this.next.finish();
  }
}

/** Keeps the first row of each combination of values; rows missing one of them all pass. */
export class DedupStage implements Stage {
  private readonly seen = new Set<string>();
  constructor(
    private readonly fields: string[],
    private readonly next: Stage,
  ) {}
  push(row: Row): void {
    const values = this.fields.map((name) => row.get(name));
    if (values.some((value) => value === null)) {
      this.next.push(row);
      return;
    }
    const key = values.map(groupingKey).join('\u001f');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.next.push(row);
  }
  finish(): void {
    this.next.finish();
  }
}

export interface SortSpec {
  evaluate: Evaluate;
  descending: boolean;
}

interface SortEntry {
  row: Row;
  keys: SortKeyValue[];
  sequence: number;
}

/**
 * `sort`, and `sort | limit N` as one step: with a limit, only the best N rows are kept while
 * rows stream in. Ties keep their arrival order; missing values go last either way.
 */
export class SortStage implements Stage {
  private readonly entries: SortEntry[] = [];
  private readonly heap: BoundedHeap<SortEntry> | undefined;
  private sequence = 0;
  private readonly compare: (a: SortEntry, b: SortEntry) => number;

  constructor(
    private readonly keys: SortSpec[],
    limit: number | undefined,
    private readonly next: Stage,
  ) {
    const directions = keys.map((key) => key.descending);
    this.compare = (a, b) => {
      for (let i = 0; i < directions.length; i++) {
        const x = a.keys[i]!;
        const y = b.keys[i]!;
        if (x === y) continue;
        if (x === null || y === null) return x === null ? 1 : -1;
        const order = compareSortKeys(x, y);
        if (order !== 0) return directions[i] ? -order : order;
      }
      return a.sequence - b.sequence;
    };
    if (limit !== undefined) this.heap = new BoundedHeap(limit, this.compare);
  }

  push(row: Row): void {
    const entry: SortEntry = {
      row,
      keys: this.keys.map((key) => toSortKey(key.evaluate(row))),
      sequence: this.sequence++,
    };
    if (this.heap) this.heap.push(entry);
    else this.entries.push(entry);
  }

  finish(): void {
    const sorted = this.heap ? this.heap.drain() : this.entries.sort(this.compare);
    for (const entry of sorted) this.next.push(entry.row);
    this.next.finish();
  }
}

/** The end of the pipeline: the rows of the result. */
export class Collector implements Stage {
  readonly rows: Row[] = [];
  push(row: Row): void {
    this.rows.push(row);
  }
  finish(): void {}
}
