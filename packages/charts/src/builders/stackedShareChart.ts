import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent } from "../locale/format.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { SEQUENTIAL_COLOURS } from "../theme/palette.ts";
import { type CommonChartOptions, sourceLine } from "./footer.ts";
import { houseChart, PERCENT_AXIS } from "./shell.ts";

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
  const values = rows
    .filter((r) => !r.suppressed && r.estimate !== null)
    .map((r) => ({
      group: String(r[options.by]),
      level: label(r.level),
      rank: options.levels.indexOf(r.level),
      estimate: r.estimate,
      text: r.estimate! >= 0.08 ? formatPercent(r.estimate!, lang) : "",
      // Dark segments (upper half of the scale) take white text.
      dark: options.levels.indexOf(r.level) >= Math.ceil(options.levels.length / 2),
    }));
  const groups = [...new Set(rows.map((r) => String(r[options.by])))];
  const ns = groups.map((g) => `${rows.find((r) => String(r[options.by]) === g)?.denominator ?? 0} (${g})`).join(", ");
  const method = t.interval[rows[0]?.method ?? ""] ?? "";
  const note = `n = ${ns} ${t.respondents}${method ? ` ; ${method}` : ""}${rows.some((r) => r.suppressed) ? ` ; ${t.hidden}` : ""}${options.note ? ` ; ${options.note.replace(/\.$/, "")}` : ""}.`;
  const source = sourceLine(options, lang);
  const altText = `${options.title}. ${groups
    .map((g) => {
      const parts = values.filter((v) => v.group === g).map((v) => `${v.level} ${formatPercent(v.estimate!, lang)}`);
      return `${g} : ${parts.join(", ")}`;
    })
    .join(" ; ")}. ${source}`;
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width: Math.round(f.width - f.fontSize * 6),
      height: { step: Math.round(f.fontSize * 3.2) },
      encoding: {
        y: { field: "group", type: "nominal", axis: { title: null, ticks: false, domain: false }, sort: groups },
        x: {
          field: "estimate",
          type: "quantitative",
          stack: "normalize",
          axis: { title: null, labelExpr: PERCENT_AXIS, tickCount: 5 },
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
                columns: Math.min(options.levels.length, format === "column" ? 2 : 5),
              },
            },
          },
        },
        {
          mark: { type: "text", fontSize: f.fontSize },
          encoding: {
            x: { field: "estimate", type: "quantitative", stack: "normalize", bandPosition: 0.5 },
            text: { field: "text", type: "nominal" },
            color: { condition: { test: "datum.dark", value: "#ffffff" }, value: "#111111" },
          },
        },
      ],
    },
  );
}
