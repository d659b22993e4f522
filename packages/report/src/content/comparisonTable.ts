import { formatDifference, formatPercent, formatPercentInterval, LOCALES } from "@monitoring-social/charts";
import type { CsvCell, Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import { formatP } from "../wording/formatP.ts";
import { testName } from "../wording/testName.ts";
import type { DataTable } from "./block.ts";
import { csvPrecision as p4, csvPercent as pct1 } from "./csvNumbers.ts";
import { csvYesNo } from "./csvYesNo.ts";

/** A row of a `stats` two-group comparison of shares, after `publishable` (suppressed figures null). */
export interface ShareComparisonRow {
  readonly question: string;
  readonly level: string;
  readonly group_a: string;
  readonly group_b: string;
  readonly n_a: number;
  readonly n_b: number;
  readonly denominator_a: number;
  readonly denominator_b: number;
  readonly estimate_a: number | null;
  readonly estimate_b: number | null;
  readonly ci_low_a: number | null;
  readonly ci_high_a: number | null;
  readonly ci_low_b: number | null;
  readonly ci_high_b: number | null;
  readonly difference: number | null;
  readonly diff_ci_low: number | null;
  readonly diff_ci_high: number | null;
  readonly p_value: number | null;
  readonly p_adjusted: number | null;
  readonly test: string;
  readonly suppressed: boolean;
}

/**
 * The table of a comparison of shares between two waves: per answer, each wave's share with its
 * interval, the difference with its interval, the test and the adjusted p-value. Suppressed rows
 * read « masqué » and their figures (counts included) stay empty in the CSV.
 * @example comparisonTable(publishable(compareMultiple(d, cols, { by: "vague" })).objects(), { id: "services-c1", … })
 */
export function comparisonTable(
  rows: readonly ShareComparisonRow[],
  options: {
    readonly id: string;
    readonly caption: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly lang: Language;
    readonly note?: string;
  },
): DataTable {
  const { lang } = options;
  const a = rows[0]?.group_a ?? "";
  const b = rows[0]?.group_b ?? "";
  const hidden = tr("suppressed_cell", lang);
  const interval = (lo: number | null, hi: number | null) =>
    lo === null || hi === null ? "" : formatPercentInterval(lo, hi, lang);
  const cells = rows.map((r) =>
    r.suppressed
      ? [options.labels[r.level] ?? r.level, hidden, "", hidden, "", "", "", ""]
      : [
          options.labels[r.level] ?? r.level,
          formatPercent(r.estimate_a!, lang),
          interval(r.ci_low_a, r.ci_high_a),
          formatPercent(r.estimate_b!, lang),
          interval(r.ci_low_b, r.ci_high_b),
          formatDifference(r.difference!, lang),
          `${formatDifference(r.diff_ci_low!, lang)}${LOCALES[lang].semicolon}${formatDifference(r.diff_ci_high!, lang)}`,
          `${testName(r.test, lang)}, ${formatP(r.p_adjusted, lang, { adjusted: true })}`,
        ],
  );
  const csvRows = rows.map((r): CsvCell[] => {
    const s = r.suppressed;
    return [
      r.question,
      r.level,
      options.labels[r.level] ?? r.level,
      s ? null : r.n_a,
      r.denominator_a,
      pct1(r.estimate_a),
      pct1(r.ci_low_a),
      pct1(r.ci_high_a),
      s ? null : r.n_b,
      r.denominator_b,
      pct1(r.estimate_b),
      pct1(r.ci_low_b),
      pct1(r.ci_high_b),
      pct1(r.difference),
      pct1(r.diff_ci_low),
      pct1(r.diff_ci_high),
      testName(r.test, lang),
      s ? null : p4(r.p_value),
      s ? null : p4(r.p_adjusted),
      csvYesNo(s, lang),
    ];
  });
  return {
    id: options.id,
    caption: options.caption,
    columns: [
      { label: tr("col_answer", lang), numeric: false },
      { label: a, numeric: true },
      { label: tr("col_ci", lang), numeric: true },
      { label: b, numeric: true },
      { label: tr("col_ci", lang), numeric: true },
      { label: tr("col_difference", lang), numeric: true },
      { label: tr("col_ci_difference", lang), numeric: true },
      { label: tr("col_test", lang), numeric: false },
    ],
    cells,
    csv: {
      columns: [
        tr("csv_question", lang),
        tr("csv_code", lang),
        tr("csv_label", lang),
        `n_${a}`,
        `${tr("csv_base", lang)}_${a}`,
        `pct_${a}`,
        `${tr("csv_ci_low", lang)}_${a}`,
        `${tr("csv_ci_high", lang)}_${a}`,
        `n_${b}`,
        `${tr("csv_base", lang)}_${b}`,
        `pct_${b}`,
        `${tr("csv_ci_low", lang)}_${b}`,
        `${tr("csv_ci_high", lang)}_${b}`,
        tr("csv_difference_points", lang),
        tr("csv_diff_ci_low", lang),
        tr("csv_diff_ci_high", lang),
        tr("csv_test", lang),
        "p",
        tr("csv_p_holm", lang),
        tr("csv_suppressed", lang),
      ],
      rows: csvRows,
    },
    ...(options.note ? { note: options.note } : {}),
  };
}
