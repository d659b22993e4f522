import type { ColumnTable } from "arquero";
import { separateSamples } from "../design/separateSamples.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qt } from "../distributions.ts";
import { readCodes } from "../missing.ts";
import { groupKeys, mask, tMethod } from "./designChoice.ts";
import type { DomainEstimate } from "./linearisation.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { tidy } from "./tidy.ts";

// Internal: the table of a linearised estimate per group, shared by total and ratio (not exported by the package).

/** Options of {@link total} and {@link ratio}. */
export interface TotalOptions {
  /** Group by this column. Default: none. */
  readonly by?: string;
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
  /** Groups with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
}

const COLUMNS = ["question", "level", "n", "n_w", "estimate", "se", "df", "ci_low", "ci_high", "method", "suppressed"];

/** One row per group: the estimate on the group's domain (or the group as its own sample), t interval on its degf. */
export function domainTable(
  design: SurveyDesign,
  values: readonly (number | null)[],
  question: string,
  level: string,
  options: TotalOptions,
  estimate: (domain: Uint8Array, separate: boolean) => DomainEstimate,
): ColumnTable {
  const groups = options.by ? readCodes(design, options.by) : values.map(() => "");
  const conf = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const separate = separateSamples(design, groups);
  const rows = groupKeys(groups).map((g) => {
    const domain = mask(groups, g, (i) => values[i] !== null);
    const d = estimate(domain, separate);
    const n = domain.reduce((s, v) => s + v, 0);
    const q = d.df > 0 ? qt(1 - (1 - conf) / 2, d.df) : Number.NaN;
    return {
      ...(options.by ? { [options.by]: g } : {}),
      question,
      level,
      n,
      n_w: d.sumWeights,
      estimate: d.estimate,
      se: d.se,
      df: d.df,
      ci_low: d.estimate - q * d.se,
      ci_high: d.estimate + q * d.se,
      method: tMethod(separate, design),
      suppressed: n < threshold,
    };
  });
  return tidy([...(options.by ? [options.by] : []), ...COLUMNS], rows);
}
