import { type ColumnTable, table } from "arquero";
import { ESTIMATE_COLUMNS } from "./resultColumns.ts";

/** Builds an arquero table from row objects with the given columns, in order. */
export function tidy(columns: readonly string[], rows: readonly Record<string, unknown>[]): ColumnTable {
  return table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c] ?? null)])));
}

/** The estimate columns after the group key, in order (DESIGN.md result conventions). */
export function estimateColumns(by?: string | readonly string[]): string[] {
  return [...(by === undefined ? [] : typeof by === "string" ? [by] : by), ...ESTIMATE_COLUMNS];
}
