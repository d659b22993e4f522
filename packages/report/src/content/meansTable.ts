import { formatNumber, LOCALES } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import { formatP } from "../wording/formatP.ts";
import { testName } from "../wording/testName.ts";
import type { DataTable } from "./block.ts";
import { csvRound as round } from "./csvNumbers.ts";

/** A row of `stats` `compareMeans`. */
export interface MeanComparisonRow {
  readonly question: string;
  readonly group_a: string;
  readonly group_b: string;
  readonly n_a: number;
  readonly n_b: number;
  readonly estimate_a: number | null;
  readonly estimate_b: number | null;
  readonly difference: number | null;
  readonly diff_ci_low: number | null;
  readonly diff_ci_high: number | null;
  readonly p_value: number | null;
  readonly test: string;
}

/**
 * The table of means compared between two groups (Welch): n and mean per group, the difference with
 * its 95 % interval, the test and p (adjusted when `adjusted`). A group with fewer than `threshold`
 * answers is not published.
 * @example meansTable(compareMeans(d, "B3", { by: "vague" }).objects(), { id: "temps-b3", … })
 */
export function meansTable(
  rows: readonly MeanComparisonRow[],
  options: {
    readonly id: string;
    readonly caption: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly lang: Language;
    readonly digits?: number;
    readonly threshold?: number;
    /** Whether `p_value` is adjusted for multiple testing (« p ajustée »). Default: `false`. */
    readonly adjusted?: boolean;
  },
): DataTable {
  const { lang } = options;
  const digits = options.digits ?? 1;
  const threshold = options.threshold ?? 5;
  const a = rows[0]?.group_a ?? "";
  const b = rows[0]?.group_b ?? "";
  const num = (x: number | null) => (x === null ? "" : formatNumber(x, lang, { digits }));
  const hidden = (r: MeanComparisonRow) => r.n_a < threshold || r.n_b < threshold;
  return {
    id: options.id,
    caption: options.caption,
    columns: [
      { label: tr("col_question", lang), numeric: false },
      { label: `${a} (n)`, numeric: true },
      { label: `${b} (n)`, numeric: true },
      { label: tr("col_difference", lang), numeric: true },
      { label: tr("col_ci_difference", lang), numeric: true },
      { label: tr("col_test", lang), numeric: false },
    ],
    cells: rows.map((r) =>
      hidden(r)
        ? [options.labels[r.question] ?? r.question, tr("suppressed_cell", lang), "", "", "", ""]
        : [
            options.labels[r.question] ?? r.question,
            `${num(r.estimate_a)} (${r.n_a})`,
            `${num(r.estimate_b)} (${r.n_b})`,
            num(r.difference),
            `${num(r.diff_ci_low)}${LOCALES[lang].semicolon}${num(r.diff_ci_high)}`,
            `${testName(r.test, lang)}, ${formatP(r.p_value, lang, { adjusted: options.adjusted ?? false })}`,
          ],
    ),
    csv: {
      columns: [
        tr("csv_question", lang),
        tr("csv_label", lang),
        `n_${a}`,
        `${tr("csv_mean", lang)}_${a}`,
        `n_${b}`,
        `${tr("csv_mean", lang)}_${b}`,
        tr("csv_difference", lang),
        tr("csv_diff_ci_low", lang),
        tr("csv_diff_ci_high", lang),
        tr("csv_test", lang),
        "p",
      ],
      rows: rows.map((r) => {
        const h = hidden(r);
        return [
          r.question,
          options.labels[r.question] ?? r.question,
          h ? null : r.n_a,
          h ? null : round(r.estimate_a, 3),
          h ? null : r.n_b,
          h ? null : round(r.estimate_b, 3),
          h ? null : round(r.difference, 3),
          h ? null : round(r.diff_ci_low, 3),
          h ? null : round(r.diff_ci_high, 3),
          testName(r.test, lang),
          h ? null : round(r.p_value, 4),
        ];
      }),
    },
  };
}
