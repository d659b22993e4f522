import type { SurveyDesign } from "../design/surveyDesign.ts";
import { StatsError } from "../statsError.ts";

// Internal: every group's weighted means and their linearised variances from sums gathered in one
// pass over the rows (not exported by the package).

/**
 * Sums over the rows, per group (domain) and stratum, and per item (a level, a choice, a number),
 * from which the weighted mean of each item in each group and its linearised variance follow
 * without going over the rows again — the same figures as `domainMean` + `designVariance` (R
 * `svyby(~y, ~by, design, svymean)`), but for every group and item at once.
 *
 * For a domain d of weight W and mean m of y, the influence of a row is zᵢ = wᵢ(yᵢ − m)/W inside d
 * and 0 outside; within stratum h, Σ zᵢ = (Σwy − m Σw)/W and Σ zᵢ² = (Σw²y² − 2m Σw²y + m² Σw²)/W²,
 * so V = Σₕ fₕ nₕ/(nₕ − 1) (Σ zᵢ² − (Σ zᵢ)²/nₕ), nₕ being the stratum's sample (every row for a
 * domain of the design, the domain's rows for a group analysed as a separate sample).
 *
 * Not for calibrated designs (their influence values are residualised first): callers keep the
 * row-by-row path for those.
 */
export class DomainSums {
  /** Rows per group and stratum, in the domain. */
  readonly count: Float64Array;
  /** Rows of weight ≠ 0 per group and stratum (degrees of freedom). */
  readonly countPositive: Float64Array;
  readonly sw: Float64Array;
  readonly sw2: Float64Array;
  /** Rows with y ≠ 0 per group, stratum and item (for y ∈ {0, 1}: the hits). */
  readonly hits: Float64Array;
  readonly swy: Float64Array;
  readonly sw2y: Float64Array;
  readonly sw2y2: Float64Array;
  private readonly strataCount: number;
  private readonly stratumOf: Int32Array | null;
  private readonly weights: Float64Array | null;

  constructor(
    private readonly design: SurveyDesign,
    readonly groups: number,
    readonly items: number,
  ) {
    this.strataCount = design.strata ? design.strataLevels.length : 1;
    this.stratumOf = design.strata;
    this.weights = design.weights;
    const gh = groups * this.strataCount;
    const ghi = gh * items;
    this.count = new Float64Array(gh);
    this.countPositive = new Float64Array(gh);
    this.sw = new Float64Array(gh);
    this.sw2 = new Float64Array(gh);
    this.hits = new Float64Array(ghi);
    this.swy = new Float64Array(ghi);
    this.sw2y = new Float64Array(ghi);
    this.sw2y2 = new Float64Array(ghi);
  }

  /** Adds row `i` to the domain of group `g` (call once per row in the domain). Returns the cell index. */
  addRow(i: number, g: number): number {
    const h = this.stratumOf ? this.stratumOf[i]! : 0;
    const cell = g * this.strataCount + h;
    const w = this.weights ? this.weights[i]! : 1;
    this.count[cell]!++;
    if (w !== 0) this.countPositive[cell]!++;
    this.sw[cell]! += w;
    this.sw2[cell]! += w * w;
    return cell;
  }

  /** Adds the value y of item `k` for row `i`, in the cell `addRow` returned. */
  addValue(i: number, cell: number, k: number, y: number): void {
    if (y === 0) return;
    const w = this.weights ? this.weights[i]! : 1;
    const at = cell * this.items + k;
    this.hits[at]!++;
    this.swy[at]! += w * y;
    this.sw2y[at]! += w * w * y;
    this.sw2y2[at]! += w * w * y * y;
  }

  /** Rows in the domain of group `g`. */
  rows(g: number): number {
    let s = 0;
    for (let h = 0; h < this.strataCount; h++) s += this.count[g * this.strataCount + h]!;
    return s;
  }

  /** Rows of group `g` with y ≠ 0 for item `k`. */
  hitCount(g: number, k: number): number {
    let s = 0;
    for (let h = 0; h < this.strataCount; h++) s += this.hits[(g * this.strataCount + h) * this.items + k]!;
    return s;
  }

  /** Σ w·y of item `k` in group `g` (the weighted count of a level). */
  weightedHits(g: number, k: number): number {
    let s = 0;
    for (let h = 0; h < this.strataCount; h++) s += this.swy[(g * this.strataCount + h) * this.items + k]!;
    return s;
  }

  /** Σ w over the domain of group `g`. */
  weight(g: number): number {
    let s = 0;
    for (let h = 0; h < this.strataCount; h++) s += this.sw[g * this.strataCount + h]!;
    return s;
  }

