import { formatPercent, formatPercentInterval } from "@monitoring-social/charts";
import type { CsvCell, Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import type { DataTable } from "./block.ts";
import { csvPercent as pct1 } from "./csvNumbers.ts";
import { csvYesNo } from "./csvYesNo.ts";

/** A row of a `stats` `proportion(…, { by })` table after `publishable`. */
export interface ShareRow {
  readonly question: string;
  readonly level: string;
  readonly n: number;
  readonly denominator: number;
  readonly estimate: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  readonly suppressed: boolean;
  /** Interval method (`wilson`, `beta`…). */
  readonly method: string;
  readonly [group: string]: unknown;
}

/**
 * The table of a distribution per group (e.g. per wave): one row per answer, one column pair
 * (share, interval) per group, in the given answer order. Suppressed cells read « masqué ».
 * @example distributionTable(publishable(proportion(d, "B1", { by: "vague" })).objects(), { by: "vague", levels, … })
 */
export function distributionTable(
  rows: readonly ShareRow[],
  options: {
    readonly id: string;
    readonly caption: string;
    readonly by: string;
    readonly levels: readonly string[];
    readonly labels: Readonly<Record<string, string>>;
    readonly lang: Language;
    readonly note?: string;
    /** Groups (values of `by`) in the order of the columns. Default: the groups of the rows, sorted. */
    readonly groups?: readonly string[];
  },
): DataTable {
  const { lang, by } = options;
  const groups = options.groups ?? [...new Set(rows.map((r) => String(r[by])))].sort();
  const find = (g: string, level: string) => rows.find((r) => String(r[by]) === g && r.level === level);
  const hidden = tr("suppressed_cell", lang);
  const cells = options.levels.map((level) => [
    options.labels[level] ?? level,
    ...groups.flatMap((g) => {
      const r = find(g, level);
      if (!r) return ["", ""];
      if (r.suppressed || r.estimate === null) return [hidden, ""];
      return [
        `${formatPercent(r.estimate, lang)} (${r.n})`,
        r.ci_low === null || r.ci_high === null ? "" : formatPercentInterval(r.ci_low, r.ci_high, lang),
      ];
    }),
  ]);
  const csvRows = options.levels.flatMap((level) =>
    groups.map((g): CsvCell[] => {
      const r = find(g, level);
      const s = r?.suppressed ?? true;
      return [
        r?.question ?? "",
        g,
        level,
        options.labels[level] ?? level,
        s ? null : (r?.n ?? null),
        r?.denominator ?? null,
        pct1(r?.estimate ?? null),
        pct1(r?.ci_low ?? null),
        pct1(r?.ci_high ?? null),
        csvYesNo(s, lang),
      ];
    }),
  );
  return {
    id: options.id,
    caption: options.caption,
    columns: [
      { label: tr("col_answer", lang), numeric: false },
      ...groups.flatMap((g) => [
        { label: `${g} (n)`, numeric: true },
        { label: tr("col_ci", lang), numeric: true },
      ]),
    ],
    cells,
    csv: {
      columns: [
        tr("csv_question", lang),
        tr("csv_group", lang),
        tr("csv_code", lang),
        tr("csv_label", lang),
        "n",
        tr("csv_base", lang),
        "pct",
        tr("csv_ci_low", lang),
        tr("csv_ci_high", lang),
        tr("csv_suppressed", lang),
      ],
      rows: csvRows,
    },
    ...(options.note ? { note: options.note } : {}),
  };
}
