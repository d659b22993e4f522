import { ChartError } from "../locale/chartError.ts";
import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, percentDigits } from "../locale/format.ts";
import { labelled, quote } from "../locale/locale.ts";
import { wrapToWidth } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { type ItemOrder, orderItems } from "../model/itemOrder.ts";
import { FORMATS } from "../theme/formats.ts";
import { INK } from "../theme/palette.ts";
import { orderText, shareText } from "./altText.ts";
import { singleWaveColour } from "./barChart.ts";
import { CHART_PADDING, type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import {
  answerAxis,
  houseChart,
  intervalLayers,
  type KeyEntry,
  LABEL_PADDING,
  labelsWidth,
  percentAxis,
  rowStep,
  textsWidth,
  wrapAnswer,
} from "./shell.ts";

/** Options of {@link smallMultiplesChart}. */
export interface SmallMultiplesOptions extends CommonChartOptions {
  /** Column of the estimate table holding the group of each panel (e.g. `A1`, `commune`). Required. */
  readonly by: string;
  /** Label of each group (panel title), in the chart's language. Default: the code. */
  readonly groupLabels?: Readonly<Record<string, string>>;
  /** Label of each answer code, in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Answer codes to show. Default: every answer of the rows, in order of first appearance. */
  readonly levels?: readonly string[];
  /**
   * Order of the bars, the same in every panel: `value` (the mean share across panels, largest
   * first) for answers whose order carries no meaning, `instrument` (the order of `levels`) for an
   * ordinal scale. Default: `"value"`.
   */
  readonly order?: ItemOrder;
  /** The wave the rows come from (e.g. `"2025"`): the bars take its colour and the key names it. Default: none (latest wave's colour). */
  readonly wave?: string;
  /** Groups in the order of the panels. Default: the order of first appearance in the rows. */
  readonly groups?: readonly string[];
  /** Panels per row. Default: 1 for `column`, 2 for `page` and `web`, 3 for `slide` (never more than the groups). */
  readonly columns?: number;
  /** Shares are "% of respondents" of a multiple-choice question (said in the note). Default: `false`. */
  readonly multipleChoice?: boolean;
}

const PER_ROW = { column: 1, page: 2, web: 2, slide: 3 } as const;

/**
 * Small multiples: one panel per group (type of structure, commune…), the same bars in each, in
 * the same order (largest mean share first, or the questionnaire's order for an ordinal scale) —
 * the answers to one question in their wave's colour, with capped interval whiskers from the stats
 * result (named in the key) and the value written after the whisker, one precision for the whole
 * chart — on one shared 0–100 % scale, so panels compare at a glance. Each panel's title gives its
 * n; a withheld cell reads « masqué », never a zero bar. Reads the rows of a `stats` estimate table
 * computed with `{ by }` (e.g. `proportion(d, "B1", { by: "A1" })`). The alt text reads each
 * panel's bars as drawn.
 *
 * @throws ChartError `missing_column` when a row has no `by` column.
 * @throws ChartError `duplicate_level` when a level appears twice within one group.
 * @example smallMultiplesChart(proportion(d25, "B1", { by: "A1" }).objects(), { by: "A1", groupLabels, labels, title, source, fictional: true })
 * // => four panels (CPAS, commune, association, other public service); note « n = 61 (CPAS), … »
 */
export function smallMultiplesChart(
  rows: readonly (EstimateRow & Record<string, unknown>)[],
  options: SmallMultiplesOptions,
): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  rows.forEach((r, i) => {
    if (r[options.by] === undefined || r[options.by] === null) {
      throw new ChartError("missing_column", { builder: "smallMultiplesChart", row: i + 1, column: options.by }, lang);
    }
  });
  const groupOf = (r: Record<string, unknown>) => String(r[options.by]);
  const groups = options.groups ?? [...new Set(rows.map(groupOf))];
  for (const g of groups) {
    const seen = new Map<string, number>();
    for (const r of rows.filter((x) => groupOf(x) === g)) {
      seen.set(r.level, (seen.get(r.level) ?? 0) + 1);
      if (seen.get(r.level)! > 1) {
        throw new ChartError(
          "duplicate_level",
          { builder: "smallMultiplesChart", level: r.level, count: 2, rows: g, instead: "{ by }" },
          lang,
        );
      }
    }
  }
  const shown = (r: EstimateRow) => !r.suppressed && r.estimate !== null;
  const order: ItemOrder = options.order ?? "value";
  const candidates = options.levels ?? [...new Set(rows.map((r) => r.level))];
  // One order for every panel: the mean of the shares shown across the panels.
  const meanShare = (level: string) => {
    const xs = rows.filter((r) => r.level === level && groups.includes(groupOf(r)) && shown(r)).map((r) => r.estimate!);
    return xs.length > 0 ? xs.reduce((x, y) => x + y, 0) / xs.length : null;
  };
  const levels = orderItems(candidates, meanShare, order);
  const digits = percentDigits(rows.filter((r) => shown(r) && levels.includes(r.level)).map((r) => r.estimate));
  const levelLabel = (code: string) => options.labels?.[code] ?? code;
  const groupLabel = (code: string) => options.groupLabels?.[code] ?? code;
  // Balanced rows: 4 panels in 2 × 2 rather than 3 + 1.
  const wanted = Math.max(1, Math.min(groups.length, options.columns ?? PER_ROW[format]));
  const columns = options.columns ?? Math.ceil(groups.length / Math.ceil(groups.length / wanted));
  const denominators = groups.map((g) =>
    Math.max(0, ...rows.filter((r) => groupOf(r) === g).map((r) => r.denominator ?? 0)),
  );
  const panelInner = (f.width - 2 * CHART_PADDING) / columns;
  const values = groups.flatMap((g, gi) =>
    levels.flatMap((level) => {
      const r = rows.find((x) => groupOf(x) === g && x.level === level);
      if (!r) return [];
      return [
        {
          // No-break spaces: « n = 20 » never splits over two lines.
          panel: `${groupLabel(g)} (n\u00a0=\u00a0${denominators[gi]})`,
          panel_order: gi,
          order: levels.indexOf(level),
          label: wrapAnswer(levelLabel(level), format, Math.round(panelInner * (columns === 1 ? 0.32 : 0.38))),
          estimate: shown(r) ? r.estimate : null,
          ci_low: shown(r) ? r.ci_low : null,
          ci_high: shown(r) ? r.ci_high : null,
          value_x: shown(r) ? (r.ci_high ?? r.estimate) : null,
          value_text: shown(r) ? formatPercent(r.estimate!, lang, { digits }) : t.suppressed,
          suppressed: !shown(r),
        },
      ];
    }),
  );
  const method = t.interval[rows[0]?.method ?? "wilson"] ?? rows[0]?.method ?? "";
  const ns = groups.map((g, gi) => `${denominators[gi]} (${groupLabel(g)})`).join(", ");
  const note = noteLine(
    [
      `n = ${ns} ${t.respondents}`,
      options.multipleChoice && t.multipleChoice,
      rows.some((r) => r.suppressed) && t.hidden,
      options.note,
    ],
    lang,
  );
  const source = sourceLine(options, lang);
  const perGroup = groups.map((g, gi) => {
    const head = `${groupLabel(g)} (n = ${denominators[gi]})`;
    const drawn = levels
      .map((level) => rows.find((r) => groupOf(r) === g && r.level === level))
      .filter((r): r is EstimateRow & Record<string, unknown> => r !== undefined && shown(r));
    if (drawn.length === 0)
      return labelled(
        head,
        lang === "fr"
          ? "toutes les réponses masquées (secret statistique)"
          : "alle antwoorden verborgen (statistisch geheim)",
        lang,
      );
    return labelled(
      head,
      drawn
        .map((r) => `${quote(levelLabel(r.level), lang)} ${shareText(r.estimate!, r.ci_low, r.ci_high, lang, digits)}`)
        .join(", "),
      lang,
    );
  });
  const altText = `${options.title}. ${
    lang === "fr"
      ? `Un panneau par groupe, les réponses ${orderText(order, lang).toLowerCase()}. ${perGroup.join("\u202f; ")}.`
      : `Eén paneel per groep, de antwoorden ${orderText(order, lang).toLowerCase()}. ${perGroup.join("; ")}.`
  } ${source}`;
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  const spacing = Math.round(f.fontSize * 2);
  // Every panel repeats the answer labels (independent y axes) and has room for the values
  // written after the whiskers.
  const right = 5 + textsWidth([...values.map((v) => v.value_text), formatPercent(1, lang, { digits })], f.fontSize);
  const panelWidth = Math.max(
    80,
    Math.floor(
      (f.width - 2 * CHART_PADDING - columns * (labelPx + LABEL_PADDING + right) - (columns - 1) * spacing) / columns,
    ),
  );
  const step = rowStep(
    values.map((v) => v.label),
    format,
    2.2,
  );
  const colour = singleWaveColour(options, lang);
  const rowsOfPanels = Math.ceil(groups.length / columns);
  // One explicit view per panel (not a facet: facet headers would be laid out by their own
  // width estimate); its title, left-aligned on the panel's labels, gives the group and its n.
  const panel = (gi: number) => ({
    title: {
      text: wrapToWidth(
        values.find((v) => v.panel_order === gi)?.panel ?? groupLabel(groups[gi]!),
        labelPx + LABEL_PADDING + panelWidth + right,
        f.fontSize,
        true,
      ),
      anchor: "start" as const,
      frame: "bounds" as const,
      fontSize: f.fontSize,
      fontWeight: "bold" as const,
      color: INK.text,
      offset: 6,
    },
    data: { values: values.filter((v) => v.panel_order === gi) },
    width: panelWidth,
    height: { step },
    encoding: { y: answerAxis() },
    layer: [
      {
        transform: [{ filter: "!datum.suppressed" }],
        mark: { type: "bar" as const, color: colour, height: { band: 0.6 } },
        encoding: {
          x: {
            field: "estimate",
            type: "quantitative" as const,
            scale: { domain: [0, 1] },
            // Axis labels under the lowest panel of each column only; the grid in every panel.
            axis: {
              title: null,
              labelExpr: percentAxis(lang),
              values: [0, 0.5, 1],
              grid: true,
              labels: gi + columns >= groups.length,
              ticks: gi + columns >= groups.length,
            },
          },
        },
      },
      ...intervalLayers("ci_low", "ci_high", Math.min(Math.round(step * 0.3), Math.round(f.fontSize * 0.9))),
      {
        transform: [{ filter: "!datum.suppressed" }],
        mark: { type: "text" as const, align: "left" as const, dx: 5, fontSize: f.fontSize },
        encoding: {
          x: { field: "value_x", type: "quantitative" as const },
          text: { field: "value_text", type: "nominal" as const },
        },
      },
      {
        transform: [{ filter: "datum.suppressed" }],
        mark: {
          type: "text" as const,
          align: "left" as const,
          dx: 6,
          fontSize: f.fontSize,
          fontStyle: "italic" as const,
          color: INK.muted,
        },
        encoding: {
          x: { datum: 0, type: "quantitative" as const },
          text: { field: "value_text", type: "nominal" as const },
        },
      },
    ],
  });
  const key: KeyEntry[] = [
    ...(options.wave !== undefined ? [{ kind: "swatch" as const, colour, label: options.wave }] : []),
    ...(rows.some((r) => shown(r) && r.ci_low !== null) ? [{ kind: "interval" as const, label: method }] : []),
  ];
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      spacing: Math.round(f.fontSize * 1.6),
      vconcat: Array.from({ length: rowsOfPanels }, (_, row) => ({
        spacing,
        hconcat: groups
          .map((_, gi) => gi)
          .filter((gi) => Math.floor(gi / columns) === row)
          .map(panel),
      })),
    },
    { key: { entries: key, left: labelPx + LABEL_PADDING } },
  );
}
