import { dictionaryOf } from "../columns/typedColumn.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";

// Internal: the groups of an estimate, found in one pass (not exported by the package).

/** The group of every row, for one or several `by` columns. */
export interface GroupIndex {
  /** The `by` columns, in order. */
  readonly columns: readonly string[];
  /** The key of each group (one value per `by` column), groups sorted by key. */
  readonly keys: readonly (readonly string[])[];
  /** Per row, the index of its group in `keys`; -1 when a `by` value is null. */
  readonly of: Int32Array;
}

/** The `by` option of an estimator as a list of columns. */
export function byColumns(by: string | readonly string[] | undefined): string[] {
  if (by === undefined) return [];
  return typeof by === "string" ? [by] : [...by];
}

/**
 * Groups the rows by the values of `columns` (none: one group holding every row), with the keys
 * sorted as strings column after column — the order every estimator reports its groups in.
 */
export function groupIndex(design: SurveyDesign, columns: readonly string[]): GroupIndex {
  // Tables are immutable: the groups of a table by given columns are found once, then reused by
  // every estimate (each question of a report, every item of a questionnaire).
  const key = JSON.stringify(columns);
  const known = cache.get(design.table)?.get(key);
  if (known) return known;
  const index = findGroups(design, columns);
  const byTable = cache.get(design.table) ?? new Map<string, GroupIndex>();
  byTable.set(key, index);
  cache.set(design.table, byTable);
  return index;
}

const cache = new WeakMap<object, Map<string, GroupIndex>>();

function findGroups(design: SurveyDesign, columns: readonly string[]): GroupIndex {
  const n = design.table.numRows();
  if (columns.length === 0) return { columns, keys: [[]], of: new Int32Array(n) };
  const parts = columns.map((c) => dictionaryOf(design.table, c));
  // A row's tuple of codes as one number (mixed radix), then the tuples seen, sorted by their strings.
  const radix = parts.map((p) => p.dict.length);
  const tuple = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let t = 0;
    for (let k = 0; k < parts.length; k++) {
      const c = parts[k]!.codes[i]!;
      if (c < 0) {
        t = -1;
        break;
      }
      t = t * radix[k]! + c;
    }
    tuple[i] = t;
  }
  const seen = new Map<number, string[]>();
  for (let i = 0; i < n; i++) {
    const t = tuple[i]!;
    if (t < 0 || seen.has(t)) continue;
    const key: string[] = new Array(parts.length);
    let rest = t;
    for (let k = parts.length - 1; k >= 0; k--) {
      key[k] = parts[k]!.dict[rest % radix[k]!]!;
      rest = Math.floor(rest / radix[k]!);
    }
    seen.set(t, key);
  }
  const sorted = [...seen.entries()].sort(([, a], [, b]) => {
    for (let k = 0; k < a.length; k++) {
      if (a[k]! < b[k]!) return -1;
      if (a[k]! > b[k]!) return 1;
    }
    return 0;
  });
  const position = new Map(sorted.map(([t], g) => [t, g]));
  const of = new Int32Array(n);
  for (let i = 0; i < n; i++) of[i] = tuple[i]! < 0 ? -1 : position.get(tuple[i]!)!;
  return { columns, keys: sorted.map(([, k]) => k), of };
}

/** The key columns of a group, as fields of a result row. */
export function keyFields(index: GroupIndex, g: number): Record<string, string> {
  const key = index.keys[g]!;
  return Object.fromEntries(index.columns.map((c, k) => [c, key[k]!]));
}
