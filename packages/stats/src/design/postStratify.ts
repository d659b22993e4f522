import { readCodes } from "../missing.ts";
import { StatsError } from "../statsError.ts";
import { type CalibratedDesign, calibratedDesign } from "./calibratedDesign.ts";
import { baseWeights } from "./marginLevels.ts";
import type { SurveyDesign } from "./surveyDesign.ts";

/** Options of {@link postStratify}. */
export interface PostStratifyOptions {
  /** Name of the weight column added to the table. Default: `"poids"`. */
  readonly weightColumn?: string;
}

/**
 * Post-stratifies a design: the weights of each post-stratum (a level of `columns`, or of their
 * combination joined with " × ") are scaled to its population total, as R
 * `survey::postStratify(design, ~A1, data.frame(A1 = …, Freq = …))` (several columns: R
 * `~A1 + A3` with one total per combination). The variance then uses the residuals from the
 * post-stratum means (`CalibrationStep` "poststratification").
 *
 * Missing values: a null in a column is an error (as R). Every post-stratum present needs a total,
 * and every total a respondent (R: `partial = FALSE`).
 * @throws StatsError `margin_null`, `margin_level_missing`, `margin_empty_level`, `column_exists`.
 * @example postStratify(surveyDesign(t), "A1", { cpas: 120, commune: 80, association: 200 }).weights
 */
export function postStratify(
  design: SurveyDesign,
  columns: string | readonly string[],
  totals: Readonly<Record<string, number>>,
  options: PostStratifyOptions = {},
): CalibratedDesign {
  const names = typeof columns === "string" ? [columns] : [...columns];
  const n = design.table.numRows();
  const values = names.map((c) => readCodes(design, c));
  const labels = Array.from({ length: n }, (_, i) =>
    values
      .map((v, k) => {
        const x = v[i];
        if (x === null || x === undefined) throw new StatsError("margin_null", { column: names[k]!, row: i + 1 });
        return x;
      })
      .join(" × "),
  );
  const codes = [...new Set(labels)].sort();
  const column = names.join(" × ");
  for (const c of codes)
    if (!Object.hasOwn(totals, c)) throw new StatsError("margin_level_missing", { column, level: c });
  for (const c of Object.keys(totals))
    if (!codes.includes(c) && totals[c]! !== 0) throw new StatsError("margin_empty_level", { column, level: c });
  const index = new Map(codes.map((c, k) => [c, k]));
  const level = Int32Array.from(labels, (l) => index.get(l)!);
  const old = baseWeights(design);
  const sums = new Float64Array(codes.length);
  for (let i = 0; i < n; i++) sums[level[i]!]! += old[i]!;
  const w = Float64Array.from(old, (v, i) =>
    sums[level[i]!]! > 0 ? (v * totals[codes[level[i]!]!]!) / sums[level[i]!]! : 0,
  );
  return calibratedDesign(design, {
    weights: w,
    weightColumn: options.weightColumn ?? "poids",
    step: { kind: "poststratification", level, weights: w, oldWeights: old },
    iterations: 1,
    converged: true,
  });
}
