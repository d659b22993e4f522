import { type RawCodes, type RawColumns, rawRow } from "./rawColumns.ts";

/** Rows set apart from raw columns: their row numbers (header = 1) and cells as read. */
export interface SetApartRow {
  /** Row as a spreadsheet shows it. */
  readonly row: number;
  /** Cells as read. */
  readonly cells: readonly string[];
}

/**
 * Splits raw columns in two: the rows to keep (same columns, dictionaries and hashes, fewer rows) and
 * the rows set apart, with their cells, for the report. Internal to ingest (unfinished responses).
 * @example selectRows(raw, (r) => r !== 2).apart[0].row // => 4
 */
export function selectRows(raw: RawColumns, keep: (row: number) => boolean): { raw: RawColumns; apart: SetApartRow[] } {
  const kept: number[] = [];
  const apart: SetApartRow[] = [];
  for (let r = 0; r < raw.rowCount; r++) {
    if (keep(r)) kept.push(r);
    else apart.push({ row: raw.rowNumbers[r]!, cells: rawRow(raw, r) });
  }
  if (apart.length === 0) return { raw, apart };
  const n = kept.length;
  const pick = <T extends Int32Array | RawCodes>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(n);
    for (let i = 0; i < n; i++) out[i] = a[kept[i]!]!;
    return out;
  };
  const renumber = new Map(kept.map((r, i) => [r, i]));
  const remap = <V>(m: ReadonlyMap<number, V>) => {
    const out = new Map<number, V>();
    for (const [r, cells] of m) {
      const at = renumber.get(r);
      if (at !== undefined) out.set(at, cells);
    }
    return out;
  };
  return {
    raw: {
      ...raw,
      rowCount: n,
      rowNumbers: pick(raw.rowNumbers),
      columns: raw.columns.map((c) => ({
        values: c.codes === null ? kept.map((r) => c.values[r]!) : c.values,
        codes: c.codes === null ? null : pick(c.codes),
        firstNonAscii: c.firstNonAscii < 0 ? -1 : 0,
      })),
      malformed: remap(raw.malformed),
      notes: remap(raw.notes),
      wide: remap(raw.wide),
      rowHashes: pick(raw.rowHashes),
      cellHashes: raw.cellHashes.length === raw.rowCount ? pick(raw.cellHashes) : raw.cellHashes,
    },
    apart,
  };
}