  /** Degrees of freedom of group `g`'s domain, as R `degf(subset(design, …))`. */
  df(g: number): number {
    let rows = 0;
    let strata = 0;
    for (let h = 0; h < this.strataCount; h++) {
      const c = this.countPositive[g * this.strataCount + h]!;
      rows += c;
      if (c > 0) strata++;
    }
    return rows - strata;
  }

  /**
   * The weighted mean of item `k` in group `g` and its linearised standard error. `separate`: the
   * group is analysed as a sample of its own (R `svydesign` on its rows) rather than as a domain.
   */
  estimate(g: number, k: number, separate: boolean): { estimate: number; se: number } {
    const H = this.strataCount;
    let W = 0;
    let WY = 0;
    for (let h = 0; h < H; h++) {
      const cell = g * H + h;
      W += this.sw[cell]!;
      WY += this.swy[cell * this.items + k]!;
    }
    if (!(W > 0)) return { estimate: Number.NaN, se: Number.NaN };
    const m = WY / W;
    if (separate && this.rows(g) < 2) return { estimate: m, se: Number.NaN };
    const sizes = stratumSizes(this.design);
    let variance = 0;
    for (let h = 0; h < H; h++) {
      const cell = g * H + h;
      const inDomain = this.count[cell]!;
      const nh = separate ? inDomain : sizes.count[h]!;
      if (nh === 0) continue;
      const Nh = sizes.population[h]!;
      const f = Number.isFinite(Nh) ? (Nh - nh) / Nh : 1;
      if (f < 1e-7) continue;
      const at = cell * this.items + k;
      const s1 = (this.swy[at]! - m * this.sw[cell]!) / W;
      const s2 = (this.sw2y2[at]! - 2 * m * this.sw2y[at]! + m * m * this.sw2[cell]!) / (W * W);
      if (nh > 1) {
        variance += ((f * nh) / (nh - 1)) * (s2 - (s1 * s1) / nh);
        continue;
      }
      if (inDomain === 0) continue; // R visits only the strata the domain has a row in
      switch (this.design.lonelyPsu) {
        case "fail":
          throw new StatsError("lonely_stratum", {
            stratum: this.design.strataLevels[h] ?? "—",
            column: this.design.strataColumns.join(" × ") || "—",
          });
        case "adjust":
          variance += f * s2;
          break;
        default:
          break; // certainty, remove: nothing
      }
    }
    return { estimate: m, se: Math.sqrt(Math.max(0, variance)) };
  }
}

const sizesOf = new WeakMap<SurveyDesign, { count: Float64Array; population: Float64Array }>();

/** Rows per stratum and the stratum's population size (∞ without a finite population correction). */
function stratumSizes(design: SurveyDesign): { count: Float64Array; population: Float64Array } {
  const known = sizesOf.get(design);
  if (known) return known;
  const H = design.strata ? design.strataLevels.length : 1;
  const count = new Float64Array(H);
  const population = new Float64Array(H).fill(Number.POSITIVE_INFINITY);
  const n = design.table.numRows();
  for (let i = 0; i < n; i++) {
    const h = design.strata ? design.strata[i]! : 0;
    count[h]!++;
    if (design.populationSizes) population[h] = design.populationSizes[i]!;
  }
  const sizes = { count, population };
  sizesOf.set(design, sizes);
  return sizes;
}

/**
 * Whether the groups are separate simple random samples (as `separateSamples`): an unweighted,
 * uncalibrated design without a finite population correction, unstratified or stratified by the
 * groups themselves (each stratum in one group, each group in one stratum).
 */
export function separateGroups(design: SurveyDesign, of: Int32Array, groups: number): boolean {
  if (design.weights || design.calibration.length > 0 || design.populationSizes) return false;
  if (!design.strata) return true;
  const known = separateness.get(design)?.get(of);
  if (known !== undefined) return known;
  const answer = strataAreGroups(design.strata, design.strataLevels.length, of, groups);
  const byGroups = separateness.get(design) ?? new WeakMap<Int32Array, boolean>();
  byGroups.set(of, answer);
  separateness.set(design, byGroups);
  return answer;
}

const separateness = new WeakMap<SurveyDesign, WeakMap<Int32Array, boolean>>();

/** Whether each stratum lies in one group and each group in one stratum. */
function strataAreGroups(strata: Int32Array, strataCount: number, of: Int32Array, groups: number): boolean {
  const stratumOfGroup = new Int32Array(groups).fill(-1);
  const groupOfStratum = new Int32Array(strataCount).fill(-1);
  for (let i = 0; i < of.length; i++) {
    const g = of[i]!;
    if (g < 0) continue;
    const h = strata[i]!;
    if (stratumOfGroup[g] === -1) stratumOfGroup[g] = h;
    else if (stratumOfGroup[g] !== h) return false;
    if (groupOfStratum[h] === -1) groupOfStratum[h] = g;
    else if (groupOfStratum[h] !== g) return false;
  }
  return true;
}
