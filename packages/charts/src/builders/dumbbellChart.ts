import { CHART_TEXT } from "../locale/chartText.ts";
import { percentDigits } from "../locale/format.ts";
import { labelled } from "../locale/locale.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { ComparisonRow } from "../model/comparisonRow.ts";
import { type ItemOrder, orderItems } from "../model/itemOrder.ts";
import { FORMATS } from "../theme/formats.ts";
import { EMPHASIS, NOT_DEMONSTRATED_LINE } from "../theme/palette.ts";
import { changeText, hiddenText, orderText } from "./altText.ts";
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

/** Options of {@link dumbbellChart}. */
export interface DumbbellOptions extends CommonChartOptions {
  /** Label of each level, in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Significance level for the adjusted p-value. Default: `0.05`. */
  readonly alpha?: number;
  /**
   * Order of the levels: `value` (the later wave's share, largest first) for answers whose order
   * carries no meaning, `instrument` (the rows' order) for an ordinal scale. Default: `"value"`.
   */
  readonly order?: ItemOrder;
  /** Interval method of each wave's share (the stats `method`), named in the key. Default: `"wilson"`. */
  readonly method?: string;
}

/**
 * Dumbbell of the change between two waves, one line per level: a dot per wave in the waves'
 * colours, each with its capped interval (the earlier wave's above the line, the later wave's
 * below), joined by a line in the emphasis colour when the difference is demonstrated (Holm-adjusted
 * p under `alpha`, interval excluding 0) and light grey otherwise; the difference is written at the
 * right — bold, emphasis colour when demonstrated, grey with « n.s. » otherwise, and the note spells
 * « n.s. » out — so a reader never takes noise for a rise. Levels are ranked by the later wave's
 * share unless `order: "instrument"`. Withheld levels read « masqué ». The alt text reads the lines
 * as drawn.
 * @example dumbbellChart(publishable(compareProportions(d, "E1", { by: "vague" })).objects(), options)
 */
export function dumbbellChart(rows: readonly ComparisonRow[], options: DumbbellOptions): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  const alpha = options.alpha ?? 0.05;
  // Narrow charts write "pt" / "pp" and explain it in the note.
  const short = format === "column";
  const waves = comparedWaves(rows, options, lang);
  const { a, b } = waves;
  const order: ItemOrder = options.order ?? "value";
  const shown = (r: ComparisonRow) => !r.suppressed && r.estimate_a !== null && r.estimate_b !== null;
  const ordered = orderItems(rows, (r) => (shown(r) ? r.estimate_b : null), order);
  const digits = percentDigits(ordered.filter(shown).flatMap((r) => [r.estimate_a, r.estimate_b]));
  const name = (r: ComparisonRow) => options.labels?.[r.level] ?? r.level;
  const differences = ordered.map((r) => differenceText(r, lang, { short, alpha, digits }));
  const values = ordered.map((r, i) => ({
    order: i,
    label: wrapAnswer(name(r), format),
    a: shown(r) ? r.estimate_a : null,
    b: shown(r) ? r.estimate_b : null,
    low_a: shown(r) ? (r.ci_low_a ?? null) : null,
    high_a: shown(r) ? (r.ci_high_a ?? null) : null,
    low_b: shown(r) ? (r.ci_low_b ?? null) : null,
    high_b: shown(r) ? (r.ci_high_b ?? null) : null,
    diff_text: differences[i]!.text,
    demonstrated: differences[i]!.demonstrated,
    suppressed: !shown(r),
  }));
  const note = noteLine([...comparisonNoteParts(rows, lang, { short, alpha, differences }), options.note], lang);
  const source = sourceLine(options, lang);
  const drawn = ordered.filter(shown);
  const demonstrated = differences.filter((d) => d.demonstrated).length;
  const ranking =
    order === "value"
      ? lang === "fr"
        ? `Classé selon ${b}, ${orderText(order, lang).toLowerCase()}`
        : `Gerangschikt volgens ${b}, ${orderText(order, lang).toLowerCase()}`
      : orderText(order, lang);
  const altText = [
    `${options.title}.`,
    drawn.length > 0 ? demonstratedSentence(demonstrated, drawn.length, a, b, lang) : "",
    drawn.length > 0
      ? `${labelled(
          ranking,
          drawn
            .map((r) =>
              changeText(r, name(r), lang, { digits, demonstrated: differences[ordered.indexOf(r)]!.demonstrated }),
            )
            .join(lang === "fr" ? "\u202f; " : "; "),
          lang,
        )}.`
      : "",
    hiddenText(ordered.length - drawn.length, lang),
    source,
  ]
    .filter(Boolean)
    .join(" ");
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  // The differences are written in a column of their own, right of the plot: never over a dot.
  const diffWidth = textsWidth(
    values.map((v) => v.diff_text),
    f.fontSize,
    true,
  );
  const gap = Math.round(f.fontSize * (format === "column" ? 0.6 : 1.2));
  const width = plotWidth(format, labelPx, gap + diffWidth);
  const step = Math.max(
    rowStep(
      values.map((v) => v.label),
      format,
    ),
    Math.round(f.fontSize * 2.8),
  );
  const dot = Math.round(f.fontSize * 0.8);
  // Each wave's interval sits just off the line: the earlier wave's above, the later wave's below.
  const shift = Math.round(dot / 2 + 3);
  const visible = [{ filter: "!datum.suppressed" }];
  const withInterval = drawn.some((r) => r.ci_low_a != null || r.ci_low_b != null);
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width,
      height: { step },
      encoding: { y: answerAxis() },
      layer: [
        {
          transform: visible,
          mark: { type: "rule", strokeWidth: 2.5 },
          encoding: {
            x: {
              field: "a",
              type: "quantitative",
              scale: { domain: [0, 1] },
              axis: { title: null, labelExpr: percentAxis(lang), values: percentTicks(width), grid: true },
            },
            x2: { field: "b" },
            color: { condition: { test: "datum.demonstrated", value: EMPHASIS }, value: NOT_DEMONSTRATED_LINE },
          },
        },
        ...intervalLayers("low_a", "high_a", 6, { yOffset: -shift, colour: waves.colourA }),
        ...intervalLayers("low_b", "high_b", 6, { yOffset: shift, colour: waves.colourB }),
        {
          transform: [
            ...visible,
            { fold: ["a", "b"], as: ["wave", "value"] },
            { calculate: `datum.wave === 'a' ? '${a}' : '${b}'`, as: "vague" },
          ],
          mark: { type: "point", filled: true, size: dot * dot, opacity: 1, stroke: "#ffffff", strokeWidth: 1 },
          encoding: {
            x: { field: "value", type: "quantitative" },
            color: {
              field: "vague",
              type: "nominal",
              scale: { domain: [a, b], range: [waves.colourA, waves.colourB] },
              legend: null,
            },
          },
        },
        ...differenceLayers(width + gap, f.fontSize),
        suppressedLayer(format, "diff_text"),
      ],
    },
    {
      key: {
        entries: comparisonKey(waves, "dot", lang, {
          interval: withInterval ? (t.interval[options.method ?? "wilson"] ?? options.method ?? "") : null,
          demonstrated: demonstrated > 0,
        }),
        left: labelPx + LABEL_PADDING,
      },
    },
  );
}
