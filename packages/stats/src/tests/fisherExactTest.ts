import { randomLcg } from "d3-random";
import { type Counts, dropEmpty } from "./contingency.ts";

/** Result of {@link fisherExactTest}. */
export interface FisherResult {
  /** Two-sided p-value. */
  readonly pValue: number;
  /** `exact` (network algorithm) or `monte-carlo` (network too large: seeded simulation). */
  readonly method: "exact" | "monte-carlo";
  /** Exact: nodes and paths of the network examined. Monte-Carlo: tables simulated. */
  readonly tables: number;
}

/** Options of {@link fisherExactTest}. */
export interface FisherOptions {
  /**
   * Work budget of the exact computation: the most network nodes and paths examined before
   * switching to simulation (the role of R's `workspace`). Default: `10_000_000`, which keeps every
   * table R's default `fisher.test` answers exactly for survey-sized data (a 2 × 5 table with
   * n ≈ 400 needs well under a million).
   */
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

/** Relative tolerance R's `fisher.test` uses to count tables "as likely as" the observed one. */
const RELATIVE_TOLERANCE = 1e-7;
/** Past probabilities closer than this (in log) share a network entry (Mehta & Patel's pooling). */
const POOL = 1e9;

class BudgetExceeded extends Error {}

/**
 * Fisher's exact test of independence for an R × C table (R `fisher.test`): the p-value sums the
 * probabilities, under fixed margins, of all tables no more likely than the observed one (with R's
 * relative tolerance 1e-7).
 *
 * Computed exactly with the network algorithm of Mehta & Patel (1983, JASA 78:427–434; 1986, ACM
 * TOMS 12:154–161), the algorithm of R's FEXACT: the columns are filled one at a time; a node is
 * (column, remaining row totals); the paths reaching a node are pooled by their probability; at each
 * node the longest and shortest paths to the end (computed exactly, by dynamic programming) decide
 * whether every completion counts (their total probability is closed-form), none does, or the node
 * must be expanded. A 2 × 5 table with n ≈ 400 takes a few milliseconds. Beyond `maxTables` units of
 * work, a seeded Monte-Carlo estimate as R `fisher.test(simulate.p.value = TRUE)` (the result says
 * which, and comparisons say it in `test_reason`). Empty rows and columns are dropped first.
 * @example fisherExactTest([[3, 1], [1, 3]]).pValue // => 0.4857…
 */
export function fisherExactTest(counts: Counts, options: FisherOptions = {}): FisherResult {
  let table = dropEmpty(counts);
  if (table.length < 2 || (table[0]?.length ?? 0) < 2) return { pValue: 1, method: "exact", tables: 1 };
  // Fewer rows than columns: the rows are the state of the network.
  if (table.length > table[0]!.length) table = table[0]!.map((_, j) => table.map((row) => row[j]!));
  const budget = options.maxTables ?? 10_000_000;
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = table[0]!.map((_, j) => table.reduce((a, row) => a + row[j]!, 0));
  const n = rows.reduce((a, b) => a + b, 0);
  const lf = logFactorials(n);
  const constant = rows.reduce((a, x) => a + lf[x]!, 0) + cols.reduce((a, x) => a + lf[x]!, 0) - lf[n]!;
  const observed = constant - table.flat().reduce((a, x) => a + lf[x]!, 0);
  const threshold = observed + Math.log1p(RELATIVE_TOLERANCE);
  try {
    const { pValue, work } = network(rows, cols, lf, constant, threshold, budget);
    return { pValue: Math.min(1, pValue), method: "exact", tables: work };
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
  }
  return monteCarlo(rows, cols, lf, constant, threshold, options);
}

function network(
  rowsIn: readonly number[],
  colsIn: readonly number[],
  lf: Float64Array,
  constant: number,
  threshold: number,
  budget: number,
): { pValue: number; work: number } {
  // Largest columns first: their many choices are made while the paths are still few.
  const cols = [...colsIn].sort((a, b) => b - a);
  const rows = [...rowsIn].sort((a, b) => a - b);
  const r = rows.length;
  const n = rows.reduce((a, b) => a + b, 0);
  const c = cols.length;
  const after = new Array<number>(c + 1).fill(0); // Σ of the columns from j on.
  for (let j = c - 1; j >= 0; j--) after[j] = after[j + 1]! + cols[j]!;
  const lfAfter = new Array<number>(c + 1).fill(0); // Σ lf(col) from j on.
  for (let j = c - 1; j >= 0; j--) lfAfter[j] = lfAfter[j + 1]! + lf[cols[j]!]!;
  let work = 0;
  const spend = (k: number) => {
    work += k;
    if (work > budget) throw new BudgetExceeded();
  };
  // The future of a node depends only on the multiset of its row totals: nodes are kept sorted and
  // keyed by a mixed-radix number (a string when that number would not be exact).
  const radix = n + 1;
  const numeric = radix ** r < Number.MAX_SAFE_INTEGER;
  const keyOf = (rho: readonly number[]): number | string => {
    if (!numeric) return rho.join(",");
    let k = 0;
    for (const v of rho) k = k * radix + v;
    return k;
  };
  const settle = (rho: number[]) => rho.sort((a, b) => a - b);

  // Every column vector x (Σx = total, 0 ≤ xᵢ ≤ ρᵢ), with −Σ lf(xᵢ).
  const columnsOf = (rho: readonly number[], total: number, visit: (x: number[], value: number) => void) => {
    const x = new Array<number>(r).fill(0);
    const capacityAfter = new Array<number>(r + 1).fill(0);
    for (let i = r - 1; i >= 0; i--) capacityAfter[i] = capacityAfter[i + 1]! + rho[i]!;
    const fill = (i: number, left: number, value: number) => {
      if (i === r - 1) {
        if (left > rho[i]!) return;
        x[i] = left;
        visit(x, value - lf[left]!);
        return;
      }
      const lo = Math.max(0, left - capacityAfter[i + 1]!);
      const hi = Math.min(rho[i]!, left);
      for (let v = lo; v <= hi; v++) {
        x[i] = v;
        fill(i + 1, left - v, value - lf[v]!);
      }
    };
    fill(0, total, 0);
  };

  // Longest and shortest paths from a node to the end: max and min of −Σ lf(x) over completions.
  const bounds: Map<number | string, readonly [number, number]>[] = cols.map(() => new Map());
  const generalBounds = (j: number, rho: readonly number[]): readonly [number, number] => {
    if (j === c - 1) {
      const v = -rho.reduce((a, x) => a + lf[x]!, 0);
      return [v, v];
    }
    const key = keyOf(rho);
    const known = bounds[j]!.get(key);
    if (known) return known;
    let hi = Number.NEGATIVE_INFINITY;
    let lo = Number.POSITIVE_INFINITY;
    let visited = 0;
    columnsOf(rho, cols[j]!, (x, value) => {
      visited++;
      const next = settle(rho.map((v, i) => v - x[i]!));
      const [h, l] = generalBounds(j + 1, next);
      if (value + h > hi) hi = value + h;
      if (value + l < lo) lo = value + l;
    });
    spend(visited + 1);
    const result = [hi, lo] as const;
    bounds[j]!.set(key, result);
    return result;
  };

  // Two rows: the bounds of every (column, first row's remaining total) by one backward pass.
  const twoRows = r === 2 ? twoRowBounds(cols, after, lf) : null;
  spend(twoRows?.work ?? 0);
  const boundsOf = (j: number, rho: readonly number[]): readonly [number, number] =>
    twoRows ? [twoRows.hi[j]![rho[0]!]!, twoRows.lo[j]![rho[0]!]!] : generalBounds(j, rho);

  // Log of the total of exp(−Σ lf(x)) over all completions of a node: lf(N′) − Σ lf(ρᵢ) − Σ lf(cⱼ).
  const logTotal = (j: number, rho: readonly number[]) =>
    lf[after[j]!]! - rho.reduce((a, x) => a + lf[x]!, 0) - lfAfter[j]!;

  // Paths reaching a node: their past log-probabilities and multiplicities, pooled (sorted, and
  // merged when closer than 1/POOL in log) when the node is reached.
  type Node = { rho: number[]; past: number[]; paths: number[] };
  let stage = new Map<number | string, Node>([[keyOf(rows), { rho: [...rows], past: [0], paths: [1] }]]);
  let pValue = 0;
  for (let j = 0; j < c; j++) {
    const next = new Map<number | string, Node>();
    for (const node of stage.values()) {
      const [longest, shortest] = boundsOf(j, node.rho);
      const order = node.past.map((_, k) => k).sort((a, b) => node.past[a]! - node.past[b]!);
      const openPast: number[] = [];
      const openPaths: number[] = [];
      let total = logTotal(j, node.rho);
      spend(order.length);
      for (let k = 0; k < order.length; ) {
        const past = node.past[order[k]!]!;
        let paths = 0;
        while (k < order.length && node.past[order[k]!]! - past <= 1 / POOL) paths += node.paths[order[k++]!]!;
        if (constant + past + longest <= threshold) pValue += paths * Math.exp(constant + past + total);
        else if (constant + past + shortest > threshold)
          break; // sorted: every later path is likelier still
        else {
          openPast.push(past);
          openPaths.push(paths);
        }
      }
      total = 0;
      if (openPast.length === 0 || j === c - 1) continue;
      columnsOf(node.rho, cols[j]!, (x, value) => {
        const rho = settle(node.rho.map((v, i) => v - x[i]!));
        const key = keyOf(rho);
        let child = next.get(key);
        if (!child) {
          child = { rho, past: [], paths: [] };
          next.set(key, child);
        }
        spend(openPast.length);
        for (let k = 0; k < openPast.length; k++) {
          child.past.push(openPast[k]! + value);
          child.paths.push(openPaths[k]!);
        }
      });
    }
    stage = next;
  }
  return { pValue, work };
}

/** Longest (hi) and shortest (lo) paths to the end of a two-row network, indexed [column][first row's remaining total]. */
function twoRowBounds(
  cols: readonly number[],
  after: readonly number[],
  lf: Float64Array,
): { hi: Float64Array[]; lo: Float64Array[]; work: number } {
  const c = cols.length;
  const hi = cols.map((_, j) => new Float64Array(after[j]! + 1).fill(Number.NEGATIVE_INFINITY));
  const lo = cols.map((_, j) => new Float64Array(after[j]! + 1).fill(Number.POSITIVE_INFINITY));
  let work = 0;
  for (let a = 0; a <= after[c - 1]!; a++) {
    const v = -lf[a]! - lf[after[c - 1]! - a]!;
    hi[c - 1]![a] = v;
    lo[c - 1]![a] = v;
  }
  for (let j = c - 2; j >= 0; j--) {
    const total = after[j]!;
    const cj = cols[j]!;
    const hiNext = hi[j + 1]!;
    const loNext = lo[j + 1]!;
    for (let a = 0; a <= total; a++) {
      const b = total - a;
      let h = Number.NEGATIVE_INFINITY;
      let l = Number.POSITIVE_INFINITY;
      for (let x = Math.max(0, cj - b); x <= Math.min(cj, a); x++) {
        const value = -lf[x]! - lf[cj - x]!;
        const hn = hiNext[a - x]!;
        if (hn === Number.NEGATIVE_INFINITY) continue;
        if (value + hn > h) h = value + hn;
        if (value + loNext[a - x]! < l) l = value + loNext[a - x]!;
      }
      hi[j]![a] = h;
      lo[j]![a] = l;
      work += Math.min(cj, a) - Math.max(0, cj - b) + 1;
    }
  }
  return { hi, lo, work };
}

function monteCarlo(
  rows: readonly number[],
  cols: readonly number[],
  lf: Float64Array,
  constant: number,
  threshold: number,
  options: FisherOptions,
): FisherResult {
  // Shuffle column labels against row labels (margins fixed), as R's r2dtable does.
  const replicates = options.replicates ?? 100_000;
  const random = randomLcg(options.seed ?? 1);
  const r = rows.length;
  const c = cols.length;
  const n = rows.reduce((a, b) => a + b, 0);
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
    let s = constant;
    for (let k = 0; k < sim.length; k++) s -= lf[sim[k]!]!;
    if (s <= threshold) extreme++;
  }
  return { pValue: (1 + extreme) / (1 + replicates), method: "monte-carlo", tables: replicates };
}
