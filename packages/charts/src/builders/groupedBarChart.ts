import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent } from "../locale/format.ts";
import { wrapLabel } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { ComparisonRow } from "../model/comparisonRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { WAVE_COLOURS } from "../theme/palette.ts";
import { type CommonChartOptions, sourceLine } from "./footer.ts";
import { houseChart, labelsWidth, PERCENT_AXIS, suppressedLayer } from "./shell.ts";

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
 * (% of respondents, totals above 100 % are expected). Suppressed levels read "n < 5".
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
    key: string;
    label: string;
    vague: string;
    estimate: number | null;
    low: number | null;
    high: number | null;
    value_text: string;
    suppressed: boolean;
  };
  // One axis row per level and wave: "007|a|Label"; the label is written once, on the first wave's row.
  const key = (order: number, wave: "a" | "b", label: string) => `${String(order).padStart(3, "0")}|${wave}|${label}`;
  const values = ordered.flatMap((r, order): Bar[] => {
    const label = wrapLabel(options.labels?.[r.level] ?? r.level, format === "column" ? 18 : 30).join("\n");
    if (r.suppressed || r.estimate_a === null || r.estimate_b === null) {
      return [
        {
          order,
          key: key(order, "a", label),
          label,
          vague: b,
          estimate: null,
          low: null,
          high: null,
          value_text: t.suppressed,
          suppressed: true,
        },
      ];
    }
    return [
      {
        order,
        key: key(order, "a", label),
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
        key: key(order, "b", label),
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
  const multiple =
    options.multipleChoice === true
      ? lang === "fr"
        ? "% des répondants ; plusieurs réponses possibles"
        : "% van de respondenten; meerdere antwoorden mogelijk"
      : "";
  const note = `n = ${rows[0]?.denominator_a ?? 0} (${a}), ${rows[0]?.denominator_b ?? 0} (${b}) ${t.respondents}${multiple ? ` ; ${multiple}` : ""} ; ${t.interval.wilson}${options.note ? ` ; ${options.note.replace(/\.$/, "")}` : ""}.`;
  const source = sourceLine(options, lang);
  const first = ordered.find((r) => !r.suppressed && r.estimate_b !== null);
  const altText = `${options.title}. ${
    first
      ? lang === "fr"
        ? `En ${b}, le plus cité est « ${options.labels?.[first.level] ?? first.level} » : ${formatPercent(first.estimate_b!, lang)}, contre ${formatPercent(first.estimate_a!, lang)} en ${a}.`
        : `In ${b} werd « ${options.labels?.[first.level] ?? first.level} » het vaakst genoemd: ${formatPercent(first.estimate_b!, lang)}, tegenover ${formatPercent(first.estimate_a!, lang)} in ${a}.`
      : ""
  } ${source}`;
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  const visible = [{ filter: "!datum.suppressed" }];
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width: Math.max(140, Math.round(f.width - labelPx * 1.25 - f.fontSize * 6)),
      height: { step: Math.round(f.fontSize * 1.7) },
      encoding: {
        y: {
          field: "key",
          type: "nominal",
          sort: "ascending",
          scale: { paddingInner: 0.15 },
          axis: {
            title: null,
            labelExpr: "split(datum.value, '|')[1] == 'a' ? split(split(datum.value, '|')[2], '\\n') : ''",
            labelLimit: 0,
            labelBaseline: "middle",
            ticks: false,
            domain: false,
          },
        },
      },
      layer: [
        {
          transform: visible,
          mark: { type: "bar", height: { band: 0.85 } },
          encoding: {
            x: {
              field: "estimate",
              type: "quantitative",
              scale: { domain: [0, 1] },
              axis: { title: null, labelExpr: PERCENT_AXIS, tickCount: 5, grid: true },
            },
            color: {
              field: "vague",
              type: "nominal",
              scale: { domain: [a, b], range: [...WAVE_COLOURS] },
              legend: { title: null, orient: "top" },
            },
          },
        },
        {
          transform: visible,
          mark: { type: "rule", color: "#222222", strokeWidth: 1 },
          encoding: { x: { field: "low", type: "quantitative" }, x2: { field: "high" } },
        },
        {
          transform: visible,
          mark: { type: "text", align: "left", dx: 4, fontSize: f.minFontSize, color: "#222222" },
          encoding: { x: { field: "high", type: "quantitative" }, text: { field: "value_text", type: "nominal" } },
        },
        suppressedLayer(format),
      ],
    },
  );
}
