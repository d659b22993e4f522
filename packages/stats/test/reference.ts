import { readFileSync } from "node:fs";
import { join } from "node:path";
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
