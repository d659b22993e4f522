import type { CanonicalColumn } from "@monitoring-social/questionnaire";
import type { Written } from "./cellTyper.ts";
import type { RawCodes } from "./rawColumns.ts";
import { StringIndex } from "./rawColumns.ts";
import { BooleanColumn, CodeColumn, NullColumn, NumberColumn } from "./typedColumns.ts";

/*
 * Canonical columns under construction: typed arrays, allocated on first write (a column no row
 * answers costs nothing), written column by column, then handed to arquero as typed columns.
 */

/** One canonical column being filled; "undefined" = nothing written yet (null in the table). */
export interface Store {
  /** Whether a value was written at a row. */
  defined(row: number): boolean;
  /** The value at a row, `undefined` when none. */
  get(row: number): Written | undefined;
  /** Writes a value at a row. */
  set(row: number, value: Written): void;
  /** Forgets the value at a row. */
  clear(row: number): void;
  /** The arquero column of the kept rows (`keep` = row indices, or `null` for every row). */
  column(keep: Int32Array | null, n: number): unknown;
}

/** Per-row indices into a string column's dictionary, -1 = no value: one byte while it has ≤ 127 strings. */
export type StringCodes = Int8Array | Int16Array | Int32Array;

function gather<T extends StringCodes | Float64Array | Uint8Array>(values: T, keep: Int32Array | null, n: number): T {
  if (keep === null) return values.subarray(0, n) as T;
  const out = new (values.constructor as new (n: number) => T)(keep.length);
  for (let i = 0; i < keep.length; i++) out[i] = values[keep[i]!]!;
  return out;
}

export class StringStore implements Store {
  codes: StringCodes | null = null;
  private readonly index = new StringIndex();
  readonly dict: readonly string[] = this.index.keys;
  constructor(private readonly rows: number) {}
  /** Index of a string in the dictionary (added once). */
  code(value: string): number {
    return this.index.add(value);
  }
  /** The codes, allocated (all -1) or widened so that every string of the dictionary fits. */
  alloc(): StringCodes {
    const size = this.dict.length;
    const type = size > 32767 ? Int32Array : size > 127 ? Int16Array : Int8Array;
    if (this.codes === null) this.codes = new type(this.rows).fill(-1);
    else if (this.codes.BYTES_PER_ELEMENT < type.BYTES_PER_ELEMENT) this.codes = type.from(this.codes);
    return this.codes;
  }
  defined(row: number): boolean {
    return this.codes !== null && this.codes[row]! >= 0;
  }
  get(row: number): string | undefined {
    const c = this.codes === null ? -1 : this.codes[row]!;
    return c < 0 ? undefined : this.dict[c];
  }
  set(row: number, value: Written): void {
    const code = this.code(value as string);
    this.alloc()[row] = code;
  }
  clear(row: number): void {
    if (this.codes !== null) this.codes[row] = -1;
  }
  column(keep: Int32Array | null, n: number): unknown {
    return this.codes === null ? new NullColumn(n) : new CodeColumn(gather(this.codes, keep, n), this.dict);
  }
}

export class NumberStore implements Store {
  values: Float64Array | null = null;
  constructor(private readonly rows: number) {}
  alloc(): Float64Array {
    this.values ??= new Float64Array(this.rows).fill(Number.NaN);
    return this.values;
  }
  defined(row: number): boolean {
    return this.values !== null && !Number.isNaN(this.values[row]!);
  }
  get(row: number): number | undefined {
    const v = this.values === null ? Number.NaN : this.values[row]!;
    return Number.isNaN(v) ? undefined : v;
  }
  set(row: number, value: Written): void {
    this.alloc()[row] = value as number;
  }
  clear(row: number): void {
    if (this.values !== null) this.values[row] = Number.NaN;
  }
  column(keep: Int32Array | null, n: number): unknown {
    return this.values === null ? new NullColumn(n) : new NumberColumn(gather(this.values, keep, n));
  }
}

/** 0 = nothing written, 1 = false, 2 = true. */
export class BooleanStore implements Store {
  values: Uint8Array | null = null;
  constructor(private readonly rows: number) {}
  alloc(): Uint8Array {
    this.values ??= new Uint8Array(this.rows);
    return this.values;
  }
  defined(row: number): boolean {
    return this.values !== null && this.values[row] !== 0;
  }
  get(row: number): boolean | undefined {
    const v = this.values === null ? 0 : this.values[row]!;
    return v === 0 ? undefined : v === 2;
  }
  set(row: number, value: Written): void {
    this.alloc()[row] = value ? 2 : 1;
  }
  clear(row: number): void {
    if (this.values !== null) this.values[row] = 0;
  }
  column(keep: Int32Array | null, n: number): unknown {
    return this.values === null ? new NullColumn(n) : new BooleanColumn(gather(this.values, keep, n));
  }
}

/** The store of a canonical column, by its type. */
export function storeFor(c: CanonicalColumn, rows: number): StringStore | NumberStore | BooleanStore {
  return c.type === "number"
    ? new NumberStore(rows)
    : c.type === "boolean"
      ? new BooleanStore(rows)
      : new StringStore(rows);
}

/**
 * Writes, for every row, the value one raw column gives a canonical column: `byCode[code]` for the
 * row's raw string, where the "nothing" marker (-1, NaN, 0) leaves the row as it is.
 */
export function writeColumn(store: Store, codes: RawCodes, byCode: readonly Written[], has: readonly boolean[]): void {
  const n = codes.length;
  if (store instanceof StringStore) {
    const map = Int32Array.from(byCode, (v, k) => (has[k] ? store.code(v as string) : -1));
    const out = store.alloc();
    for (let r = 0; r < n; r++) {
      const v = map[codes[r]!]!;
      if (v >= 0) out[r] = v;
    }
  } else if (store instanceof NumberStore) {
    const map = Float64Array.from(byCode, (v, k) => (has[k] ? (v as number) : Number.NaN));
    const out = store.alloc();
    for (let r = 0; r < n; r++) {
      const v = map[codes[r]!]!;
      if (!Number.isNaN(v)) out[r] = v;
    }
  } else if (store instanceof BooleanStore) {
    const map = Uint8Array.from(byCode, (v, k) => (has[k] ? (v ? 2 : 1) : 0));
    const out = store.alloc();
    for (let r = 0; r < n; r++) {
      const v = map[codes[r]!]!;
      if (v !== 0) out[r] = v;
    }
  }
}
