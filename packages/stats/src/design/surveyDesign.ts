import type { ColumnTable } from "arquero";
import { StatsError } from "../statsError.ts";

/** A survey design: the data and, when weighted, one positive weight per row. */
export interface SurveyDesign {
  /** The data, canonical columns (not modified). */
  readonly table: ColumnTable;
  /** Weights, one per row, or `null` for an unweighted design. */
  readonly weights: Float64Array | null;
  /** Name of the weight column, or `null`. */
  readonly weightColumn: string | null;
}

/** Options of {@link surveyDesign}. */
export interface SurveyDesignOptions {
  /** Column of positive numeric weights. Default: none (every respondent counts 1). */
  readonly weights?: string;
}

/**
 * Builds a design once; estimators take `(design, variable, options)` (as R `survey::svydesign`
 * with `ids = ~1`). Unweighted by default.
 * @throws StatsError when the weight column is missing or holds a value that is not a number ≥ 0
 *   (no coercion: "1,5" is refused, not read as 1.5).
 * @example surveyDesign(table).weights // => null
 */
export function surveyDesign(table: ColumnTable, options: SurveyDesignOptions = {}): SurveyDesign {
  if (options.weights === undefined) return { table, weights: null, weightColumn: null };
  const name = options.weights;
  if (!table.columnNames().includes(name)) throw new StatsError("unknown_column", { column: name });
  const values = table.array(name) as readonly unknown[];
  const weights = new Float64Array(values.length);
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new StatsError("bad_weight", { column: name, row: i + 1, value: String(v) });
    }
    weights[i] = v;
  });
  return { table, weights, weightColumn: name };
}
