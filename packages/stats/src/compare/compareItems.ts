import { type ColumnTable, table } from "arquero";
import { separateSamples } from "../design/separateSamples.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qt } from "../distributions.ts";
import { chooseProportionMethod } from "../estimators/designChoice.ts";
import { domainContrast, domainMean } from "../estimators/linearisation.ts";
import { DEFAULT_THRESHOLD } from "../estimators/resultColumns.ts";
import type { CiMethod, DesignCiMethod, UnweightedCiMethod } from "../intervals/ciMethod.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { designProportionInterval } from "../intervals/weightedProportionInterval.ts";
import type { MissingOptions } from "../missing.ts";
import { adjustPValues } from "../tests/adjustPValues.ts";
import { chiSquareTest } from "../tests/chiSquareTest.ts";
import { newcombeInterval } from "../tests/newcombe.ts";
import { designChiSquareTest, type RaoScottStatistic } from "../tests/raoScottTest.ts";
import { independenceTest, type TestName, type TestReason } from "./testChoice.ts";

// Internal core of compareProportions, compareMultiple and compareWithin (not exported by the package).

/** Options of {@link compareProportions} and {@link compareMultiple}. */
export interface CompareOptions extends MissingOptions {
  /** Column holding the two groups (e.g. `vague`). Required. */
  readonly by: string;
  /**
   * The two groups to compare, first then second (e.g. `["2021", "2023"]` in a three-wave study);
   * the other groups' rows stay in the design (strata, degrees of freedom) but out of the
   * comparison. Default: the only two groups of `by`, sorted.
   */
  readonly groups?: readonly [string, string];
  /** Levels to compare, in order. Default: levels seen, sorted. */
  readonly levels?: readonly string[];
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
  /** Cells with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
  /**
   * Interval of each group's share. Default: `wilson` when the groups are simple random samples
   * (unweighted, uncalibrated, unstratified or stratified by `by`), else `beta`. `beta` or `logit`
   * makes the whole comparison design-based; a weighted, stratified or calibrated design gives only
   * those two (another is an error that names them).
   */
  readonly method?: CiMethod;
  /** Form of the Rao–Scott test of a design-based comparison (R `svychisq(statistic =)`). Default: `"F"`. */
  readonly statistic?: RaoScottStatistic;
}

const COLUMNS = [
  "question",
  "level",
  "group_a",
  "group_b",
  "n_a",
  "denominator_a",
  "n_b",
  "denominator_b",
  "estimate_a",
  "estimate_b",
  "ci_low_a",
  "ci_high_a",
  "ci_low_b",
  "ci_high_b",
  "difference",
  "diff_ci_low",
  "diff_ci_high",
  "p_value",
  "p_holm",
  "p_bh",
  "p_adjusted",
  "test",
  "test_reason",
  "overall_test",
  "overall_p",
  "overall_reason",
  "overall_cramer_v",
  "method",
  "diff_df",
  "suppressed",
] as const;

/** One compared item: a 0/1 answer per row (null: not in the comparison). */
interface Item {
  readonly question: string;
  readonly level: string;
  readonly y: readonly (0 | 1 | null)[];
}

/** Rows of a comparison with, for each, the key of its test (rows sharing a test share a key; null: no test). */
export interface ComparedRows {
  readonly rows: Record<string, unknown>[];
  readonly keys: (string | null)[];
}

/**
 * The per-item rows of a two-group comparison, before multiple-testing adjustment (internal core of
 * compareProportions, compareMultiple and compareWithin).
 */
