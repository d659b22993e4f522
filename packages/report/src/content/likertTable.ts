import { formatNumber, formatPercent, formatPercentInterval } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import type { DataTable } from "./block.ts";
import { csvPercent as pct1, csvRound as round } from "./csvNumbers.ts";
import { csvYesNo } from "./csvYesNo.ts";
import type { ShareRow } from "./distributionTable.ts";

/** A row of `stats` `likert` (one item, one group), after `publishable`. */
export interface LikertRow {
  readonly question: string;
  readonly n: number;
  readonly agree: number | null;
  readonly agree_ci_low: number | null;
  readonly agree_ci_high: number | null;
  readonly mean_rank: number | null;
  readonly mean_ci_low: number | null;
  readonly mean_ci_high: number | null;
  readonly suppressed: boolean;
}

/**
 * The table under a Likert battery of one wave: per item, n, the share agreeing with its Wilson
 * interval and the mean rank (1–5) with its t interval; with `shares`, the CSV also has the share of
 * every answer of the scale (the bars the chart draws), one column per answer, in scale order.
 * Items under the threshold read « masqué » (their shares stay empty).
 * @example likertTable(publishable(likert(d, items, { ranks })).objects(), { id: "ressenti-2025", … })
 */
export function likertTable(
  rows: readonly LikertRow[],
  options: {
    readonly id: string;
    readonly caption: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly lang: Language;
    /**
     * The share of each answer per item (`proportion` rows of one wave, `question` and `level`), the
     * scale's codes in order and their labels: written to the CSV as one column per answer.
     * Default: none (agreement and mean rank only).
     */
    readonly shares?: {
      readonly rows: readonly ShareRow[];
      readonly levels: readonly string[];
      readonly labels: Readonly<Record<string, string>>;
    };
  },
): DataTable {
  const { lang } = options;
  const label = (r: LikertRow) => options.labels[r.question] ?? r.question;
  const shares = options.shares;
  const shareOf = (item: string, level: string) => {
    const r = shares?.rows.find((x) => x.question === item && x.level === level);
    return r === undefined || r.suppressed ? null : pct1(r.estimate);
  };
  return {
    id: options.id,
    caption: options.caption,
    columns: [
      { label: tr("col_item", lang), numeric: false },
      { label: "n", numeric: true },
      { label: tr("col_agree", lang), numeric: true },
      { label: tr("col_ci", lang), numeric: true },
      { label: tr("col_mean_rank", lang), numeric: true },
      { label: tr("col_ci", lang), numeric: true },
    ],
    cells: rows.map((r) =>
      r.suppressed || r.agree === null
        ? [label(r), tr("suppressed_cell", lang), "", "", "", ""]
        : [
            label(r),
            String(r.n),
            formatPercent(r.agree, lang),
            formatPercentInterval(r.agree_ci_low!, r.agree_ci_high!, lang),
            formatNumber(r.mean_rank!, lang, { digits: 2 }),
            `${formatNumber(r.mean_ci_low!, lang, { digits: 2 })}–${formatNumber(r.mean_ci_high!, lang, { digits: 2 })}`,
          ],
    ),
    csv: {
      columns: [
        tr("csv_question", lang),
        tr("csv_label", lang),
        "n",
        tr("csv_agree_pct", lang),
        tr("csv_ci_low", lang),
        tr("csv_ci_high", lang),
        tr("csv_mean_rank", lang),
        `${tr("csv_mean_rank", lang)}_${tr("csv_ci_low", lang)}`,
        `${tr("csv_mean_rank", lang)}_${tr("csv_ci_high", lang)}`,
        ...(shares?.levels ?? []).map((c) => `pct_${shares?.labels[c] ?? c}`),
        tr("csv_suppressed", lang),
      ],
      rows: rows.map((r) => {
        const s = r.suppressed || r.agree === null;
        return [
          r.question,
          label(r),
          s ? null : r.n,
          s ? null : round(r.agree! * 100, 1),
          s ? null : round(r.agree_ci_low! * 100, 1),
          s ? null : round(r.agree_ci_high! * 100, 1),
          s ? null : round(r.mean_rank, 3),
          s ? null : round(r.mean_ci_low, 3),
          s ? null : round(r.mean_ci_high, 3),
          ...(shares?.levels ?? []).map((c) => (s ? null : shareOf(r.question, c))),
          csvYesNo(s, lang),
        ];
      }),
    },
    note: tr("note_likert_table", lang),
  };
}
