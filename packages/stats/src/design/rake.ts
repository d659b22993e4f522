import { table as makeTable } from "arquero";
import { readCodes, weightOf } from "../missing.ts";
import { StatsError } from "../statsError.ts";
import { type SurveyDesign, surveyDesign } from "./surveyDesign.ts";

/** A population margin: total weight wanted for each level of a column. */
export interface Margin {
  /** Column (e.g. `A1`, type of structure). */
  readonly column: string;
  /** Wanted total per level; levels present in the data but absent here get weight 0. */
  readonly totals: Readonly<Record<string, number>>;
}

/** Options of {@link rake}. */
export interface RakeOptions {
  /** Most passes over the margins. Default: `200`. */
  readonly maxIterations?: number;
  /** Stop when no weight moves by more than this. Default: `1e-10`. */
  readonly tolerance?: number;
  /** Name of the weight column added to the table. Default: `"poids"`. */
  readonly weightColumn?: string;
}

/** A raked design with what the weights cost. */
export interface RakedDesign extends SurveyDesign {
  /** Passes made. */
  readonly iterations: number;
  /** Whether the weights settled within the tolerance. */
  readonly converged: boolean;
  /** Kish's design effect of unequal weights, n Σw² / (Σw)² (Kish 1965). */
  readonly designEffect: number;
  /** Effective sample size (Σw)² / Σw². */
  readonly effectiveSampleSize: number;
}

/**
 * Rakes (iterative proportional fitting) a design's weights so that its weighted margins match
 * population margins, as R `survey::rake` (one post-stratification per margin, repeated until the
 * weights settle). Rows with a null in a margin column keep their weight for that margin.
 * Used to compare two waves "at equal composition": rake one wave to the other's margins of type
 * of structure and function. Pure: returns a new design with a weight column.
 * @throws StatsError when a margin's column is missing.
 * @example rake(surveyDesign(w2025), [{ column: "A1", totals: counts2021A1 }]).effectiveSampleSize
 */
export function rake(design: SurveyDesign, margins: readonly Margin[], options: RakeOptions = {}): RakedDesign {
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-10;
  const name = options.weightColumn ?? "poids";
  const n = design.table.numRows();
  const w = Float64Array.from({ length: n }, (_, i) => weightOf(design, i));
  const columns = margins.map((m) => readCodes(design, m.column));
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    const before = Float64Array.from(w);
    margins.forEach((m, k) => {
      const codes = columns[k]!;
      const sums = new Map<string, number>();
      codes.forEach((c, i) => {
        if (c !== null) sums.set(c, (sums.get(c) ?? 0) + w[i]!);
      });
      codes.forEach((c, i) => {
        if (c === null) return;
        const target = m.totals[c] ?? 0;
        const sum = sums.get(c)!;
        w[i] = sum > 0 ? (w[i]! * target) / sum : 0;
      });
    });
    iterations++;
    let moved = 0;
    for (let i = 0; i < n; i++) moved = Math.max(moved, Math.abs(w[i]! - before[i]!));
    converged = moved < tolerance;
  }
  if (design.table.columnNames().includes(name) && design.weightColumn !== name)
    throw new StatsError("column_exists", { column: name });
  const withWeights = design.table.assign(makeTable({ [name]: Array.from(w) }));
  const raked = surveyDesign(withWeights, { weights: name });
  let s = 0;
  let s2 = 0;
  for (const x of w) {
    s += x;
    s2 += x * x;
  }
  return { ...raked, iterations, converged, designEffect: (n * s2) / (s * s), effectiveSampleSize: (s * s) / s2 };
}
