import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent } from "../locale/format.ts";
import { wrapLabel } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { ComparisonRow } from "../model/comparisonRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { WAVE_COLOURS } from "../theme/palette.ts";
import { hiddenText, quoted, shareText } from "./altText.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import {
  answerAxis,
  houseChart,
  labelsWidth,
  PERCENT_AXIS,
  percentTicks,
  plotWidth,
  rowStep,
  suppressedLayer,
  textsWidth,
} from "./shell.ts";

/** Options of {@link groupedBarChart}. */
export interface GroupedBarOptions extends CommonChartOptions {
  /** Label of each level in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Rank levels by the later wave's share, largest first (multiple choice). Default: `true`. */
  readonly ranked?: boolean;
  /** Whether shares are "% of respondents" of a multiple-choice question (said in the note). Default: `false`. */
  readonly multipleChoice?: boolean;
}

/**
 * Grouped horizontal bars, one pair per level (earlier wave, later wave), each with its interval
 * whisker from the stats comparison; ranked by the later wave for a multiple-choice question
 * (% of respondents, totals above 100 % are expected). Suppressed levels read « masqué ».
 * @example groupedBarChart(compareMultiple(d, columns, { by: "vague" }).objects(), { multipleChoice: true, … })
 */
export function groupedBarChart(rows: readonly ComparisonRow[], options: GroupedBarOptions): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  const a = rows[0]?.group_a ?? "";
  const b = rows[0]?.group_b ?? "";
  const ordered =
    (options.ranked ?? true) ? [...rows].sort((x, y) => (y.estimate_b ?? -1) - (x.estimate_b ?? -1)) : [...rows];
  type Bar = {
    order: number;
    label: string;
    vague: string;
    estimate: number | null;
    low: number | null;
    high: number | null;
    value_text: string;
    suppressed: boolean;
  };
  // One row per level and wave; the y band is the level (its label centred on the pair), the
  // sub-band (yOffset) the wave.
  const values = ordered.flatMap((r, order): Bar[] => {
    const label = wrapLabel(options.labels?.[r.level] ?? r.level, format === "column" ? 18 : 30).join("\n");
    if (r.suppressed || r.estimate_a === null || r.estimate_b === null) {
      return [
        { order, label, vague: b, estimate: null, low: null, high: null, value_text: t.suppressed, suppressed: true },
      ];
    }
    return [
      {
        order,
        label,
        vague: a,
        estimate: r.estimate_a,
        low: r.ci_low_a ?? null,
        high: r.ci_high_a ?? null,
        value_text: formatPercent(r.estimate_a, lang),
        suppressed: false,
      },
      {
        order,
        label,
        vague: b,
        estimate: r.estimate_b,
        low: r.ci_low_b ?? null,
        high: r.ci_high_b ?? null,
        value_text: formatPercent(r.estimate_b, lang),
        suppressed: false,
      },
    ];
  });
  const multiple = options.multipleChoice === true ? t.multipleChoice : "";
  const note = noteLine(
    [
      `n = ${rows[0]?.denominator_a ?? 0} (${a}), ${rows[0]?.denominator_b ?? 0} (${b}) ${t.respondents}`,
      multiple,
      t.interval.wilson,
      rows.some((r) => r.suppressed) && t.hidden,
      options.note,
    ],
    lang,
  );
  const source = sourceLine(options, lang);
  const shown = ordered.filter((r) => !r.suppressed && r.estimate_a !== null && r.estimate_b !== null);
  const name = (r: ComparisonRow) => quoted(options.labels?.[r.level] ?? r.level);
  const pair = (r: ComparisonRow) =>
    lang === "fr"
      ? `${name(r)} : ${shareText(r.estimate_b!, r.ci_low_b, r.ci_high_b, lang)} en ${b}, contre ${shareText(r.estimate_a!, r.ci_low_a, r.ci_high_a, lang)} en ${a}`
      : `${name(r)}: ${shareText(r.estimate_b!, r.ci_low_b, r.ci_high_b, lang)} in ${b}, tegenover ${shareText(r.estimate_a!, r.ci_low_a, r.ci_high_a, lang)} in ${a}`;
  const [first, ...next] = shown.slice(0, 3);
  const altText = [
    `${options.title}.`,
    first
      ? lang === "fr"
        ? `En ${b}, ${(options.ranked ?? true) ? "le plus cité est" : "d'abord"} ${pair(first)}.`
        : `In ${b} ${(options.ranked ?? true) ? "werd het vaakst genoemd" : "eerst"} ${pair(first)}.`
      : "",
    next.length > 0 ? `${lang === "fr" ? "Puis" : "Dan"} ${next.map(pair).join(" ; ")}.` : "",
    hiddenText(ordered.length - shown.length, lang),
    source,
  ]
    .filter(Boolean)
    .join(" ");
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  const right = 4 + textsWidth([...values.map((v) => v.value_text), "100 %"], f.minFontSize);
  const plot = plotWidth(format, labelPx, right, 140);
  const visible = [{ filter: "!datum.suppressed" }];
  const offset = {
    field: "vague",
    type: "nominal" as const,
    scale: { domain: [a, b], paddingInner: 0.08 },
  };
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width: plot,
      // A fixed height (levels × step): a step on a band scale with an offset would size the sub-bands.
      height:
        ordered.length *
        Math.max(
          rowStep(
            values.map((v) => v.label),
            format,
          ),
          Math.round(f.fontSize * 3.8),
        ),
      encoding: { y: { ...answerAxis(), scale: { paddingInner: 0.3, paddingOuter: 0.15 } } },
      layer: [
        {
          transform: visible,
          mark: { type: "bar" },
          encoding: {
            yOffset: offset,
            x: {
              field: "estimate",
              type: "quantitative",
              scale: { domain: [0, 1] },
              axis: { title: null, labelExpr: PERCENT_AXIS, values: percentTicks(plot), grid: true },
            },
            color: {
              field: "vague",
              type: "nominal",
              scale: { domain: [a, b], range: [...WAVE_COLOURS] },
              legend: { title: null, orient: "top", direction: "horizontal" },
            },
          },
        },
        {
          transform: visible,
          mark: { type: "rule", color: "#222222", strokeWidth: 1 },
          encoding: { yOffset: offset, x: { field: "low", type: "quantitative" }, x2: { field: "high" } },
        },
        {
          transform: visible,
          mark: { type: "text", align: "left", dx: 4, fontSize: f.minFontSize, color: "#222222" },
          encoding: {
            yOffset: offset,
            x: { field: "high", type: "quantitative" },
            text: { field: "value_text", type: "nominal" },
          },
        },
        suppressedLayer(format),
      ],
    },
  );
}
