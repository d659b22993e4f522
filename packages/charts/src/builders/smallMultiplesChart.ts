import { ChartError } from "../locale/chartError.ts";
import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, formatPercentInterval } from "../locale/format.ts";
import { wrapLabel, wrapToWidth } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { WAVE_COLOURS } from "../theme/palette.ts";
import { CHART_PADDING, type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import { answerAxis, houseChart, LABEL_PADDING, labelsWidth, PERCENT_AXIS, rowStep, textsWidth } from "./shell.ts";

/** Options of {@link smallMultiplesChart}. */
export interface SmallMultiplesOptions extends CommonChartOptions {
  /** Column of the estimate table holding the group of each panel (e.g. `A1`, `commune`). Required. */
  readonly by: string;
  /** Label of each group (panel title), in the chart's language. Default: the code. */
  readonly groupLabels?: Readonly<Record<string, string>>;
  /** Label of each answer code, in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Answer codes in the order of the bars. Default: the order of first appearance in the rows. */
  readonly levels?: readonly string[];
  /** Groups in the order of the panels. Default: the order of first appearance in the rows. */
  readonly groups?: readonly string[];
  /** Panels per row. Default: 1 for `column`, 2 for `page` and `web`, 3 for `slide` (never more than the groups). */
  readonly columns?: number;
  /** Shares are "% of respondents" of a multiple-choice question (said in the note). Default: `false`. */
  readonly multipleChoice?: boolean;
}

const PER_ROW = { column: 1, page: 2, web: 2, slide: 3 } as const;

/**
 * Small multiples: one panel per group (type of structure, commune…), the same bars in each — the
 * answers to one question with their interval whiskers from the stats result and the value
 * written after the whisker — on one shared 0–100 % scale, so panels compare at a glance. Each
 * panel's title gives its n; a withheld cell reads « masqué », never a zero bar. Reads the rows of
 * a `stats` estimate table computed with `{ by }` (e.g. `proportion(d, "B1", { by: "A1" })`).
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
  const levels = options.levels ?? [...new Set(rows.map((r) => r.level))];
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
  const levelLabel = (code: string) => options.labels?.[code] ?? code;
  const groupLabel = (code: string) => options.groupLabels?.[code] ?? code;
  // Balanced rows: 4 panels in 2 × 2 rather than 3 + 1.
  const wanted = Math.max(1, Math.min(groups.length, options.columns ?? PER_ROW[format]));
  const columns = options.columns ?? Math.ceil(groups.length / Math.ceil(groups.length / wanted));
  const wrapAt = columns === 1 ? (format === "column" ? 18 : 30) : format === "slide" ? 20 : 16;
  const denominators = groups.map((g) =>
    Math.max(0, ...rows.filter((r) => groupOf(r) === g).map((r) => r.denominator ?? 0)),
  );
  const values = groups.flatMap((g, gi) =>
    rows
      .filter((r) => groupOf(r) === g && levels.includes(r.level))
      .map((r) => {
        const hidden = r.suppressed || r.estimate === null;
        return {
          // No-break spaces: « n = 20 » never splits over two lines.
          panel: `${groupLabel(g)} (n\u00a0=\u00a0${denominators[gi]})`,
          panel_order: gi,
          order: levels.indexOf(r.level),
          label: wrapLabel(levelLabel(r.level), wrapAt).join("\n"),
          estimate: hidden ? null : r.estimate,
          ci_low: hidden ? null : r.ci_low,
          ci_high: hidden ? null : r.ci_high,
          value_text: hidden ? t.suppressed : formatPercent(r.estimate!, lang),
          suppressed: hidden,
        };
      }),
  );
  const method = t.interval[rows[0]?.method ?? "wilson"] ?? rows[0]?.method ?? "";
  const ns = groups.map((g, gi) => `${denominators[gi]} (${groupLabel(g)})`).join(", ");
  const note = noteLine(
    [
      `n = ${ns} ${t.respondents}`,
      options.multipleChoice && t.multipleChoice,
      method,
      rows.some((r) => r.suppressed) && t.hidden,
      options.note,
    ],
    lang,
  );
  const source = sourceLine(options, lang);
  const sep = lang === "fr" ? " : " : ": ";
  const perGroup = groups.map((g, gi) => {
    const top = rows
      .filter((r) => groupOf(r) === g && !r.suppressed && r.estimate !== null)
      .sort((a, b) => b.estimate! - a.estimate!)[0];
    const head = `${groupLabel(g)} (n = ${denominators[gi]})`;
    if (!top)
      return `${head}${sep}${lang === "fr" ? "toutes les réponses masquées (secret statistique)" : "alle antwoorden verborgen (statistisch geheim)"}`;
    const ci =
      top.ci_low !== null && top.ci_high !== null
        ? ` (${lang === "fr" ? "IC 95 %" : "95%-BI"}${sep}${formatPercentInterval(top.ci_low, top.ci_high, lang)})`
        : "";
    return `${head}${sep}« ${levelLabel(top.level)} », ${formatPercent(top.estimate!, lang)}${ci}`;
  });
  const altText = `${options.title}. ${
    lang === "fr"
      ? `Un panneau par groupe, avec la réponse la plus fréquente de chacun. ${perGroup.join(" ; ")}.`
      : `Eén paneel per groep; het vaakste antwoord in elk. ${perGroup.join("; ")}.`
  } ${source}`;
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  const spacing = Math.round(f.fontSize * 2);
  // Every panel repeats the answer labels (independent y axes) and has room for the values
  // written after the whiskers.
  const right = 4 + textsWidth([...values.map((v) => v.value_text), "100 %"], f.minFontSize);
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
      color: "#222222",
      offset: 6,
    },
    data: { values: values.filter((v) => v.panel_order === gi) },
    width: panelWidth,
    height: { step },
    encoding: { y: answerAxis() },
    layer: [
      {
        transform: [{ filter: "!datum.suppressed" }],
        mark: { type: "bar" as const, color: WAVE_COLOURS[0], height: { band: 0.6 } },
        encoding: {
          x: {
            field: "estimate",
            type: "quantitative" as const,
            scale: { domain: [0, 1] },
            // Axis labels under the lowest panel of each column only; the grid in every panel.
            axis: {
              title: null,
              labelExpr: PERCENT_AXIS,
              values: [0, 0.5, 1],
              grid: true,
              labels: gi + columns >= groups.length,
              ticks: gi + columns >= groups.length,
            },
          },
        },
      },
      {
        transform: [{ filter: "!datum.suppressed" }],
        mark: { type: "rule" as const, color: "#222222", strokeWidth: 1.2 },
        encoding: { x: { field: "ci_low", type: "quantitative" as const }, x2: { field: "ci_high" } },
      },
      {
        transform: [{ filter: "!datum.suppressed" }],
        mark: { type: "text" as const, align: "left" as const, dx: 4, fontSize: f.minFontSize, color: "#222222" },
        encoding: {
          x: { field: "ci_high", type: "quantitative" as const },
          text: { field: "value_text", type: "nominal" as const },
        },
      },
      {
        transform: [{ filter: "datum.suppressed" }],
        mark: {
          type: "text" as const,
          align: "left" as const,
          dx: 6,
          fontSize: f.minFontSize,
          fontStyle: "italic" as const,
          color: "#666666",
        },
        encoding: {
          x: { datum: 0, type: "quantitative" as const },
          text: { field: "value_text", type: "nominal" as const },
        },
      },
    ],
  });
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
  );
}
