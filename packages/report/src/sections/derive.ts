import type { ColumnTable } from "arquero";
import * as aq from "arquero";

/** Recodes a code column into two values (one for `codes`, one for the other valid answers); null stays null. */
function recode<T>(
  table: ColumnTable,
  column: string,
  codes: readonly string[],
  name: string,
  missing: readonly string[],
  yes: T,
  no: T,
): ColumnTable {
  const inside = new Set(codes);
  const skip = new Set(missing);
  const values = (table.array(column) as readonly (string | null)[]).map((v) =>
    v === null || v === undefined || skip.has(v) ? null : inside.has(v) ? yes : no,
  );
  return table.assign(aq.table({ [name]: values }));
}

/**
 * Adds a boolean column that says whether a code column holds one of `codes`: true / false for a
 * valid answer, null when the answer is missing or one of `missing` (ne sait pas) — the form of an
 * indicator column, for `compareMultiple`. Pure.
 * @example indicatorOf(t, "E1", ["souvent", "tres_souvent"], "top__E1", ["nsp"])
 */
export function indicatorOf(
  table: ColumnTable,
  column: string,
  codes: readonly string[],
  name: string,
  missing: readonly string[] = [],
): ColumnTable {
  return recode(table, column, codes, name, missing, true, false);
}

/**
 * Adds a code column `"yes"` / `"no"` (null when missing) saying whether a code column holds one of
 * `codes` — the form `compareProportions` needs, weighted or not. Pure.
 * @example yesNoOf(t, "B1", ["b26_50", "b51_75", "b76_100"], "above__B1")
 */
export function yesNoOf(
  table: ColumnTable,
  column: string,
  codes: readonly string[],
  name: string,
  missing: readonly string[] = [],
): ColumnTable {
  return recode(table, column, codes, name, missing, "yes", "no");
}

/**
 * The rows of one wave of a harmonised table: by year (column `vague`), or by a study's wave key
 * (column `vague_etude`, one commune's wave). Pure.
 * @example ofWave(study.harmonised.table, "2025").numRows() // => 229
 * @example ofWave(study.harmonised.table, "2025-1190", "vague_etude").numRows() // => 40
 */
export function ofWave(table: ColumnTable, wave: string, column = "vague"): ColumnTable {
  return table.filter(aq.escape((d: Record<string, unknown>) => d[column] === wave));
}
