import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, percentDigits } from "../locale/format.ts";
import { labelled, quote } from "../locale/locale.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { measureText } from "../render/textMetrics.ts";
import { FORMATS } from "../theme/formats.ts";
import { INK, inkOn, type OrderedScale, orderedColours } from "../theme/palette.ts";
import { hiddenText } from "./altText.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import { houseChart, LABEL_PADDING, labelsWidth, percentAxis, percentTicks, plotWidth, textsWidth } from "./shell.ts";

/** Options of {@link stackedShareChart}. */
export interface StackedShareOptions extends CommonChartOptions {
  /** Column of the estimate table holding the group (e.g. `vague`). Required. */
  readonly by: string;
  /** Levels in scale order (e.g. the time-share brackets, lowest first). Required. */
  readonly levels: readonly string[];
  /** Label of each level in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * The colour scale of the levels (see the colour grammar): `sequential` greens for a scale that
   * is not centred (brackets, frequencies), `diverging` purple → grey → green for one centred on a
   * neutral answer (forte diminution → forte augmentation). Default: `"sequential"`.
   */
  readonly scale?: OrderedScale;
  /** Colours, one per level, in scale order. Default: the grammar's colours for `scale`. */
  readonly colours?: readonly string[];
}

/**
 * 100 % stacked bars of an ordered distribution per group (e.g. the time share in brackets, 2021
 * and 2025): one bar per group, segments in scale order, coloured by the grammar's sequential or
 * diverging scale, the share written (one precision for the chart, ink chosen for contrast) in
 * segments wide enough to hold it, and a key in scale order. Suppressed cells are left out of the
 * bar (never rescaled: their room stays empty, « masqué » after the bar) and the note says so.
 * Reads the rows of a `stats` `proportion(…, { by })` table; the intervals are in its table, not
 * drawn, so the note does not cite them. The alt text reads each bar in scale order.
 * @throws ChartError `too_many_levels` beyond the grammar's colours (6 sequential, 7 diverging).
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
  const colours = options.colours ?? orderedColours(options.levels.length, options.scale ?? "sequential", lang);
  const label = (code: string) => options.labels?.[code] ?? code;
  const groups = [...new Set(rows.map((r) => String(r[options.by])))];
  const groupsPx = labelsWidth(groups, format);
  const width = plotWidth(format, groupsPx, textsWidth([t.suppressed], f.fontSize) + 8);
  const kept = rows.filter((r) => !r.suppressed && r.estimate !== null && options.levels.includes(r.level));
  const digits = percentDigits(kept.map((r) => r.estimate));
  const values = kept.map((r) => {
    const text = formatPercent(r.estimate!, lang, { digits });
    const rank = options.levels.indexOf(r.level);
    return {
      group: String(r[options.by]),
      level: label(r.level),
      rank,
      estimate: r.estimate,
      share: text,
      // The share is written only in a segment wide enough to hold it, in the ink that contrasts.
      text: r.estimate! * width >= measureText(text, f.fontSize) + 8 ? text : "",
      ink: inkOn(colours[rank]!),
    };
  });
  // Bars are stacked on the raw shares, never rescaled to 100 %: a hidden cell leaves its room
  // empty, and « masqué » is written after the bar.
  const hiddenIn = (g: string) =>
    rows.filter((r) => String(r[options.by]) === g && (r.suppressed || r.estimate === null)).length;
  const ends = groups
    .filter((g) => hiddenIn(g) > 0)
    .map((g) => ({
      group: g,
      x: values.filter((v) => v.group === g).reduce((s, v) => s + (v.estimate ?? 0), 0),
      text: t.suppressed,
    }));
  const ns = groups.map((g) => `${rows.find((r) => String(r[options.by]) === g)?.denominator ?? 0} (${g})`).join(", ");
  const note = noteLine([`n = ${ns} ${t.respondents}`, rows.some((r) => r.suppressed) && t.hidden, options.note], lang);
  const source = sourceLine(options, lang);
  const altText = [
    `${options.title}.`,
    ...groups.map((g) => {
      const parts = values
        .filter((v) => v.group === g)
        .sort((x, y) => x.rank - y.rank)
        .map((v) => `${quote(v.level, lang)} ${v.share}`);
      const hidden = hiddenIn(g);
      return `${labelled(g, parts.join(", "), lang)}.${hidden ? ` ${hiddenText(hidden, lang)}` : ""}`;
    }),
    source,
  ].join(" ");
  const domain = options.levels.map(label);
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width,
      height: { step: Math.round(f.fontSize * 3.2) },
      encoding: {
        y: {
          field: "group",
          type: "nominal",
          axis: { title: null, ticks: false, domain: false, labelPadding: LABEL_PADDING },
          sort: groups,
        },
        x: {
          field: "estimate",
          type: "quantitative",
          stack: "zero",
          scale: { domain: [0, 1] },
          axis: { title: null, labelExpr: percentAxis(lang), values: percentTicks(width) },
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
              sort: domain,
              scale: { domain, range: [...colours].slice(0, options.levels.length) },
              legend: null,
            },
          },
        },
        {
          mark: { type: "text", fontSize: f.fontSize },
          encoding: {
            x: { field: "estimate", type: "quantitative", stack: "zero", bandPosition: 0.5 },
            text: { field: "text", type: "nominal" },
            color: { field: "ink", type: "nominal", scale: null },
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
                  color: INK.muted,
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
    {
      key: {
        entries: domain.map((l, i) => ({ kind: "swatch" as const, colour: colours[i]!, label: l })),
        left: groupsPx + LABEL_PADDING,
      },
    },
  );
}
