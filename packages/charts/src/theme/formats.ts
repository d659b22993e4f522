/** Output formats; one theme drives them all. Widths in CSS pixels at 96 dpi (1 mm = 3.78 px). */
export const ChartFormat = { column: "column", page: "page", slide: "slide", web: "web" } as const;
/** One of `column` (~85 mm), `page` (~170 mm), `slide` (16:9), `web`. */
export type ChartFormat = (typeof ChartFormat)[keyof typeof ChartFormat];

/** Size and type of each format. Font sizes in px; the minimum keeps 7 pt in print. */
export const FORMATS: Readonly<
  Record<ChartFormat, { width: number; fontSize: number; titleSize: number; minFontSize: number }>
> = {
  column: { width: 321, fontSize: 10, titleSize: 12, minFontSize: 9.5 },
  page: { width: 643, fontSize: 11, titleSize: 14, minFontSize: 9.5 },
  slide: { width: 960, fontSize: 16, titleSize: 24, minFontSize: 14 },
  web: { width: 640, fontSize: 12, titleSize: 16, minFontSize: 11 },
};
