import type { Language } from "@monitoring-social/questionnaire";
import type { TopLevelSpec } from "vega-lite";
import { ChartError } from "../locale/chartError.ts";
import { LOCALES } from "../locale/locale.ts";
import { wrapToWidth } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import { measureText } from "../render/textMetrics.ts";
import { type ChartFormat, FORMATS } from "../theme/formats.ts";
import { INK } from "../theme/palette.ts";
import { houseConfig } from "../theme/theme.ts";
import { CHART_PADDING, type CommonChartOptions, footnote } from "./footer.ts";

/**
 * Vega expression writing an axis value (0–1) as a percentage the language's way: « 40 % »
 * (narrow no-break space) / « 40% ». With `absolute`, the value's magnitude (diverging axes).
 * @example percentAxis("nl") // => "replace(format(datum.value * 100, '.0f'), '.', ',') + '%'"
 */
export function percentAxis(lang: Language, absolute = false): string {
  const value = absolute ? "abs(datum.value)" : "datum.value";
  return `replace(format(${value} * 100, '.0f'), '.', ',') + '${LOCALES[lang].percentSpace}%'`;
}

/** The y encoding of a chart with one row per answer: wrapped labels (`\n`), drawing order (`order`). */
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
      color: INK.muted,
    },
    encoding: { x: { datum: 0, type: "quantitative" as const }, text: { field: textField, type: "nominal" as const } },
  };
}

/**
 * The layers of capped interval whiskers from `low` to `high` (fields of the data): a rule and a
 * cap at each end, in ink (or `colour`: a dumbbell's wave). `extra` adds encodings (e.g. `yOffset` of
 * a grouped chart); `yOffset` shifts the whisker off the row's centre line.
 */
export function intervalLayers(
  low: string,
  high: string,
  cap: number,
  options: {
    readonly extra?: Record<string, unknown>;
    readonly filter?: string;
    readonly yOffset?: number;
    readonly colour?: string;
  } = {},
) {
  const colour = options.colour ?? INK.text;
  const transform = [{ filter: options.filter ?? `!datum.suppressed && isValid(datum.${low})` }];
  const offset = options.yOffset === undefined ? {} : { yOffset: options.yOffset };
  return [
    {
      transform,
      mark: { type: "rule" as const, color: colour, strokeWidth: 1.2, ...offset },
      encoding: { x: { field: low, type: "quantitative" as const }, x2: { field: high }, ...options.extra },
    },
    {
      transform: [...transform, { fold: [low, high], as: ["bound", "bound_value"] }],
      mark: {
        type: "tick" as const,
        orient: "vertical" as const,
        color: colour,
        thickness: 1.2,
        size: cap,
        ...offset,
      },
      encoding: { x: { field: "bound_value", type: "quantitative" as const }, ...options.extra },
    },
  ];
}

/** Widest line an answer label may take before it wraps, in px: about a third of the format. */
export function labelMaxWidth(format: ChartFormat): number {
  return Math.round((FORMATS[format].width - 2 * CHART_PADDING) * (format === "column" ? 0.36 : 0.32));
}

/** Narrowest plot of a format, in px: what is left once the labels and the texts right of it are placed. */
export function minPlotWidth(format: ChartFormat): number {
  return format === "column" ? 72 : 120;
}

/**
 * An answer label wrapped into lines (joined by `\n`) no wider than {@link labelMaxWidth}, measured
 * in DejaVu Sans at the format's size: never truncated.
 * @example wrapAnswer("Administration communale", "column") // => "Administration\ncommunale"
 */
