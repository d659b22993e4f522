import { randomLcg } from "d3-random";
import { type Counts, dropEmpty } from "./contingency.ts";

/** Result of {@link fisherExactTest}. */
export interface FisherResult {
  /** Two-sided p-value. */
  readonly pValue: number;
  /** `exact` (full enumeration) or `monte-carlo` (too many tables: seeded simulation). */
  readonly method: "exact" | "monte-carlo";
  /** Tables enumerated, or simulated. */
  readonly tables: number;
}

/** Options of {@link fisherExactTest}. */
export interface FisherOptions {
  /** Most tables to enumerate before switching to simulation. Default: `2_000_000`. */
  readonly maxTables?: number;
  /** Simulated tables in Monte-Carlo mode. Default: `100_000`. */
  readonly replicates?: number;
  /** Seed of the simulation. Default: `1`. */
  readonly seed?: number;
}

function logFactorials(n: number): Float64Array {
  const lf = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) lf[k] = lf[k - 1]! + Math.log(k);
  return lf;
}

/**
 * Fisher's exact test of independence for an R × C table (R `fisher.test`): the p-value sums the
 * probabilities, under fixed margins, of all tables no more likely than the observed one (with R's
 * relative tolerance 1e-7). Exact by full enumeration up to `maxTables` tables; beyond, a seeded
 * Monte-Carlo estimate as R `fisher.test(simulate.p.value = TRUE)` (the result says which).
 * @example fisherExactTest([[3, 1], [1, 3]]).pValue // => 0.4857…
 */
export function fisherExactTest(counts: Counts, options: FisherOptions = {}): FisherResult {
  const table = dropEmpty(counts);
  const r = table.length;
  const c = table[0]?.length ?? 0;
  if (r < 2 || c < 2) return { pValue: 1, method: "exact", tables: 1 };
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = table[0]!.map((_, j) => table.reduce((a, row) => a + row[j]!, 0));
  const n = rows.reduce((a, b) => a + b, 0);
  const lf = logFactorials(n);
  const constant = rows.reduce((a, x) => a + lf[x]!, 0) + cols.reduce((a, x) => a + lf[x]!, 0) - lf[n]!;
  const logProb = (cells: ArrayLike<number>) => {
    let s = constant;
    for (let k = 0; k < cells.length; k++) s -= lf[cells[k]!]!;
    return s;
  };
  const observed = logProb(table.flat());
  const threshold = observed + Math.log1p(1e-7);
  const maxTables = options.maxTables ?? 2_000_000;

  // Enumerate tables column by column, rows within a column, with remaining margins as bounds.
  let pSum = 0;
  let count = 0;
  let aborted = false;
  const rowLeft = [...rows];
  const cells = new Array<number>(r * c).fill(0);
  const fill = (j: number, i: number, colLeft: number, acc: number): void => {
    if (aborted) return;
    if (j === c - 1) {
      // Last column is forced by the row margins.
      let s = acc;
      for (let k = 0; k < r; k++) s -= lf[rowLeft[k]!]!;
      count++;
      if (count > maxTables) {
        aborted = true;
        return;
      }
      if (s <= threshold) pSum += Math.exp(s);
      return;
    }
    if (i === r - 1) {
      const v = colLeft;
      if (v > rowLeft[i]!) return;
      rowLeft[i]! -= v;
      cells[i * c + j] = v;
      fill(j + 1, 0, cols[j + 1]!, acc - lf[v]!);
      rowLeft[i]! += v;
      return;
    }
    // Rows below must be able to absorb what is left of the column.
    let below = 0;
    for (let k = i + 1; k < r; k++) below += rowLeft[k]!;
    const lo = Math.max(0, colLeft - below);
    const hi = Math.min(rowLeft[i]!, colLeft);
    for (let v = lo; v <= hi; v++) {
      rowLeft[i]! -= v;
      fill(j, i + 1, colLeft - v, acc - lf[v]!);
      rowLeft[i]! += v;
      if (aborted) return;
    }
  };
  fill(0, 0, cols[0]!, constant);
  if (!aborted) return { pValue: Math.min(1, pSum), method: "exact", tables: count };

  // Monte-Carlo: shuffle column labels against row labels (margins fixed), as r2dtable does.
  const replicates = options.replicates ?? 100_000;
  const random = randomLcg(options.seed ?? 1);
  const rowLabels = rows.flatMap((x, i) => new Array<number>(x).fill(i));
  const colLabels = cols.flatMap((x, j) => new Array<number>(x).fill(j));
  let extreme = 0;
  const sim = new Int32Array(r * c);
  for (let b = 0; b < replicates; b++) {
    for (let k = colLabels.length - 1; k > 0; k--) {
      const m = Math.floor(random() * (k + 1));
      const t = colLabels[k]!;
      colLabels[k] = colLabels[m]!;
      colLabels[m] = t;
    }
    sim.fill(0);
    for (let k = 0; k < n; k++) sim[rowLabels[k]! * c + colLabels[k]!]!++;
    if (logProb(sim) <= threshold) extreme++;
  }
  return { pValue: (1 + extreme) / (1 + replicates), method: "monte-carlo", tables: replicates };
}
