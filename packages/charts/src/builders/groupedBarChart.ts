import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, percentDigits } from "../locale/format.ts";
import { labelled, quote } from "../locale/locale.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { ComparisonRow } from "../model/comparisonRow.ts";
import { type ItemOrder, orderItems } from "../model/itemOrder.ts";
import { FORMATS } from "../theme/formats.ts";
import { hiddenText, orderText, shareText } from "./altText.ts";
import {
  comparedWaves,
  comparisonKey,
  comparisonNoteParts,
  demonstratedSentence,
  differenceLayers,
  differenceText,
} from "./comparison.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import {
  answerAxis,
  houseChart,
  intervalLayers,
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

/** Options of {@link groupedBarChart}. */
export interface GroupedBarOptions extends CommonChartOptions {
  /** Label of each level in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Order of the levels: `value` (the later wave's share, largest first) for answers whose order
   * carries no meaning, `instrument` (the rows' order) for an ordinal scale. Default: `"value"`.
   */
  readonly order?: ItemOrder;
  /** @deprecated Use `order`. `true` is `order: "value"`, `false` is `order: "instrument"`. Default: none. */
  readonly ranked?: boolean;
  /** Whether shares are "% of respondents" of a multiple-choice question (said in the note). Default: `false`. */
  readonly multipleChoice?: boolean;
  /** Significance level for the adjusted p-value. Default: `0.05`. */
  readonly alpha?: number;
  /** Interval method of each wave's share (the stats `method`), named in the key. Default: `"wilson"`. */
  readonly method?: string;
}

/**
 * Grouped horizontal bars, one pair per level (earlier wave, later wave) in the waves' colours,
 * each with its capped interval whisker from the stats comparison and its value (one precision for
 * the whole chart); the difference is written at the right — in the emphasis colour when it is
 * demonstrated (Holm-adjusted p under `alpha`, interval excluding 0), grey and « n.s. » otherwise,
 * and the note spells « n.s. » out. Levels are ranked by the later wave's share unless
 * `order: "instrument"`. Withheld levels read « masqué ». The alt text reads the pairs as drawn.
 * @example groupedBarChart(compareMultiple(d, columns, { by: "vague" }).objects(), { multipleChoice: true, … })
 */
