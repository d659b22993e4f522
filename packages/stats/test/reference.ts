import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ColumnTable, table } from "arquero";
import { expect } from "vitest";

/**
 * Reference values computed by R (tests/reference/stats/reference.R, output reference.json):
 * R 4.2 `stats` and `survey` 4.1. Each test names the R call its values come from.
 */
// biome-ignore lint/suspicious/noExplicitAny: JSON written by R, read field by field in the tests.
export const R: any = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../../tests/reference/stats/reference.json"), "utf8"),
);

/** Expects `actual` to match `expected` to 1e-6 relative (absolute 1e-12 near zero). */
export function close(value: unknown, expected: number, label = ""): void {
  expect(typeof value, `${label}: not a number`).toBe("number");
  const actual = value as number;
  const tol = Math.max(1e-12, 1e-6 * Math.abs(expected));
  expect(Math.abs(actual - expected), `${label}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(tol);
}

/** An arquero table from a data frame written by R column by column (`cols(df)` in reference.R). */
export function dataOf(data: Record<string, unknown[]>): ColumnTable {
  return table(data);
}

/** A number written by R as a scalar or a 1 × 1 matrix (`SE(svymean(…))`). */
export function num(x: unknown): number {
  return Array.isArray(x) ? num(x[0]) : (x as number);
}
