import { Matrix, solve } from "ml-matrix";
import { pfUpper } from "../distributions.ts";

/** Result of {@link raoScottTest}. */
export interface RaoScottResult {
  /** Rao–Scott F statistic: Pearson's X² (on the weighted table scaled to n) divided by tr(Δ). */
  readonly statistic: number;
  /** Numerator degrees of freedom d₀ = tr(Δ)² / tr(Δ²). */
  readonly ndf: number;
  /** Denominator degrees of freedom d₀ · (n − 1). */
  readonly ddf: number;
  readonly pValue: number;
}

/**
 * Rao–Scott second-order corrected chi-square test of independence for weighted data, as R
 * `survey::svychisq(~a + b, svydesign(ids = ~1, weights = ~w), statistic = "F")`: the design
 * effect matrix Δ comes from the linearised covariance of the weighted cell proportions.
 * Rows where either variable is null are left out. Fewer than two levels on a side gives p = 1.
 * @example raoScottTest(["a", "b", …], ["x", "y", …], weights).pValue
 */
export function raoScottTest(
  a: readonly (string | null)[],
  b: readonly (string | null)[],
  weights: readonly number[],
): RaoScottResult {
  const keep = a.flatMap((x, i) => (x !== null && b[i] !== null ? [i] : []));
  const rowsL = [...new Set(keep.map((i) => a[i]!))].sort();
  const colsL = [...new Set(keep.map((i) => b[i]!))].sort();
  const nr = rowsL.length;
  const nc = colsL.length;
  const n = keep.length;
  if (nr < 2 || nc < 2 || n < 2) return { statistic: 0, ndf: Number.NaN, ddf: Number.NaN, pValue: 1 };
  const k = nr * nc;
  // Cell of each row, rows varying fastest (as R's interaction() and expand.grid()).
  const cell = keep.map((i) => rowsL.indexOf(a[i]!) + nr * colsL.indexOf(b[i]!));
  const w = keep.map((i) => weights[i]!);
  const sw = w.reduce((s, x) => s + x, 0);
  const p = new Array<number>(k).fill(0);
  cell.forEach((c, j) => {
    p[c]! += w[j]! / sw;
  });
  // Linearised covariance of the weighted cell means: n/(n−1) Σ wᵢ² (zᵢ − p)(zᵢ − p)ᵀ / (Σw)².
  const V = Matrix.zeros(k, k);
  cell.forEach((c, j) => {
    const wj = w[j]! / sw;
    for (let r = 0; r < k; r++) {
      const dr = (r === c ? 1 : 0) - p[r]!;
      for (let s = 0; s < k; s++) V.set(r, s, V.get(r, s) + wj * wj * dr * ((s === c ? 1 : 0) - p[s]!));
    }
  });
  V.mul(n / (n - 1));
  // Pearson's X² on the weighted table scaled to n.
  const table = Array.from({ length: nr }, (_, r) => Array.from({ length: nc }, (_, c) => p[r + nr * c]! * n));
  const rowT = table.map((r) => r.reduce((s, x) => s + x, 0));
  const colT = colsL.map((_, c) => table.reduce((s, r) => s + r[c]!, 0));
  let x2 = 0;
  for (let r = 0; r < nr; r++)
    for (let c = 0; c < nc; c++) {
      const e = (rowT[r]! * colT[c]!) / n;
      if (e > 0) x2 += (table[r]![c]! - e) ** 2 / e;
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
  const denom = C.transpose().mmul(iD.clone().div(n)).mmul(C);
  const numr = C.transpose().mmul(iD).mmul(V).mmul(iD).mmul(C);
  const delta = solve(denom, numr);
  const tr = delta.trace();
  const tr2 = delta.mmul(delta).trace();
  const d0 = (tr * tr) / tr2;
  const statistic = x2 / tr;
  return { statistic, ndf: d0, ddf: d0 * (n - 1), pValue: pfUpper(statistic, d0, d0 * (n - 1)) };
}
