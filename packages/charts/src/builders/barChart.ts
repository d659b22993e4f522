import type { Language } from "@monitoring-social/questionnaire";
import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, percentDigits } from "../locale/format.ts";
import { labelled, quote } from "../locale/locale.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { type ItemOrder, orderItems } from "../model/itemOrder.ts";
import { FORMATS } from "../theme/formats.ts";
import { LATEST_WAVE, waveColours } from "../theme/palette.ts";
import { hiddenText, orderText, shareText } from "./altText.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import {
  answerAxis,
  assertOneGroup,
  houseChart,
  intervalLayers,
  type KeyEntry,
  LABEL_PADDING,
  labelsWidth,
  percentAxis,
  percentTicks,
  plotWidth,
  rowStep,
  suppressedLayer,
  textsWidth,
  wrapAnswer,
} from "./shell.ts";

/** Options of {@link barChart}. */
export interface BarChartOptions extends CommonChartOptions {
  /** Label of each answer code, in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Order of the bars: `value` (largest first) for answers whose order carries no meaning,
   * `instrument` (the rows' order) for an ordinal scale. Default: `"value"`.
   */
  readonly order?: ItemOrder;
  /** @deprecated Use `order`. `true` is `order: "value"`, `false` is `order: "instrument"`. Default: none. */
  readonly sort?: boolean;
  /**
   * The rows are the choices of a multiple-choice question for one group (`multipleResponse`, base
   * `respondents`): shares are "% of respondents", may add up to more than 100 %, and the note
   * says so. Default: `false`.
   */
  readonly multipleChoice?: boolean;
  /**
   * The wave the rows come from (e.g. `"2025"`): the bars take its colour (see `waves`) and the key
   * names it. Default: none — the colour of the latest wave, no wave in the key.
   */
  readonly wave?: string;
}

/** The colour of a chart of one wave: that wave's among the study's waves, else the latest wave's. */
export function singleWaveColour(options: CommonChartOptions & { readonly wave?: string }, lang: Language): string {
  if (options.wave === undefined) return LATEST_WAVE;
  const waves = options.waves?.includes(options.wave) ? options.waves : [options.wave];
  return waveColours(waves, lang)[options.wave] ?? LATEST_WAVE;
}

/**
 * Horizontal bars of the answers to one question for one group, largest first (or in the
 * questionnaire's order for an ordinal scale), with capped interval whiskers drawn from the stats
 * result (explicit bounds, never Vega-Lite's own bootstrap) and a key naming the interval, the
 * value written after the whisker at one precision for the whole chart, and suppressed cells
 * shown as « masqué » — never drawn as zero. Bars take the colour of their wave. Reads a `stats`
 * estimate table's rows: `proportion` (single choice) or, with `multipleChoice: true`,
 * `multipleResponse` (% of respondents). For several groups, see {@link groupedBarChart} (two
 * waves) or {@link smallMultiplesChart}. The alt text reads the bars in the order drawn.
 *
 * @throws ChartError `duplicate_level` when a level appears twice (rows of several groups).
 * @example barChart(publishable(proportion(d, "A1")).objects(), { title: "…", source: "…", fictional: true })
 * // => { spec, meta: { note: "n = 178 répondants.", altText: "… du plus fréquent au moins fréquent : « Association (asbl) » 39 % (IC 95 % : 32–47 %), « CPAS » 34 % … » } }
 * @example barChart(multipleResponse(d25, columns).objects(), { multipleChoice: true, labels, title, source, fictional: true })
 * // => bars ranked largest first; note « … ; % des répondants, plusieurs réponses possibles »
 */
