import type { ColumnTable } from "arquero";
import { StatsError } from "../statsError.ts";

/**
 * A code column held as a dictionary: one small integer per row indexing a list of distinct strings
 * (a negative index is `null`). The ingest package builds its canonical columns this way; any
 * arquero column object with these two fields is read directly by the estimators, without turning a
 * million codes into a million strings. A plain array column is encoded once instead.
 */
export interface DictionaryColumn {
  /** Per row, the index of its string in `dict`; negative for `null`. */
  readonly codes: Int8Array | Int16Array | Int32Array;
  /** The distinct strings. */
  readonly dict: readonly string[];
}

/** A number column held as a `Float64Array`, `NaN` standing for `null` (the ingest's number columns). */
export interface Float64Column {
  readonly values: Float64Array;
}

/** A boolean column held as bytes: 0 = `null`, 1 = `false`, 2 = `true` (the ingest's indicator columns). */
export interface ByteBooleanColumn {
  readonly values: Uint8Array;
}

/** A column with no value at all (a question nobody was asked or answered): the ingest's empty columns. */
export interface AllNullColumn {
  readonly allNull: true;
}

const isAllNull = (c: unknown): boolean => (c as Partial<AllNullColumn> | null)?.allNull === true;

function columnObject(table: ColumnTable, column: string): unknown {
  if (!table.columnNames().includes(column)) throw new StatsError("unknown_column", { column });
  return table.column(column);
}

/** The rows a filtered or ordered table shows (arquero keeps the full columns underneath). */
function rowIndices(t: ColumnTable): Int32Array | null {
  if (!t.isFiltered() && !t.isOrdered()) return null;
  return Int32Array.from(t.indices());
}

/**
 * A code column as dictionary codes (the column's own when it is a {@link DictionaryColumn}, else
 * encoded once): the fast way for an estimator to read a question's answers.
 * @throws StatsError when a value is not a string (no coercion), naming the column, row and value.
 */
export function dictionaryOf(table: ColumnTable, column: string): { codes: Int32Array; dict: readonly string[] } {
  const c = columnObject(table, column) as Partial<DictionaryColumn> | null;
  const rows = rowIndices(table);
  const n = table.numRows();
  if (isAllNull(c)) return { codes: new Int32Array(n).fill(-1), dict: [] };
  if (c && ArrayBuffer.isView(c.codes) && Array.isArray(c.dict)) {
    const src = c.codes;
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = src[rows ? rows[i]! : i]!;
    return { codes, dict: c.dict };
  }
  const values = table.array(column) as readonly unknown[];
  const index = new Map<string, number>();
  const dict: string[] = [];
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      codes[i] = -1;
      continue;
    }
    if (typeof v !== "string") throw new StatsError("not_a_code", { column, row: i + 1, value: String(v) });
    let k = index.get(v);
    if (k === undefined) {
      k = dict.length;
      index.set(v, k);
      dict.push(v);
    }
    codes[i] = k;
  }
  return { codes, dict };
}

/**
 * A number column as a `Float64Array`, `NaN` for `null`.
 * @throws StatsError when a value is not a finite number (no coercion), naming the column, row and value.
 */
export function numbersOf(table: ColumnTable, column: string): Float64Array {
  const c = columnObject(table, column) as Partial<Float64Column> | null;
  const rows = rowIndices(table);
  const n = table.numRows();
  const out = new Float64Array(n);
  if (isAllNull(c)) return out.fill(Number.NaN);
  if (c && c.values instanceof Float64Array) {
    const src = c.values;
    for (let i = 0; i < n; i++) out[i] = src[rows ? rows[i]! : i]!;
    return out;
  }
  const values = table.array(column) as readonly unknown[];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) out[i] = Number.NaN;
    else if (typeof v !== "number" || !Number.isFinite(v))
      throw new StatsError("not_a_number", { column, row: i + 1, value: String(v) });
    else out[i] = v;
  }
  return out;
}

/**
 * A boolean column as bytes: 0 `null`, 1 `false`, 2 `true`.
 * @throws StatsError when a value is not a boolean (no coercion), naming the column, row and value.
 */
export function booleansOf(table: ColumnTable, column: string): Uint8Array {
  const c = columnObject(table, column) as Partial<ByteBooleanColumn> | null;
  const rows = rowIndices(table);
  const n = table.numRows();
  const out = new Uint8Array(n);
  if (isAllNull(c)) return out;
  if (c && c.values instanceof Uint8Array) {
    const src = c.values;
    for (let i = 0; i < n; i++) out[i] = src[rows ? rows[i]! : i]!;
    return out;
  }
  const values = table.array(column) as readonly unknown[];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) out[i] = 0;
    else if (typeof v !== "boolean") throw new StatsError("not_a_boolean", { column, row: i + 1, value: String(v) });
    else out[i] = v ? 2 : 1;
  }
  return out;
}
