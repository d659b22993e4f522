import { type ColumnTable, table } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qnorm } from "../distributions.ts";
import { DEFAULT_THRESHOLD } from "../estimators/resultColumns.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { betaInterval, weightedMean } from "../intervals/weightedProportionInterval.ts";
import { type MissingOptions, readBooleans, readCodes, weightOf } from "../missing.ts";
import { adjustPValues } from "../tests/adjustPValues.ts";
import { chiSquareTest } from "../tests/chiSquareTest.ts";
import { newcombeInterval } from "../tests/newcombe.ts";
import { raoScottTest } from "../tests/raoScottTest.ts";
import { independenceTest } from "./testChoice.ts";
import { twoGroups } from "./twoGroups.ts";

/** Options of {@link compareProportions} and {@link compareMultiple}. */
export interface CompareOptions extends MissingOptions {
  /** Column holding the two groups (e.g. `vague`). Required. */
  readonly by: string;
  /** Levels to compare, in order. Default: levels seen, sorted. */
  readonly levels?: readonly string[];
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
  /** Cells with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
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
  "suppressed",
] as const;

type Item = { question: string; level: string; xa: number; na: number; xb: number; nb: number };

function build(
  items: readonly Item[],
  a: string,
  b: string,
  overall: (ReturnType<typeof independenceTest> & { readonly cramerV: number }) | null,
  options: CompareOptions,
): ColumnTable {
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const tests = items.map((it) =>
    independenceTest([
      [it.xa, it.na - it.xa],
      [it.xb, it.nb - it.xb],
    ]),
  );
  const p = tests.map((t) => t.pValue);
  const holm = adjustPValues(p, "holm");
  const bh = adjustPValues(p, "bh");
  const rows = items.map((it, k) => {
    const ca = proportionInterval(it.xa, it.na, "wilson", level);
    const cb = proportionInterval(it.xb, it.nb, "wilson", level);
    const d = newcombeInterval(it.xb, it.nb, it.xa, it.na, level);
    return {
      question: it.question,
      level: it.level,
      group_a: a,
      group_b: b,
      n_a: it.xa,
      denominator_a: it.na,
      n_b: it.xb,
      denominator_b: it.nb,
      estimate_a: it.na > 0 ? it.xa / it.na : Number.NaN,
      estimate_b: it.nb > 0 ? it.xb / it.nb : Number.NaN,
      ci_low_a: ca.low,
      ci_high_a: ca.high,
      ci_low_b: cb.low,
      ci_high_b: cb.high,
      difference: (it.nb > 0 ? it.xb / it.nb : Number.NaN) - (it.na > 0 ? it.xa / it.na : Number.NaN),
      diff_ci_low: d.low,
      diff_ci_high: d.high,
      p_value: p[k],
      p_holm: holm[k],
      p_bh: bh[k],
      p_adjusted: holm[k],
      test: tests[k]!.test,
      test_reason: tests[k]!.reason,
      overall_test: overall?.test ?? null,
      overall_p: overall?.pValue ?? null,
      overall_reason: overall?.reason ?? null,
      overall_cramer_v: overall?.cramerV ?? null,
      suppressed: it.xa < threshold || it.xb < threshold,
    };
  });
  return table(Object.fromEntries(COLUMNS.map((c) => [c, rows.map((r) => r[c])])));
}

/**
 * Compares the answers to a single-choice or ordinal question between two groups (e.g. the 2021
 * and 2025 waves): per level, both proportions with Wilson intervals, the difference (second group
 * minus first) with Newcombe's hybrid-score interval, a 2 × 2 test (chi-square, or Fisher when an
 * expected count is below 5) with Holm and Benjamini–Hochberg adjustment across levels
 * (`p_adjusted` = Holm); and one test of the whole distribution (`overall_*`, with Cramér's V). Each test says
 * why it was chosen (`test_reason`).
 *
 * Weighted design (e.g. one wave raked to the other's composition): weighted shares with
 * Korn–Graubard intervals, the difference with a Wald interval from the two linearised standard
 * errors (independent samples), and Rao–Scott corrected tests (R `svychisq(statistic = "F")`).
 *
 * @throws StatsError when `by` does not hold exactly two groups.
 * @example compareProportions(surveyDesign(h), "E1", { by: "vague", missingCodes: ["nsp"] })
 */
export function compareProportions(design: SurveyDesign, variable: string, options: CompareOptions): ColumnTable {
  const codes = readCodes(design, variable);
  const groups = readCodes(design, options.by);
  const [a, b] = twoGroups(groups, options.by);
  const missing = new Set(options.includeMissing ? [] : (options.missingCodes ?? []));
  const valid = (i: number) => codes[i] !== null && !missing.has(codes[i]!);
  const levels = options.levels
    ? options.levels.filter((l) => !missing.has(l))
    : [...new Set(codes.filter((c): c is string => c !== null && !missing.has(c)))].sort();
  if (design.weights) return weightedComparison(design, variable, codes, groups, a, b, levels, valid, options);
  const count = (g: string, lv?: string) =>
    codes.filter((c, i) => groups[i] === g && valid(i) && (lv === undefined || c === lv)).length;
  const na = count(a);
  const nb = count(b);
  const items = levels.map((lv) => ({ question: variable, level: lv, xa: count(a, lv), na, xb: count(b, lv), nb }));
  const counts = [items.map((it) => it.xa), items.map((it) => it.xb)];
  const overall = { ...independenceTest(counts), cramerV: chiSquareTest(counts).cramerV };
  return build(items, a, b, overall, options);
}

/**
 * Compares a multiple-choice question between two groups, one item per choice (indicator columns
 * `question__choice`, % of respondents who answered the question), with one test per item and Holm
 * and Benjamini–Hochberg adjustment across items.
 * @example compareMultiple(surveyDesign(h), ["C1__commune", "C1__cpas"], { by: "vague" })
 */
export function compareMultiple(
  design: SurveyDesign,
  columns: readonly string[],
  options: CompareOptions,
): ColumnTable {
  const groups = readCodes(design, options.by);
  const [a, b] = twoGroups(groups, options.by);
  const items = columns.map((column) => {
    const v = readBooleans(design, column);
    const at = column.indexOf("__");
    const tally = (g: string) => {
      let x = 0;
      let n = 0;
      v.forEach((val, i) => {
        if (groups[i] !== g || val === null) return;
        n++;
        if (val) x++;
      });
      return [x, n] as const;
    };
    const [xa, na] = tally(a);
    const [xb, nb] = tally(b);
    return {
      question: at > 0 ? column.slice(0, at) : column,
      level: at > 0 ? column.slice(at + 2) : column,
      xa,
      na,
      xb,
      nb,
    };
  });
  return build(items, a, b, null, options);
}

function weightedComparison(
  design: SurveyDesign,
  variable: string,
  codes: readonly (string | null)[],
  groups: readonly (string | null)[],
  a: string,
  b: string,
  levels: readonly string[],
  valid: (i: number) => boolean,
  options: CompareOptions,
): ColumnTable {
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const z = qnorm(1 - (1 - level) / 2);
  const idx = codes.flatMap((_, i) => (valid(i) && (groups[i] === a || groups[i] === b) ? [i] : []));
  const w = idx.map((i) => weightOf(design, i));
  const g = idx.map((i) => groups[i]!);
  const overallRs = raoScottTest(
    idx.map((i) => codes[i]!),
    g,
    w,
  );
  const rs = levels.map((lv) =>
    raoScottTest(
      idx.map((i) => (codes[i] === lv ? "oui" : "non")),
      g,
      w,
    ),
  );
  const p = rs.map((r) => r.pValue);
  const holm = adjustPValues(p, "holm");
  const bh = adjustPValues(p, "bh");
  const rows = levels.map((lv, k) => {
    const side = (grp: string) => {
      const ii = idx.filter((i) => groups[i] === grp);
      const wp = weightedMean(
        ii.map((i) => (codes[i] === lv ? 1 : 0)),
        ii.map((i) => weightOf(design, i)),
      );
      return { wp, ci: betaInterval(wp, level), x: ii.filter((i) => codes[i] === lv).length, n: ii.length };
    };
    const A = side(a);
    const B = side(b);
    const d = B.wp.estimate - A.wp.estimate;
    const se = Math.sqrt(A.wp.se ** 2 + B.wp.se ** 2);
    return {
      question: variable,
      level: lv,
      group_a: a,
      group_b: b,
      n_a: A.x,
      denominator_a: A.n,
      n_b: B.x,
      denominator_b: B.n,
      estimate_a: A.wp.estimate,
      estimate_b: B.wp.estimate,
      ci_low_a: A.ci.low,
      ci_high_a: A.ci.high,
      ci_low_b: B.ci.low,
      ci_high_b: B.ci.high,
      difference: d,
      diff_ci_low: d - z * se,
      diff_ci_high: d + z * se,
      p_value: p[k],
      p_holm: holm[k],
      p_bh: bh[k],
      p_adjusted: holm[k],
      test: "rao-scott",
      test_reason: "weighted",
      overall_test: "rao-scott",
      overall_p: overallRs.pValue,
      overall_reason: "weighted",
      overall_cramer_v: null,
      suppressed: A.x < threshold || B.x < threshold,
    };
  });
  return table(Object.fromEntries(COLUMNS.map((c) => [c, rows.map((r) => r[c])])));
}