export function compareItems(
  design: SurveyDesign,
  groups: readonly (string | null)[],
  a: string,
  b: string,
  items: readonly Item[],
  overallCodes: readonly (string | null)[] | null,
  options: CompareOptions,
  keyPrefix = "",
): ComparedRows {
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const inGroups = groups.map((g) => (g === a || g === b ? g : null));
  const choice = chooseProportionMethod(separateSamples(design, inGroups), options.method);
  const statistic = options.statistic ?? "F";
  const designTest: TestName = statistic === "Chisq" ? "rao-scott-chisq" : "rao-scott";
  const designReason: TestReason = design.weights ? "weighted" : "design";

  let overall: { test: TestName; pValue: number; reason: TestReason; cramerV: number | null } | null = null;
  let observedLevels = 0;
  if (overallCodes) {
    const levels = [...new Set(overallCodes.filter((c, i): c is string => c !== null && inGroups[i] !== null))].sort();
    observedLevels = levels.length;
    if (levels.length >= 2 && new Set(inGroups.filter((g, i) => g !== null && overallCodes[i] !== null)).size === 2) {
      if (!choice.fromDesign) {
        const counts = [a, b].map((g) =>
          levels.map((lv) => overallCodes.filter((c, i) => inGroups[i] === g && c === lv).length),
        );
        const t = independenceTest(counts);
        overall = { test: t.test, pValue: t.pValue, reason: t.reason, cramerV: chiSquareTest(counts).cramerV };
      } else {
        const codes = overallCodes.map((c, i) => (inGroups[i] === null ? null : c));
        const t = designChiSquareTest(design, codes, inGroups, { statistic });
        overall = { test: designTest, pValue: t.pValue, reason: designReason, cramerV: null };
      }
    }
  }
  const binary = overallCodes !== null && observedLevels === 2;

  const rows: Record<string, unknown>[] = [];
  const keys: (string | null)[] = [];
  for (const it of items) {
    const dom = (g: string) => Uint8Array.from(it.y, (v, i) => (v !== null && inGroups[i] === g ? 1 : 0));
    const da = dom(a);
    const db = dom(b);
    const count = (d: Uint8Array) => {
      let x = 0;
      let m = 0;
      d.forEach((v, i) => {
        if (v) {
          m++;
          x += it.y[i]!;
        }
      });
      return [x, m] as const;
    };
    const [xa, na] = count(da);
    const [xb, nb] = count(db);
    const testable = na > 0 && nb > 0 && xa + xb > 0 && xa + xb < na + nb;
    let row: Record<string, unknown>;
    if (!choice.fromDesign) {
      const ca = proportionInterval(xa, na, choice.method as UnweightedCiMethod, level);
      const cb = proportionInterval(xb, nb, choice.method as UnweightedCiMethod, level);
      const d = newcombeInterval(xb, nb, xa, na, level);
      const t = testable
        ? independenceTest([
            [xa, na - xa],
            [xb, nb - xb],
          ])
        : null;
      const pa = na > 0 ? xa / na : Number.NaN;
      const pb = nb > 0 ? xb / nb : Number.NaN;
      row = {
        estimate_a: pa,
        estimate_b: pb,
        ci_low_a: ca.low,
        ci_high_a: ca.high,
        ci_low_b: cb.low,
        ci_high_b: cb.high,
        difference: pb - pa,
        diff_ci_low: na > 0 && nb > 0 ? d.low : Number.NaN,
        diff_ci_high: na > 0 && nb > 0 ? d.high : Number.NaN,
        diff_df: null,
        p_value: t ? t.pValue : Number.NaN,
        test: t ? t.test : null,
        test_reason: t ? t.reason : null,
      };
    } else {
      const ya = domainMean(design, it.y, da);
      const yb = domainMean(design, it.y, db);
      const ca = designProportionInterval(ya, choice.method as DesignCiMethod, level, ya.df);
      const cb = designProportionInterval(yb, choice.method as DesignCiMethod, level, yb.df);
      const diff = domainContrast(design, [ya, yb], [-1, 1]);
      const q = diff.df > 0 ? qt(1 - (1 - level) / 2, diff.df) : Number.NaN;
      const t = testable
        ? designChiSquareTest(
            design,
            it.y.map((v, i) => (v === null || inGroups[i] === null ? null : String(v))),
            inGroups,
            { statistic },
          )
        : null;
      row = {
        estimate_a: ya.estimate,
        estimate_b: yb.estimate,
        ci_low_a: ca.low,
        ci_high_a: ca.high,
        ci_low_b: cb.low,
        ci_high_b: cb.high,
        difference: diff.estimate,
        diff_ci_low: diff.estimate - q * diff.se,
        diff_ci_high: diff.estimate + q * diff.se,
        diff_df: diff.df,
        p_value: t ? t.pValue : Number.NaN,
        test: t ? designTest : null,
        test_reason: t ? designReason : null,
      };
    }
    rows.push({
      question: it.question,
      level: it.level,
      group_a: a,
      group_b: b,
      n_a: xa,
      denominator_a: na,
      n_b: xb,
      denominator_b: nb,
      ...row,
      overall_test: overall?.test ?? null,
      overall_p: overall?.pValue ?? null,
      overall_reason: overall?.reason ?? null,
      overall_cramer_v: overall?.cramerV ?? null,
      method: choice.method,
      suppressed: xa < threshold || xb < threshold,
    });
    keys.push(
      testable && !Number.isNaN(row.p_value as number) ? `${keyPrefix}${binary ? "\u0000binary" : it.level}` : null,
    );
  }
  return { rows, keys };
}

/**
 * Adjusts the p-values of compared rows for multiple testing over the tests actually made: rows
 * that share a test (the two answers of a yes/no question) count once; rows without a test are left
 * out (NaN). Writes `p_holm`, `p_bh` and `p_adjusted` (= Holm), as R `p.adjust(p, "holm" | "BH")`.
 */
export function adjustCompared({ rows, keys }: ComparedRows): void {
  const unique = [...new Set(keys.filter((k): k is string => k !== null))];
  const pOf = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k !== null && !pOf.has(k)) pOf.set(k, rows[i]!.p_value as number);
  });
  const p = unique.map((k) => pOf.get(k)!);
  const holm = new Map(adjustPValues(p, "holm").map((v, i) => [unique[i]!, v]));
  const bh = new Map(adjustPValues(p, "bh").map((v, i) => [unique[i]!, v]));
  rows.forEach((r, i) => {
    const k = keys[i] ?? null;
    r.p_holm = k === null ? Number.NaN : holm.get(k)!;
    r.p_bh = k === null ? Number.NaN : bh.get(k)!;
    r.p_adjusted = r.p_holm;
  });
}

/** The compared rows as a table, in the columns of every comparison. */
export function comparedTable(rows: readonly Record<string, unknown>[], first: readonly string[] = []): ColumnTable {
  const names = [...first, ...COLUMNS];
  return table(Object.fromEntries(names.map((c) => [c, rows.map((r) => r[c] ?? null)])));
}
