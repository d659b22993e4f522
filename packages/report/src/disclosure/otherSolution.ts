/**
 * The reader's problem, as integer linear algebra: the published numbers of one question give
 * equations `row · x = value` over its cell counts `x` (whole numbers ≥ 0). A withheld count
 * `target · x` is protected when another solution of the same equations gives it another value.
 */

const gcd = (a: number, b: number): number => {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y) [x, y] = [y, x % y];
  return x;
};

/** Rows reduced to echelon form with whole numbers (fraction-free), and the pivot column of each. */
function echelon(rows: readonly (readonly number[])[], width: number): { rows: number[][]; pivots: number[] } {
  const m = rows.map((r) => [...r]);
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const pivot = m[r]!;
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]![c] === 0) continue;
      const f = m[i]![c]!;
      const g = pivot[c]!;
      const row = m[i]!.map((v, k) => v * g - pivot[k]! * f);
      const d = row.reduce((a, v) => gcd(a, v), 0) || 1;
      m[i] = row.map((v) => v / d);
    }
    pivots.push(c);
    r++;
  }
  return { rows: m.slice(0, r), pivots };
}

/**
 * A basis of the whole-number moves that leave every equation unchanged: one primitive integer
 * vector per free column of the echelon form.
 */
export function nullSpace(rows: readonly (readonly number[])[], width: number): number[][] {
  const { rows: m, pivots } = echelon(rows, width);
  const free = Array.from({ length: width }, (_, c) => c).filter((c) => !pivots.includes(c));
  return free.map((j) => {
    // x_j = L, each pivot x_p = -m[i][j] * L / m[i][p], with L a common multiple of the pivots.
    const l = pivots.reduce((acc, p, i) => {
      const a = Math.abs(m[i]![p]!);
      return (acc / gcd(acc, a)) * a;
    }, 1);
    const v = new Array<number>(width).fill(0);
    v[j] = l;
    pivots.forEach((p, i) => {
      v[p] = (-m[i]![j]! * l) / m[i]![p]!;
    });
    const d = v.reduce((a, x) => gcd(a, x), 0) || 1;
    return v.map((x) => x / d);
  });
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

/** Options of {@link otherSolution}. */
export interface OtherSolutionOptions {
  /** Largest multiple of a basis move tried. Default: `3`. */
  readonly reach?: number;
  /** The null space of the equations, when already computed ({@link nullSpace}). Default: computed. */
  readonly basis?: readonly (readonly number[])[];
}

/**
 * Looks for a proof that a withheld count cannot be recomputed from published equations: another
 * vector of whole numbers ≥ 0 (a move `x + d`) that satisfies every equation but gives the target
 * another value. Returns that other solution, or `undefined` when the target is a combination of
 * the equations (recomputable exactly) or no such move was found among small combinations of the
 * basis moves (then the caller treats the target as exposed: the search errs on the safe side).
 * @param equations Rows of coefficients over the cells (each published number as a combination).
 * @param x The true cell counts (a solution of the equations).
 * @param target Coefficients of the withheld count.
 * @example otherSolution([[1, 1, 1]], [3, 1, 2], [0, 1, 0]) // => [2, 2, 2]: the total alone does not reveal the second cell
 */
export function otherSolution(
  equations: readonly (readonly number[])[],
  x: readonly number[],
  target: readonly number[],
  options: OtherSolutionOptions = {},
): number[] | undefined {
  const reach = options.reach ?? 3;
  const basis = options.basis ?? nullSpace(equations, x.length);
  if (basis.every((b) => dot(b, target) === 0)) return undefined; // a combination of published numbers
  const ok = (d: readonly number[]) => dot(d, target) !== 0 && x.every((v, i) => v + d[i]! >= 0);
  // One move, then two moves together, each a multiple from -reach to reach (smallest first).
  const multiples = Array.from({ length: reach }, (_, i) => [i + 1, -(i + 1)]).flat();
  for (const b of basis)
    for (const k of multiples) {
      const d = b.map((v) => v * k);
      if (ok(d)) return x.map((v, i) => v + d[i]!);
    }
  for (let i = 0; i < basis.length; i++)
    for (let j = i + 1; j < basis.length; j++)
      for (const k of multiples)
        for (const l of multiples) {
          const d = basis[i]!.map((v, c) => v * k + basis[j]![c]! * l);
          if (ok(d)) return x.map((v, c) => v + d[c]!);
        }
  return undefined;
}
