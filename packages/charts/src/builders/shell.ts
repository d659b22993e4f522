import type { Language } from "@monitoring-social/questionnaire";
import type { TopLevelSpec } from "vega-lite";
import { NNBSP } from "../locale/format.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import { type ChartFormat, FORMATS } from "../theme/formats.ts";
import { houseConfig } from "../theme/theme.ts";
import { type CommonChartOptions, footnote } from "./footer.ts";

/** Vega expression writing an axis value (0–1) as a house-style percentage: « 40 % ». */
export const PERCENT_AXIS = `replace(format(datum.value * 100, '.0f'), '.', ',') + '${NNBSP}%'`;

/** The y encoding of a chart with one row per answer: wrapped labels (`\n`), answer order. */
export function answerAxis() {
  return {
    field: "label",
    type: "nominal" as const,
    sort: { field: "order", op: "min" as const },
    axis: { title: null, labelExpr: "split(datum.label, '\\n')", labelLimit: 0, ticks: false, domain: false },
  };
}

/** The layer that writes "n < 5" (in `value_text`) at the start of a row instead of a value. */
export function suppressedLayer(format: ChartFormat, textField = "value_text") {
  return {
    transform: [{ filter: "datum.suppressed" }],
    mark: {
      type: "text" as const,
      align: "left" as const,
      dx: 6,
      fontSize: FORMATS[format].fontSize,
      fontStyle: "italic" as const,
      color: "#666666",
    },
    encoding: { x: { datum: 0, type: "quantitative" as const }, text: { field: textField, type: "nominal" as const } },
  };
}

/** Width in px taken by wrapped labels (estimate: 0.6 em per character). */
export function labelsWidth(labels: readonly string[], format: ChartFormat): number {
  const longest = Math.max(0, ...labels.flatMap((l) => l.split("\n").map((line) => line.length)));
  return Math.ceil(longest * FORMATS[format].fontSize * 0.6);
}

/** Texts of a chart besides its title, computed by the builder. */
export interface ChartTexts {
  readonly source: string;
  readonly note: string;
  readonly altText: string;
  readonly lang: Language;
  readonly format: ChartFormat;
}

/**
 * Wraps a builder's view in the house frame: schema, config of the format, title and subtitle on
 * top, source and note at the bottom, alt text as the description; returns `{ spec, meta }`.
 */
export function houseChart(options: CommonChartOptions, texts: ChartTexts, view: Record<string, unknown>): ChartSpec {
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: houseConfig(texts.format),
    description: texts.altText,
    title: { text: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}), frame: "bounds" },
    vconcat: [{ title: footnote([texts.source, texts.note], texts.format), ...view }],
  } as TopLevelSpec;
  return {
    spec,
    meta: { title: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}), ...texts },
  };
}
