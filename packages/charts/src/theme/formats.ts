/** Output formats; one theme drives them all. Widths in CSS pixels at 96 dpi (1 mm = 3.78 px). */
export const ChartFormat = { column: "column", page: "page", slide: "slide", web: "web" } as const;
/** One of `column` (~85 mm, a phone), `page` (~170 mm), `slide` (16:9), `web`. */
export type ChartFormat = (typeof ChartFormat)[keyof typeof ChartFormat];

/**
 * Whether a value is a chart format.
 * @example isChartFormat("column") // => true
 */
export function isChartFormat(value: unknown): value is ChartFormat {
  return typeof value === "string" && Object.hasOwn(ChartFormat, value);
}

/**
 * Size and type of each format, in CSS px at the figure's native size: `fontSize` for labels and
 * values, `minFontSize` for notes and sources. Every SVG is exactly `width` px wide, in French and in
 * Dutch. Labels are at least 12 px and notes at least 11 px in the web, page and column formats
 * (9 pt and 8,25 pt once printed at 170 or 85 mm); a slide is read from afar, so larger.
 */
export const FORMATS: Readonly<
  Record<ChartFormat, { width: number; fontSize: number; titleSize: number; minFontSize: number }>
> = {
  column: { width: 321, fontSize: 12, titleSize: 14, minFontSize: 11 },
  page: { width: 643, fontSize: 12, titleSize: 15, minFontSize: 11 },
  slide: { width: 960, fontSize: 16, titleSize: 24, minFontSize: 14 },
  web: { width: 640, fontSize: 12, titleSize: 16, minFontSize: 11 },
};
