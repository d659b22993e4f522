import { formatDifference, formatNumber, formatPercent } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";
import type { Finding } from "../content/block.ts";
import { tr } from "../messages/index.ts";
import type { FindingFacts } from "../story/findingFacts.ts";
import { formatP } from "./formatP.ts";
import { inWave } from "./inWave.ts";
import { testName } from "./testName.ts";

/** The columns of a two-group comparison row (`stats` `compareProportions`, `compareMultiple`, `compareMeans`). */
export interface ComparedRow {
  readonly group_a: string;
  readonly group_b: string;
  readonly estimate_a: number | null;
  readonly estimate_b: number | null;
  readonly difference: number | null;
  readonly diff_ci_low: number | null;
  readonly diff_ci_high: number | null;
  /** Adjusted p-value when several tests were made; else the p-value. */
  readonly p_adjusted?: number | null;
  readonly p_value?: number | null;
  readonly test: string;
  readonly suppressed?: boolean;
  /** Answers in each wave (a share's denominator, a mean's n), kept in the finding's facts. Default: unknown. */
  readonly denominator_a?: number;
  readonly denominator_b?: number;
  readonly n_a?: number;
  readonly n_b?: number;
}

/** Options of {@link describeComparison}. */
export interface DescribeOptions {
  /** What is compared, e.g. « Plus d'un quart du temps consacré aux démarches ». Required. */
  readonly label: string;
  /** Language. Required. */
  readonly lang: Language;
  /** Significance level. Default: `0.05`. */
  readonly alpha?: number;
  /** Shares (0–1, « 45 % », points) or means (numbers with `digits` decimals). Default: `"share"`. */
  readonly scale?: "share" | "mean";
  /** Decimals of means. Default: `1`. */
  readonly digits?: number;
  /** Unit written after means, e.g. « h/semaine ». Default: none. */
  readonly unit?: string;
  /** A qualifier after the label, e.g. « à composition égale ». Default: none. */
  readonly qualifier?: string;
  /**
   * Whether the two groups are two times of one place (a change: « hausse », « baisse ») or two
   * places (a gap: « écart démontré, … de plus »). Default: `true`.
   */
  readonly change?: boolean;
}

/**
 * Words a comparison of two waves (or two communes) honestly, from its numbers: a rise or a fall —
 * between places, a gap — is named only when the difference is significant — the adjusted p-value
 * is under `alpha` AND the interval of the difference excludes 0; otherwise the sentence says that
 * no difference is shown, and why it could be chance. Always gives both values, the difference with
 * its 95 % interval, the test and p. A suppressed row says that too few answers allow no publication.
 *
 * @example describeComparison(row, { label: "Non-recours observé souvent", lang: "fr" }).text
 * // => "Non-recours observé souvent : 31 % en 2021, 46 % en 2025 — hausse de 15,0 points (IC 95 % de la différence : +5,2 points à +24,1 points ; test du khi², p ajustée = 0,004)."
 */
export function describeComparison(row: ComparedRow, options: DescribeOptions): Finding {
  const { lang, label } = options;
  const alpha = options.alpha ?? 0.05;
  const who = options.qualifier ? `${label} (${options.qualifier})` : label;
  if (
    row.suppressed ||
    row.estimate_a === null ||
    row.estimate_b === null ||
    row.difference === null ||
    !Number.isFinite(row.difference)
  )
    return { text: tr("finding_suppressed", lang, { label: who }), significant: false, subject: who };
  const p = row.p_adjusted ?? row.p_value ?? null;
  const adjusted = row.p_adjusted !== undefined && row.p_adjusted !== null;
  const low = row.diff_ci_low;
  const high = row.diff_ci_high;
  const excludesZero = low !== null && high !== null && (low > 0 || high < 0);
  const significant = p !== null && p < alpha && excludesZero;
  const mean = options.scale === "mean";
  const digits = options.digits ?? 1;
  const unit = options.unit ? ` ${options.unit}` : "";
  const value = (x: number) => (mean ? `${formatNumber(x, lang, { digits })}${unit}` : formatPercent(x, lang));
  const diff = (x: number) =>
    mean ? `${x > 0 ? "+" : ""}${formatNumber(x, lang, { digits })}${unit}` : formatDifference(x, lang);
  const params = {
    label: who,
    a: row.group_a,
    b: row.group_b,
    in_a: inWave(row.group_a, lang),
    in_b: inWave(row.group_b, lang),
    value_a: value(row.estimate_a),
    value_b: value(row.estimate_b),
    difference: diff(row.difference),
    magnitude: mean
      ? value(Math.abs(row.difference))
      : formatDifference(Math.abs(row.difference), lang).replace(/^\+/, ""),
    low: low === null ? "–" : diff(low),
    high: high === null ? "–" : diff(high),
    test: testName(row.test, lang),
    p: formatP(p, lang, { adjusted }),
  };
  const change = options.change ?? true;
  const code = change
    ? significant
      ? row.difference > 0
        ? "finding_rise"
        : "finding_fall"
      : "finding_no_difference"
    : significant
      ? row.difference > 0
        ? "finding_gap_higher"
        : "finding_gap_lower"
      : "finding_gap_none";
  const facts: FindingFacts = {
    label,
    scale: mean ? "mean" : "share",
    digits,
    ...(options.unit ? { unit: options.unit } : {}),
    a: row.group_a,
    b: row.group_b,
    valueA: row.estimate_a,
    valueB: row.estimate_b,
    nA: row.denominator_a ?? row.n_a ?? null,
    nB: row.denominator_b ?? row.n_b ?? null,
    difference: row.difference,
    low,
    high,
    test: row.test,
    p,
    adjusted,
    significant,
    ...(change ? {} : { change: false }),
  };
  return { text: tr(code, lang, params), significant, subject: who, facts };
}