export function wrapAnswer(label: string, format: ChartFormat, maxWidth = labelMaxWidth(format)): string {
  return wrapToWidth(label, maxWidth, FORMATS[format].fontSize).join("\n");
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
export function textsWidth(texts: readonly string[], fontSize: number, bold = false): number {
  return Math.ceil(Math.max(0, ...texts.map((t) => measureText(t, fontSize, bold))));
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
export function plotWidth(format: ChartFormat, left: number, right: number, min = minPlotWidth(format)): number {
  // 1 px to spare: vega rounds the chart's bounds up.
  return Math.max(min, Math.floor(FORMATS[format].width - 2 * CHART_PADDING - left - LABEL_PADDING - right - 1));
}

/** One entry of a chart's key: a glyph and its label. */
export type KeyEntry =
  /** A filled square: a bar's colour (a wave, an answer). */
  | { readonly kind: "swatch"; readonly colour: string; readonly label: string }
  /** A filled dot: a dumbbell's wave. */
  | { readonly kind: "dot"; readonly colour: string; readonly label: string }
  /** A capped whisker: the confidence interval. */
  | { readonly kind: "interval"; readonly label: string }
  /** A thick line: a dumbbell's connector (emphasis colour when the difference is demonstrated). */
  | { readonly kind: "line"; readonly colour: string; readonly label: string };

/**
 * The key of a chart, drawn as a small view above the plot: entries laid out left to right from
 * `left` px left of the plot's origin (the chart's left edge, where the title starts), wrapped to
 * `width` px, measured with the font's metrics — one look for every builder (waves, answers,
 * interval, emphasis), instead of vega legends that cannot draw an interval.
 * @example keyView([{ kind: "interval", label: "IC 95 % de Wilson" }], 400, "page").height // => 19
 */
export function keyView(entries: readonly KeyEntry[], width: number, format: ChartFormat, left = 0) {
  const f = FORMATS[format];
  const size = f.fontSize;
  const line = Math.round(size * 1.6);
  const box = Math.round(size * 0.85);
  const wide = Math.round(size * 1.8);
  const gap = Math.round(size * 1.2);
  const rects: Record<string, unknown>[] = [];
  const dots: Record<string, unknown>[] = [];
  const rules: Record<string, unknown>[] = [];
  const texts: Record<string, unknown>[] = [];
  let x = -left;
  let row = 0;
  for (const entry of entries) {
    const glyph = entry.kind === "swatch" || entry.kind === "dot" ? box : wide;
    const w = glyph + 5 + measureText(entry.label, size);
    if (x > -left && x + w > width - left) {
      x = -left;
      row++;
    }
    const y = row * line + line / 2;
    if (entry.kind === "swatch") rects.push({ x, x2: x + box, y: y - box / 2, y2: y + box / 2, colour: entry.colour });
    if (entry.kind === "dot") dots.push({ x: x + box / 2, y, colour: entry.colour });
    if (entry.kind === "line") rules.push({ x, x2: x + wide, y, y2: y, colour: entry.colour, w: 2.5 });
    if (entry.kind === "interval") {
      const cap = Math.round(size * 0.35);
      rules.push({ x: x + 1, x2: x + wide - 1, y, y2: y, colour: INK.text, w: 1.2 });
      rules.push({ x: x + 1, x2: x + 1, y: y - cap, y2: y + cap, colour: INK.text, w: 1.2 });
      rules.push({ x: x + wide - 1, x2: x + wide - 1, y: y - cap, y2: y + cap, colour: INK.text, w: 1.2 });
    }
    texts.push({ x: x + glyph + 5, y, text: entry.label });
    x += w + gap;
  }
  const px = (field: string) => ({ field, type: "quantitative" as const, scale: null });
  const colour = { field: "colour", type: "nominal" as const, scale: null };
  const layer = [
    rects.length > 0 && {
      data: { values: rects },
      mark: { type: "rect" },
      encoding: { x: px("x"), x2: { field: "x2" }, y: px("y"), y2: { field: "y2" }, color: colour },
    },
    dots.length > 0 && {
      data: { values: dots },
      mark: { type: "point", filled: true, opacity: 1, size: Math.round(box * box * 0.9), shape: "circle" },
      encoding: { x: px("x"), y: px("y"), color: colour },
    },
    rules.length > 0 && {
      data: { values: rules },
      mark: { type: "rule" },
      encoding: {
        x: px("x"),
        x2: { field: "x2" },
        y: px("y"),
        y2: { field: "y2" },
        color: colour,
        strokeWidth: { field: "w", type: "quantitative" as const, scale: null },
      },
    },
    {
      data: { values: texts },
      mark: { type: "text", align: "left", baseline: "middle", fontSize: size, color: INK.text },
      encoding: { x: px("x"), y: px("y"), text: { field: "text", type: "nominal" as const } },
    },
  ].filter(Boolean);
  const height = (row + 1) * line;
  return { view: { width: Math.max(1, width - left), height, layer }, height };
}

/** Texts of a chart besides its title, computed by the builder. */
export interface ChartTexts {
  readonly source: string;
  readonly note: string;
  readonly altText: string;
  readonly lang: Language;
  readonly format: ChartFormat;
}

/** Optional parts of the house frame. */
export interface HouseFrame {
  /** Title size in px. Default: the format's. */
  readonly titleSize?: number;
  /** Subtitle size in px. Default: the format's label size. */
  readonly subtitleSize?: number;
  /** Source and note size in px. Default: the format's note size. */
  readonly footnoteSize?: number;
  /**
   * The key above the plot: its entries and the room between the chart's left edge and the plot's
   * origin (`left`: the answer labels and their padding). Default: none.
   */
  readonly key?: { readonly entries: readonly KeyEntry[]; readonly left: number };
}

/**
 * Wraps a builder's view in the house frame: schema, config of the format, title and subtitle on
 * top, the key (if any) above the plot, source and note at the bottom, alt text as the
 * description, and the format's width in `usermeta` (read by `toSvg`, which makes every SVG of a
 * format exactly that wide, in French and in Dutch); returns `{ spec, meta }`.
 */
export function houseChart(
  options: CommonChartOptions,
  texts: ChartTexts,
  view: Record<string, unknown>,
  frame: HouseFrame = {},
): ChartSpec {
  const config = houseConfig(texts.format);
  const f = FORMATS[texts.format];
  const titleSize = frame.titleSize ?? f.titleSize;
  const subtitleSize = frame.subtitleSize ?? f.fontSize;
  const main = { title: footnote([texts.source, texts.note], texts.format, frame.footnoteSize), ...view };
  const key =
    frame.key && frame.key.entries.length > 0
      ? keyView(frame.key.entries, f.width - 2 * CHART_PADDING - 2, texts.format, frame.key.left)
      : null;
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: {
      ...config,
      title: {
        ...config.title,
        ...(frame.titleSize ? { fontSize: frame.titleSize } : {}),
        ...(frame.subtitleSize ? { subtitleFontSize: frame.subtitleSize } : {}),
      },
    },
    description: texts.altText,
    usermeta: { format: texts.format, width: f.width },
    // Long titles and subtitles are wrapped to the format's width, measured in DejaVu Sans.
    title: {
      text: wrapToWidth(options.title, f.width - 2 * CHART_PADDING - 2, titleSize, true),
      ...(options.subtitle
        ? { subtitle: wrapToWidth(options.subtitle, f.width - 2 * CHART_PADDING - 2, subtitleSize) }
        : {}),
      frame: "bounds",
    },
    ...(key ? { spacing: Math.round(f.fontSize * 0.8) } : {}),
    vconcat: key ? [key.view, main] : [main],
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
 * Tick values of a 0–100 % axis: every 20 % on a wide plot, every 25 % on a mid one, 0, 50 and
 * 100 % on a narrow one — so that every tick has its label (vega drops labels that would collide).
 */
export function percentTicks(width: number, from = 0): number[] {
  const step = width >= 320 ? 0.2 : width >= 220 ? 0.25 : 0.5;
  const ticks: number[] = [];
  for (let k = Math.round(from / step); k * step <= 1 + 1e-9; k++) ticks.push(Math.round(k * step * 100) / 100);
  return ticks;
}