export function groupedBarChart(rows: readonly ComparisonRow[], options: GroupedBarOptions): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  const alpha = options.alpha ?? 0.05;
  const short = format === "column";
  const waves = comparedWaves(rows, options, lang);
  const { a, b } = waves;
  const order: ItemOrder = options.order ?? (options.ranked === false ? "instrument" : "value");
  const shown = (r: ComparisonRow) => !r.suppressed && r.estimate_a !== null && r.estimate_b !== null;
  const ordered = orderItems(rows, (r) => (shown(r) ? r.estimate_b : null), order);
  const digits = percentDigits(ordered.filter(shown).flatMap((r) => [r.estimate_a, r.estimate_b]));
  const name = (r: ComparisonRow) => options.labels?.[r.level] ?? r.level;
  const differences = ordered.map((r) => differenceText(r, lang, { short, alpha, digits }));
  type Bar = {
    order: number;
    label: string;
    vague: string;
    estimate: number | null;
    low: number | null;
    high: number | null;
    value_x: number | null;
    value_text: string;
    suppressed: boolean;
  };
  // One row per level and wave; the y band is the level (its label centred on the pair), the
  // sub-band (yOffset) the wave.
  const values = ordered.flatMap((r, i): Bar[] => {
    const label = wrapAnswer(name(r), format);
    if (!shown(r)) {
      const hidden = { low: null, high: null, value_x: null, value_text: t.suppressed, suppressed: true };
      return [{ order: i, label, vague: b, estimate: null, ...hidden }];
    }
    const bar = (vague: string, estimate: number, low?: number | null, high?: number | null): Bar => ({
      order: i,
      label,
      vague,
      estimate,
      low: low ?? null,
      high: high ?? null,
      value_x: high ?? estimate,
      value_text: formatPercent(estimate, lang, { digits }),
      suppressed: false,
    });
    return [bar(a, r.estimate_a!, r.ci_low_a, r.ci_high_a), bar(b, r.estimate_b!, r.ci_low_b, r.ci_high_b)];
  });
  const diffValues = ordered.map((r, i) => ({
    order: i,
    label: wrapAnswer(name(r), format),
    diff_text: differences[i]!.text,
    demonstrated: differences[i]!.demonstrated,
    suppressed: !shown(r),
  }));
  const method = t.interval[options.method ?? "wilson"] ?? options.method ?? "";
  const note = noteLine(
    [
      ...comparisonNoteParts(rows, lang, { short, alpha, differences }),
      options.multipleChoice === true && t.multipleChoice,
      options.note,
    ],
    lang,
  );
  const source = sourceLine(options, lang);
  const drawn = ordered.filter(shown);
  const demonstrated = ordered.filter((_, i) => differences[i]!.demonstrated).length;
  const pair = (r: ComparisonRow) => {
    // Spoken in full (« procentpunt »), whatever the abbreviation drawn in a narrow chart.
    const d = differenceText(r, lang, { short: false, alpha, digits });
    return lang === "fr"
      ? labelled(
          quote(name(r), lang),
          `${shareText(r.estimate_a!, r.ci_low_a, r.ci_high_a, lang, digits)} en ${a}, ${shareText(r.estimate_b!, r.ci_low_b, r.ci_high_b, lang, digits)} en ${b} (${d.text})`,
          lang,
        )
      : labelled(
          quote(name(r), lang),
          `${shareText(r.estimate_a!, r.ci_low_a, r.ci_high_a, lang, digits)} in ${a}, ${shareText(r.estimate_b!, r.ci_low_b, r.ci_high_b, lang, digits)} in ${b} (${d.text})`,
          lang,
        );
  };
  const ranking =
    order === "value"
      ? lang === "fr"
        ? `Classé selon ${b}, ${orderText(order, lang).toLowerCase()}`
        : `Gerangschikt volgens ${b}, ${orderText(order, lang).toLowerCase()}`
      : orderText(order, lang);
  const altText = [
    `${options.title}.`,
    drawn.length > 0 ? demonstratedSentence(demonstrated, drawn.length, a, b, lang) : "",
    drawn.length > 0 ? `${labelled(ranking, drawn.map(pair).join(lang === "fr" ? "\u202f; " : "; "), lang)}.` : "",
    hiddenText(ordered.length - drawn.length, lang),
    source,
  ]
    .filter(Boolean)
    .join(" ");
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  // The values column holds the drawn shares; a withheld level's word is written at the bar's start.
  const valuesPx =
    5 +
    textsWidth(
      [...values.filter((v) => !v.suppressed).map((v) => v.value_text), formatPercent(1, lang, { digits })],
      f.fontSize,
    );
  const gap = Math.round(f.fontSize * (format === "column" ? 0.6 : 1.2));
  // Only drawn differences take room: a withheld level's difference is not written in that column.
  const diffPx = textsWidth(
    differences.filter((_, i) => shown(ordered[i]!)).map((d) => d.text),
    f.fontSize,
    true,
  );
  const plot = plotWidth(format, labelPx, valuesPx + gap + diffPx);
  const visible = [{ filter: "!datum.suppressed" }];
  const offset = {
    field: "vague",
    type: "nominal" as const,
    scale: { domain: [a, b], paddingInner: 0.1 },
  };
  const step = Math.max(
    rowStep(
      values.map((v) => v.label),
      format,
    ),
    Math.round(f.fontSize * 3.8),
  );
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      // A fixed height (levels × step): a step on a band scale with an offset would size the sub-bands.
      height: ordered.length * step,
      width: plot,
      encoding: { y: { ...answerAxis(), scale: { paddingInner: 0.25, paddingOuter: 0.1 } } },
      layer: [
        {
          data: { values },
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
                  axis: { title: null, labelExpr: percentAxis(lang), values: percentTicks(plot), grid: true },
                },
                color: {
                  field: "vague",
                  type: "nominal",
                  scale: { domain: [a, b], range: [waves.colourA, waves.colourB] },
                  legend: null,
                },
              },
            },
            ...intervalLayers("low", "high", Math.min(Math.round(step * 0.18), Math.round(f.fontSize * 0.9)), {
              extra: { yOffset: offset },
            }),
            {
              transform: visible,
              mark: { type: "text", align: "left", dx: 5, fontSize: f.fontSize },
              encoding: {
                yOffset: offset,
                x: { field: "value_x", type: "quantitative" },
                text: { field: "value_text", type: "nominal" },
              },
            },
            suppressedLayer(format),
          ],
        },
        // The difference, in a column of its own right of the values: never over a bar.
        { data: { values: diffValues }, layer: differenceLayers(plot + valuesPx + gap, f.fontSize) },
      ],
    },
    {
      key: {
        entries: comparisonKey(waves, "swatch", lang, {
          interval: drawn.some((r) => r.ci_low_a != null) ? method : null,
          // The differences say it themselves (bold, emphasis colour; « n.s. » spelled out in the note).
          demonstrated: false,
        }),
        left: labelPx + LABEL_PADDING,
      },
    },
  );
}
