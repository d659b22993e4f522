import type { Language } from "@monitoring-social/questionnaire";
import type { TopLevelSpec } from "vega-lite";
import { ChartError } from "../locale/chartError.ts";
import { NNBSP } from "../locale/format.ts";
import { wrapToWidth } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import { measureText } from "../render/textMetrics.ts";
import { type ChartFormat, FORMATS } from "../theme/formats.ts";
import { houseConfig } from "../theme/theme.ts";
import { CHART_PADDING, type CommonChartOptions, footnote } from "./footer.ts";

/** Vega expression writing an axis value (0–1) as a house-style percentage: « 40 % ». */
export const PERCENT_AXIS = `replace(format(datum.value * 100, '.0f'), '.', ',') + '${NNBSP}%'`;

/** The y encoding of a chart with one row per answer: wrapped labels (`\n`), answer order. */
export function answerAxis() {
  return {
    field: "label",
    type: "nominal" as const,
    sort: { field: "order", op: "min" as const },
    axis: {
      title: null,
      labelExpr: "split(datum.label, '\\n')",
      labelLimit: 0,
      ticks: false,
      domain: false,
      labelPadding: LABEL_PADDING,
    },
  };
}

/** The layer that writes « masqué » (in `value_text`) at the start of a row instead of a value. */
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

/** Width in px taken by wrapped labels (`\n` between lines), measured in DejaVu Sans at the format's size. */
export function labelsWidth(
  labels: readonly string[],
  format: ChartFormat,
  fontSize = FORMATS[format].fontSize,
): number {
  return Math.ceil(Math.max(0, ...labels.flatMap((l) => l.split("\n").map((line) => measureText(line, fontSize)))));
}

/** Widest of some texts, in px, at a font size. */
export function textsWidth(texts: readonly string[], fontSize: number): number {
  return Math.ceil(Math.max(0, ...texts.map((t) => measureText(t, fontSize))));
}

/**
 * Height of one row of a chart with wrapped labels: `factor` × the font size, or more when the
 * longest label has more lines, so that labels of neighbouring rows never overlap.
 */
export function rowStep(labels: readonly string[], format: ChartFormat, factor = 2.6): number {
  const f = FORMATS[format];
  const lines = Math.max(1, ...labels.map((l) => l.split("\n").length));
  return Math.max(Math.round(f.fontSize * factor), Math.round(lines * (f.fontSize + 2) + f.fontSize * 0.9));
}

/** Axis label padding (px) between the answer labels and the plot. */
export const LABEL_PADDING = 4;

/**
 * Width of the plot so that the whole chart fills its format: the format's width less vega's
 * padding, the answer labels on the left and `right` px for what is written past the plot
 * (values after the whiskers, differences). Never under `min`.
 */
export function plotWidth(format: ChartFormat, left: number, right: number, min = 100): number {
  return Math.max(min, Math.floor(FORMATS[format].width - 2 * CHART_PADDING - left - LABEL_PADDING - right));
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
export function houseChart(
  options: CommonChartOptions,
  texts: ChartTexts,
  view: Record<string, unknown>,
  style: { readonly titleSize?: number; readonly subtitleSize?: number; readonly footnoteSize?: number } = {},
): ChartSpec {
  const config = houseConfig(texts.format);
  const f = FORMATS[texts.format];
  const titleSize = style.titleSize ?? f.titleSize;
  const subtitleSize = style.subtitleSize ?? f.fontSize;
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: {
      ...config,
      title: {
        ...config.title,
        ...(style.titleSize ? { fontSize: style.titleSize } : {}),
        ...(style.subtitleSize ? { subtitleFontSize: style.subtitleSize } : {}),
      },
    },
    description: texts.altText,
    // Long titles and subtitles are wrapped to the format's width, measured in DejaVu Sans.
    title: {
      text: wrapToWidth(options.title, f.width - 2 * CHART_PADDING, titleSize, true),
      ...(options.subtitle
        ? { subtitle: wrapToWidth(options.subtitle, f.width - 2 * CHART_PADDING, subtitleSize) }
        : {}),
      frame: "bounds",
    },
    vconcat: [{ title: footnote([texts.source, texts.note], texts.format, style.footnoteSize), ...view }],
  } as TopLevelSpec;
  return {
    spec,
    meta: { title: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}), ...texts },
  };
}

/**
 * Throws when a level appears in more than one row: the builder draws one group, and rows of
 * several waves or groups would draw one bar over another.
 * @throws ChartError `duplicate_level`
 */
export function assertOneGroup(
  rows: readonly { readonly level: string }[],
  builder: string,
  lang: Language,
  instead: string,
): void {
  const seen = new Map<string, number[]>();
  rows.forEach((r, i) => {
    seen.set(r.level, [...(seen.get(r.level) ?? []), i + 1]);
  });
  for (const [level, at] of seen) {
    if (at.length > 1) {
      throw new ChartError("duplicate_level", { builder, level, count: at.length, rows: at.join(", "), instead }, lang);
    }
  }
}

/**
 * Most legend columns (at most `max`) whose entries fit in `available` px: vega lays a legend
 * out row by row, each column as wide as its widest entry (symbol, gap, label, column padding).
 */
export function legendColumns(
  labels: readonly string[],
  available: number,
  fontSize: number,
  max = labels.length,
): number {
  const entry = (label: string) => 16 + measureText(label, fontSize) + 10;
  for (let columns = Math.min(max, labels.length); columns > 1; columns--) {
    let total = 0;
    for (let c = 0; c < columns; c++) {
      total += Math.max(0, ...labels.filter((_, i) => i % columns === c).map(entry));
    }
    if (total <= available) return columns;
  }
  return 1;
}

/**
 * Tick values of a 0–100 % axis: every 20 % on a wide plot, every 25 % on a mid one, 0, 50 and
 * 100 % on a narrow one — so that every tick has its label (vega drops labels that would collide).
 */
export function percentTicks(width: number, from = 0): number[] {
  const step = width >= 320 ? 0.2 : width >= 220 ? 0.25 : 0.5;
  const ticks: number[] = [];
  for (let k = Math.round(from / step); k * step <= 1 + 1e-9; k++) ticks.push(Math.round(k * step * 100) / 100);
  return ticks;
}