export function barChart(rows: readonly EstimateRow[], options: BarChartOptions): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  assertOneGroup(rows, "barChart", lang, "groupedBarChart / smallMultiplesChart");
  const multiple = options.multipleChoice === true;
  const order: ItemOrder = options.order ?? (options.sort === false ? "instrument" : "value");
  const shown = (r: EstimateRow) => !r.suppressed && r.estimate !== null;
  const ordered = orderItems(rows, (r) => (shown(r) ? r.estimate : null), order);
  const digits = percentDigits(ordered.filter(shown).map((r) => r.estimate));
  const name = (r: EstimateRow) => options.labels?.[r.level] ?? r.level;
  const values = ordered.map((r, i) => ({
    order: i,
    label: wrapAnswer(name(r), format),
    estimate: shown(r) ? r.estimate : null,
    ci_low: shown(r) ? r.ci_low : null,
    ci_high: shown(r) ? r.ci_high : null,
    // The value is written after the whisker (after the bar when the row has no interval).
    value_x: shown(r) ? (r.ci_high ?? r.estimate) : null,
    value_text: shown(r) ? formatPercent(r.estimate!, lang, { digits }) : t.suppressed,
    suppressed: !shown(r),
  }));
  const n = Math.max(0, ...rows.map((r) => r.denominator ?? 0));
  const method = t.interval[rows[0]?.method ?? "wilson"] ?? rows[0]?.method ?? "";
  const note = noteLine(
    [
      `n = ${n} ${t.respondents}`,
      multiple && t.multipleChoice,
      rows.some((r) => r.suppressed) && t.hidden,
      options.note,
    ],
    lang,
  );
  const source = sourceLine(options, lang);
  const drawn = ordered.filter(shown);
  const intro =
    lang === "fr"
      ? `Sur ${n} répondants${multiple ? " (plusieurs réponses possibles)" : ""}, ${orderText(order, lang).toLowerCase()}`
      : `Van ${n} respondenten${multiple ? " (meerdere antwoorden mogelijk)" : ""}, ${orderText(order, lang).toLowerCase()}`;
  const altText = [
    `${options.title}.`,
    drawn.length > 0
      ? `${labelled(intro, drawn.map((r) => `${quote(name(r), lang)} ${shareText(r.estimate!, r.ci_low, r.ci_high, lang, digits)}`).join(", "), lang)}.`
      : "",
    hiddenText(rows.length - drawn.length, lang),
    source,
  ]
    .filter(Boolean)
    .join(" ");
  // Room for the wrapped labels on the left and the value after the whisker on the right.
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  const right = 4 + textsWidth([...values.map((v) => v.value_text), formatPercent(1, lang, { digits })], f.fontSize);
  const chartWidth = plotWidth(format, labelPx, right);
  const colour = singleWaveColour(options, lang);
  const step = rowStep(
    values.map((v) => v.label),
    format,
  );
  const key: KeyEntry[] = [
    ...(options.wave !== undefined ? [{ kind: "swatch" as const, colour, label: options.wave }] : []),
    ...(drawn.some((r) => r.ci_low !== null) ? [{ kind: "interval" as const, label: method }] : []),
  ];
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width: chartWidth,
      height: { step },
      encoding: { y: answerAxis() },
      layer: [
        {
          transform: [{ filter: "!datum.suppressed" }],
          mark: { type: "bar", color: colour, height: { band: 0.6 } },
          encoding: {
            x: {
              field: "estimate",
              type: "quantitative",
              scale: { domain: [0, 1] },
              axis: { title: null, labelExpr: percentAxis(lang), values: percentTicks(chartWidth), grid: true },
            },
          },
        },
        ...intervalLayers("ci_low", "ci_high", Math.min(Math.round(step * 0.3), Math.round(f.fontSize * 0.9))),
        {
          transform: [{ filter: "!datum.suppressed" }],
          mark: { type: "text", align: "left", dx: 5, fontSize: f.fontSize },
          encoding: {
            x: { field: "value_x", type: "quantitative" },
            text: { field: "value_text", type: "nominal" },
          },
        },
        suppressedLayer(format),
      ],
    },
    { key: { entries: key, left: labelPx + LABEL_PADDING } },
  );
}
