import { table } from "arquero";
import { Matrix, solve } from "ml-matrix";
import { designVariance } from "../design/designVariance.ts";
import { type SurveyDesign, surveyDesign } from "../design/surveyDesign.ts";
import { pchisqUpper, pfUpper } from "../distributions.ts";

/**
 * Forms of the Rao–Scott corrected chi-square (R `svychisq(statistic =)`):
 * - `F` (default): second-order correction, F = X²/tr(Δ) on d₀ = tr(Δ)²/tr(Δ²) and d₀·ν degrees of freedom.
 * - `Chisq`: first-order correction, X²/mean(δ) on (r − 1)(c − 1) degrees of freedom.
 */
export const RaoScottStatistic = { F: "F", Chisq: "Chisq" } as const;
/** One of {@link RaoScottStatistic}. */
export type RaoScottStatistic = (typeof RaoScottStatistic)[keyof typeof RaoScottStatistic];

/**
 * Whether a value is a Rao–Scott statistic form.
 * @example isRaoScottStatistic("Chisq") // => true
 */
export function isRaoScottStatistic(value: unknown): value is RaoScottStatistic {
  return value === "F" || value === "Chisq";
}

/** Options of {@link raoScottTest} and {@link designChiSquareTest}. */
export interface RaoScottOptions {
  /** Form of the correction. Default: `"F"` (R's default). */
  readonly statistic?: RaoScottStatistic;
}

/** Result of {@link raoScottTest}. */
export interface RaoScottResult {
  /** `F`: X²/tr(Δ). `Chisq`: X²/mean(δ). */
  readonly statistic: number;
  /** `F`: d₀ = tr(Δ)² / tr(Δ²). `Chisq`: (r − 1)(c − 1). */
  readonly ndf: number;
  /** `F`: d₀ · ν, ν = respondents − strata (R `svychisq`). `Chisq`: Infinity. */
  readonly ddf: number;
  readonly pValue: number;
  /** Pearson's X² on the weighted table scaled to the sample size (R's `svytable(…, Ntotal = N)`). */
  readonly pearson: number;
}

const NONE: RaoScottResult = {
  statistic: Number.NaN,
  ndf: Number.NaN,
  ddf: Number.NaN,
  pValue: Number.NaN,
  pearson: Number.NaN,
};

/**
 * Rao–Scott corrected chi-square test of independence for weighted data given as arrays, as R
 * `survey::svychisq(~a + b, svydesign(ids = ~1, weights = ~w), statistic = "F")` on the rows
 * where neither variable is null (those rows are dropped first, as if the data held only them).
 * `statistic: "Chisq"` gives R's first-order form. Fewer than two levels on a side: no test (NaN).
 * @example raoScottTest(["a", "b", …], ["x", "y", …], weights).pValue
 */
export function raoScottTest(
  a: readonly (string | null)[],
  b: readonly (string | null)[],
  weights: readonly number[],
  options: RaoScottOptions = {},
): RaoScottResult {
  const keep = a.flatMap((x, i) => (x !== null && b[i] !== null ? [i] : []));
  const design = surveyDesign(table({ w: keep.map((i) => weights[i]!) }), { weights: "w" });
  return designChiSquareTest(
    design,
    keep.map((i) => a[i]!),
    keep.map((i) => b[i]!),
    options,
  );
}

/**
 * Rao–Scott corrected chi-square test of independence of two code variables under a survey design
 * (strata, fpc, calibration), as R `survey::svychisq(~a + b, subset(design, !is.na(a) & !is.na(b)),
 * statistic = "F" | "Chisq")`: the design-effect matrix Δ comes from the design-based covariance of
 * the weighted cell proportions (`designVariance`), Pearson's X² from the weighted table scaled to
 * the number of rows, ν = rows − strata (R counts rows of weight 0 here, unlike `degf`; a
 * calibrated design keeps every row, as R's subset of a calibrated design does).
 * Rows where either value is null are outside the test. Fewer than two levels on a side: NaN.
 * @example designChiSquareTest(design, codes, groups).pValue // => 0.456…
 */
