import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { betaInterval, weightedMean } from "../intervals/weightedProportionInterval.ts";
import { readBooleans, readCodes, weightOf } from "../missing.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { estimateColumns, tidy } from "./tidy.ts";

/** Options of {@link multipleResponse}. */
export interface MultipleResponseOptions {
  /** Group by this column. Default: none. */
  readonly by?: string;
  /**
   * `respondents`: % of those who answered the question (any choice known) who ticked the choice
   * (default; the figures may add up to more than 100 %). `answers`: % of all ticks.
   */
  readonly base?: "respondents" | "answers";
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
  /** Cells with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
}

/**
 * Shares of a multiple-choice question (one indicator column `question__choice` per choice), by
 * group: as % of respondents (default, Wilson / weighted beta intervals) or as % of answers (no
 * interval: answers are not independent draws). A respondent who was not asked (all null) is left
 * out.
 * @example multipleResponse(surveyDesign(h), ["C1__commune", "C1__cpas"], { by: "vague" })
 */
export function multipleResponse(
  design: SurveyDesign,
  columns: readonly string[],
  options: MultipleResponseOptions = {},
): ColumnTable {
  const base = options.base ?? "respondents";
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const values = columns.map((c) => readBooleans(design, c));
  const n = design.table.numRows();
  const groups = options.by ? readCodes(design, options.by) : new Array<string>(n).fill("");
  const keys = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  const rows: Record<string, unknown>[] = [];
  for (const g of keys) {
    const answered = Array.from({ length: n }, (_, i) => i).filter(
      (i) => groups[i] === g && values.some((v) => v[i] !== null),
    );
    const totalTicks = answered.reduce((s, i) => s + values.filter((v) => v[i] === true).length, 0);
    const totalTicksW = answered.reduce(
      (s, i) => s + weightOf(design, i) * values.filter((v) => v[i] === true).length,
      0,
    );
    columns.forEach((column, k) => {
      const v = values[k]!;
      const hits = answered.filter((i) => v[i] === true);
      const at = column.indexOf("__");
      const common = {
        ...(options.by ? { [options.by]: g } : {}),
        question: at > 0 ? column.slice(0, at) : column,
        level: at > 0 ? column.slice(at + 2) : column,
        n: hits.length,
        n_w: hits.reduce((s, i) => s + weightOf(design, i), 0),
        n_missing: 0,
        suppressed: hits.length < threshold,
      };
      if (base === "answers") {
        rows.push({
          ...common,
          denominator: totalTicks,
          estimate: design.weights ? (common.n_w as number) / totalTicksW : hits.length / totalTicks,
          se: null,
          ci_low: null,
          ci_high: null,
          method: "share-of-answers",
        });
        return;
      }
      if (!design.weights) {
        const ci = proportionInterval(hits.length, answered.length, "wilson", level);
        const p = hits.length / answered.length;
        rows.push({
          ...common,
          denominator: answered.length,
          estimate: p,
          se: Math.sqrt((p * (1 - p)) / answered.length),
          ci_low: ci.low,
          ci_high: ci.high,
          method: "wilson",
        });
      } else {
        const wp = weightedMean(
          answered.map((i) => (v[i] === true ? 1 : 0)),
          answered.map((i) => weightOf(design, i)),
        );
        const ci = betaInterval(wp, level);
        rows.push({
          ...common,
          denominator: answered.length,
          estimate: wp.estimate,
          se: wp.se,
          ci_low: ci.low,
          ci_high: ci.high,
          method: "beta",
        });
      }
    });
  }
  return tidy(estimateColumns(options.by), rows);
}
