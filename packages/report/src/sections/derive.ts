import type { ColumnTable } from "arquero";
import * as aq from "arquero";

/**
 * Adds a boolean column that says whether a code column holds one of `codes`: true / false for a
 * valid answer, null when the answer is missing or one of `missing` (ne sait pas). Pure.
 * @example indicatorOf(t, "E1", ["souvent", "tres_souvent"], "top__E1", ["nsp"])
 */
export function indicatorOf(
  table: ColumnTable,
  column: string,
  codes: readonly string[],
  name: string,
  missing: readonly string[] = [],
): ColumnTable {
  const yes = new Set(codes);
  const skip = new Set(missing);
  const values = (table.array(column) as readonly (string | null)[]).map((v) =>
    v === null || v === undefined || skip.has(v) ? null : yes.has(v),
  );
  return table.assign(aq.table({ [name]: values }));
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
  const yes = new Set(codes);
  const skip = new Set(missing);
  const values = (table.array(column) as readonly (string | null)[]).map((v) =>
    v === null || v === undefined || skip.has(v) ? null : yes.has(v) ? "yes" : "no",
  );
  return table.assign(aq.table({ [name]: values }));
}
