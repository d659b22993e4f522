import type { SurveyDesign } from "./design/surveyDesign.ts";
import { StatsError } from "./statsError.ts";

/**
 * THE missing-value policy of every estimator (one policy, written once):
 *
 * 1. `null` (or `undefined`) means "not asked" (skip logic) or "left blank": the respondent is left
 *    out of the denominator and not counted anywhere.
 * 2. Answers flagged as missing in the instrument (*ne sait pas*, *non applicable*), passed as
 *    `missingCodes`, are left out of the denominator by default and counted in `n_missing`, so
 *    that reports can say how many there were. With `includeMissing: true` they count as levels.
 * 3. Values are never coerced: a number column holding a string, or a code column holding a
 *    number, is an error that names the column, row and value. Types are set once, at ingest.
 */
export interface MissingOptions {
  /** Codes flagged as missing (e.g. `["nsp"]`). Default: none. */
  readonly missingCodes?: readonly string[];
  /** Count missing-flagged codes as ordinary levels. Default: `false`. */
  readonly includeMissing?: boolean;
}

/** Reads a code column: strings, or null. @throws StatsError on any other type. */
export function readCodes(design: SurveyDesign, column: string): (string | null)[] {
  const values = columnValues(design, column);
  return values.map((v, i) => {
    if (v === null || v === undefined) return null;
    if (typeof v !== "string") throw new StatsError("not_a_code", { column, row: i + 1, value: String(v) });
    return v;
  });
}

/** Reads a number column: finite numbers, or null. @throws StatsError on strings (no coercion). */
export function readNumbers(design: SurveyDesign, column: string): (number | null)[] {
  const values = columnValues(design, column);
  return values.map((v, i) => {
    if (v === null || v === undefined) return null;
    if (typeof v !== "number" || !Number.isFinite(v))
      throw new StatsError("not_a_number", { column, row: i + 1, value: String(v) });
    return v;
  });
}

/** Reads a multiple-choice indicator column: booleans, or null. @throws StatsError on other types. */
export function readBooleans(design: SurveyDesign, column: string): (boolean | null)[] {
  const values = columnValues(design, column);
  return values.map((v, i) => {
    if (v === null || v === undefined) return null;
    if (typeof v !== "boolean") throw new StatsError("not_a_boolean", { column, row: i + 1, value: String(v) });
    return v;
  });
}

function columnValues(design: SurveyDesign, column: string): readonly unknown[] {
  if (!design.table.columnNames().includes(column)) throw new StatsError("unknown_column", { column });
  return design.table.array(column) as readonly unknown[];
}

/** Weight of row `i` (1 when unweighted). */
export function weightOf(design: SurveyDesign, i: number): number {
  return design.weights ? design.weights[i]! : 1;
}