export function designChiSquareTest(
  design: SurveyDesign,
  a: readonly (string | null)[],
  b: readonly (string | null)[],
  options: RaoScottOptions = {},
): RaoScottResult {
  const statistic = options.statistic ?? "F";
  const n = design.table.numRows();
  const calibrated = design.calibration.length > 0;
  const domain = Uint8Array.from({ length: n }, (_, i) =>
    a[i] !== null && a[i] !== undefined && b[i] !== null && b[i] !== undefined ? 1 : 0,
  );
  const present = (v: readonly (string | null)[]) =>
    [
      ...new Set(v.filter((x, i): x is string => x !== null && x !== undefined && (calibrated || domain[i] === 1))),
    ].sort();
  const rowsL = present(a);
  const colsL = present(b);
  const nr = rowsL.length;
  const nc = colsL.length;
  const inDomain = domain.reduce((s, x) => s + x, 0);
  if (nr < 2 || nc < 2 || inDomain < 2) return NONE;
  const k = nr * nc;
  const rowIx = new Map(rowsL.map((l, i) => [l, i]));
  const colIx = new Map(colsL.map((l, i) => [l, i]));
  // Cell of each row, rows varying fastest (as R's interaction() and expand.grid()).
  const cell = Int32Array.from({ length: n }, (_, i) => (domain[i] ? rowIx.get(a[i]!)! + nr * colIx.get(b[i]!)! : -1));
  const w = (i: number) => (design.weights ? design.weights[i]! : 1);
  let sw = 0;
  for (let i = 0; i < n; i++) if (domain[i]) sw += w(i);
  const p = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) if (domain[i]) p[cell[i]!]! += w(i) / sw;
  const influence = p.map((pc, c) => {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) if (domain[i]) x[i] = (w(i) * ((cell[i] === c ? 1 : 0) - pc)) / sw;
    return x;
  });
  const V = new Matrix(designVariance(design, influence, { domain }));
  const rows = calibrated ? n : inDomain;
  const strata = new Set<number>();
  for (let i = 0; i < n; i++) if (calibrated || domain[i]) strata.add(design.strata ? design.strata[i]! : 0);
  const nu = rows - strata.size;
  const N = rows;
  // Pearson's X² on the weighted table scaled to N.
  const counts = Array.from({ length: nr }, (_, r) => Array.from({ length: nc }, (_, c) => p[r + nr * c]! * N));
  const rowT = counts.map((r) => r.reduce((s, x) => s + x, 0));
  const colT = colsL.map((_, c) => counts.reduce((s, r) => s + r[c]!, 0));
  let x2 = 0;
  for (let r = 0; r < nr; r++)
    for (let c = 0; c < nc; c++) {
      const e = (rowT[r]! * colT[c]!) / N;
      if (e > 0) x2 += (counts[r]![c]! - e) ** 2 / e;
    }
  // Contrasts of the interaction, orthogonal to the main effects (R: qr.resid(qr(X1), X12[, interaction])).
  const X1 = new Matrix(k, nr + nc - 1);
  const X12i = new Matrix(k, (nr - 1) * (nc - 1));
  for (let cellIx = 0; cellIx < k; cellIx++) {
    const r = cellIx % nr;
    const c = Math.floor(cellIx / nr);
    X1.set(cellIx, 0, 1);
    if (r > 0) X1.set(cellIx, r, 1);
    if (c > 0) X1.set(cellIx, nr - 1 + c, 1);
    if (r > 0 && c > 0) X12i.set(cellIx, (c - 1) * (nr - 1) + (r - 1), 1);
  }
  const beta = solve(X1.transpose().mmul(X1), X1.transpose().mmul(X12i));
  const C = X12i.clone().sub(X1.mmul(beta));
  const iD = Matrix.diag(p.map((x) => (x === 0 ? 0 : 1 / x)));
  const denom = C.transpose().mmul(iD.clone().div(N)).mmul(C);
  const numr = C.transpose().mmul(iD).mmul(V).mmul(iD).mmul(C);
  const delta = solve(denom, numr);
  const tr = delta.trace();
  const tr2 = delta.mmul(delta).trace();
  if (statistic === "Chisq") {
    const df = (nr - 1) * (nc - 1);
    const corrected = x2 / (tr / df);
    return {
      statistic: corrected,
      ndf: df,
      ddf: Number.POSITIVE_INFINITY,
      pValue: pchisqUpper(corrected, df),
      pearson: x2,
    };
  }
  const d0 = (tr * tr) / tr2;
  const F = x2 / tr;
  return { statistic: F, ndf: d0, ddf: d0 * nu, pValue: pfUpper(F, d0, d0 * nu), pearson: x2 };
}
