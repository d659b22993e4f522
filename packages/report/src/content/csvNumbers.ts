import type { CsvCell } from "@monitoring-social/questionnaire";

/**
 * A proportion (0–1) as a percentage with one decimal for a CSV cell; null (empty cell) when
 * missing or not a number.
 * @example csvPercent(0.4567) // => 45.7
 */
export function csvPercent(x: number | null | undefined): CsvCell {
  return x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 1000) / 10;
}

/**
 * A number rounded to `digits` decimals for a CSV cell; null (empty cell) when missing or not a number.
 * @example csvRound(10.8349, 2) // => 10.83
 */
export function csvRound(x: number | null | undefined, digits: number): CsvCell {
  return x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits));
}

/**
 * A p-value with four significant digits for a CSV cell; null when missing or not a number.
 * @example csvPrecision(0.000123456) // => 0.0001235
 */
export function csvPrecision(x: number | null | undefined, digits = 4): CsvCell {
  return x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toPrecision(digits));
}
