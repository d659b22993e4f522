import type { Config } from "vega-lite";
import { type ChartFormat, FORMATS } from "./formats.ts";
import { BACKGROUND, INK, TRACK } from "./palette.ts";

/**
 * The font the charts are measured and rendered in: DejaVu Sans, shipped by the npm package
 * `dejavu-fonts-ttf` (PNG and PDF never use a system font).
 */
export const FONT = "DejaVu Sans";

/**
 * The `font-family` written in the SVG: DejaVu Sans first (the font the text was measured in), then
 * fonts of about the same width that Windows and macOS have (Verdana, whose design DejaVu's
 * ancestor Bitstream Vera follows; then Arial and Helvetica, narrower), then any sans-serif — never
 * the browser's default serif. With a narrower fallback, text takes less room than measured:
 * labels never overflow.
 */
export const FONT_STACK = `${FONT}, Bitstream Vera Sans, Verdana, Arial, Helvetica, sans-serif`;

/**
 * The house Vega-Lite config for a format: one font stack, sizes from {@link FORMATS}, light grid,
 * no chart border, left-aligned titles, no ARIA descriptions on the marks (vega's are in English
 * and read every bar's raw fields: the figure's one accessible name is its alt text, given by the
 * page that shows it).
 */
export function houseConfig(format: ChartFormat): Config {
  const f = FORMATS[format];
  return {
    font: FONT_STACK,
    background: BACKGROUND,
    aria: false,
    view: { stroke: null },
    title: {
      anchor: "start",
      fontSize: f.titleSize,
      subtitleFontSize: f.fontSize,
      fontWeight: "bold",
      color: INK.text,
      subtitleColor: INK.secondary,
      offset: 8,
    },
    axis: {
      labelFontSize: f.fontSize,
      titleFontSize: f.fontSize,
      labelColor: INK.text,
      titleColor: INK.text,
      gridColor: TRACK,
      domainColor: "#999999",
      tickColor: "#999999",
    },
    legend: { labelFontSize: f.fontSize, titleFontSize: f.fontSize, orient: "top" },
    text: { fontSize: f.fontSize, font: FONT_STACK, color: INK.text },
  };
}
