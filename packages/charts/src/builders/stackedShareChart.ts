import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent } from "../locale/format.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { measureText } from "../render/textMetrics.ts";
import { FORMATS } from "../theme/formats.ts";
import { SEQUENTIAL_COLOURS } from "../theme/palette.ts";
import { hiddenText, quoted } from "./altText.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import { houseChart, labelsWidth, legendColumns, PERCENT_AXIS, percentTicks, plotWidth, textsWidth } from "./shell.ts";

/** Options of {@link stackedShareChart}. */
export interface StackedShareOptions extends CommonChartOptions {
  /** Column of the estimate table holding the group (e.g. `vague`). Required. */
  readonly by: string;
  /** Levels in scale order (e.g. the time-share brackets, lowest first). Required. */
  readonly levels: readonly string[];
  /** Label of each level in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Colours, one per level, light to dark. Default: the house sequential blues (five levels). */
  readonly colours?: readonly string[];
}

/**
 * 100 % stacked bars of an ordered distribution per group (e.g. the time share in brackets, 2021
 * and 2025): one bar per group, segments in scale order, the share written in segments wide
 * enough to hold it. Suppressed cells are left out of the bar and the note says so. Reads the
 * rows of a `stats` `proportion(…, { by })` table.
 * @example stackedShareChart(proportion(d, "B1", { by: "vague" }).objects(), { by: "vague", levels, … })
 */
export function stackedShareChart(
  rows: readonly (EstimateRow & Record<string, unknown>)[],
  options: StackedShareOptions,
): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  const colours = options.colours ?? SEQUENTIAL_COLOURS;
  const label = (code: string) => options.labels?.[code] ?? code;
  const groups = [...new Set(rows.map((r) => String(r[options.by])))];
  const width = plotWidth(format, labelsWidth(groups, format), textsWidth([t.suppressed], f.fontSize) + 8, 160);
  const values = rows
    .filter((r) => !r.suppressed && r.estimate !== null)
    .map((r) => {
      const text = formatPercent(r.estimate!, lang);
      return {
        group: String(r[options.by]),
        level: label(r.level),
        rank: options.levels.indexOf(r.level),
        estimate: r.estimate,
        // The share is written only in a segment wide enough to hold it.
        text: r.estimate! * width >= measureText(text, f.fontSize) + 8 ? text : "",
        // Dark segments (upper half of the scale) take white text.
        dark: options.levels.indexOf(r.level) >= Math.ceil(options.levels.length / 2),
      };
    });
  // Bars are stacked on the raw shares, never rescaled to 100 %: a hidden cell leaves its room
  // empty, and « masqué » is written after the bar.
  const ends = groups
    .filter((g) => rows.some((r) => String(r[options.by]) === g && (r.suppressed || r.estimate === null)))
    .map((g) => ({
      group: g,
      x: values.filter((v) => v.group === g).reduce((s, v) => s + (v.estimate ?? 0), 0),
      text: t.suppressed,
    }));
  const ns = groups.map((g) => `${rows.find((r) => String(r[options.by]) === g)?.denominator ?? 0} (${g})`).join(", ");
  const method = t.interval[rows[0]?.method ?? ""] ?? "";
  const note = noteLine(
    [`n = ${ns} ${t.respondents}`, method, rows.some((r) => r.suppressed) && t.hidden, options.note],
    lang,
  );
  const source = sourceLine(options, lang);
  const altText = [
    `${options.title}.`,
    ...groups.map((g) => {
      const parts = values
        .filter((v) => v.group === g)
        .sort((x, y) => x.rank - y.rank)
        .map((v) => `${quoted(v.level)} ${formatPercent(v.estimate!, lang)}`);
      const hidden = rows.filter((r) => String(r[options.by]) === g && (r.suppressed || r.estimate === null)).length;
      return `${g}${lang === "fr" ? " : " : ": "}${parts.join(", ")}.${hidden ? ` ${hiddenText(hidden, lang)}` : ""}`;
    }),
    source,
  ].join(" ");
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width,
      height: { step: Math.round(f.fontSize * 3.2) },
      encoding: {
        y: { field: "group", type: "nominal", axis: { title: null, ticks: false, domain: false }, sort: groups },
        x: {
          field: "estimate",
          type: "quantitative",
          stack: "zero",
          scale: { domain: [0, 1] },
          axis: { title: null, labelExpr: PERCENT_AXIS, values: percentTicks(width) },
        },
        order: { field: "rank", type: "quantitative" },
      },
      layer: [
        {
          mark: { type: "bar", height: { band: 0.7 }, stroke: "#ffffff", strokeWidth: 1 },
          encoding: {
            color: {
              field: "level",
              type: "nominal",
              sort: options.levels.map(label),
              scale: { domain: options.levels.map(label), range: [...colours].slice(0, options.levels.length) },
              legend: {
                title: null,
                orient: "top",
                direction: "horizontal",
                columns: legendColumns(options.levels.map(label), width + 40, f.fontSize),
              },
            },
          },
        },
        {
          mark: { type: "text", fontSize: f.fontSize },
          encoding: {
            x: { field: "estimate", type: "quantitative", stack: "zero", bandPosition: 0.5 },
            text: { field: "text", type: "nominal" },
            color: { condition: { test: "datum.dark", value: "#ffffff" }, value: "#111111" },
          },
        },
        ...(ends.length > 0
          ? [
              {
                data: { values: ends },
                mark: {
                  type: "text" as const,
                  align: "left" as const,
                  dx: 4,
                  fontSize: f.fontSize,
                  fontStyle: "italic" as const,
                  color: "#666666",
                },
                encoding: {
                  x: { field: "x", type: "quantitative" as const, stack: null },
                  text: { field: "text", type: "nominal" as const },
                },
              },
            ]
          : []),
      ],
    },
  );
}
