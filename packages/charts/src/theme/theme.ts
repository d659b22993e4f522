import type { Config } from "vega-lite";
import { type ChartFormat, FORMATS } from "./formats.ts";

/** Font of every chart, shipped by an npm package for PNG rendering (never a system font). */
export const FONT = "DejaVu Sans";

/**
 * The house Vega-Lite config for a format: one font, sizes from {@link FORMATS}, light grid, no
 * chart border, left-aligned titles.
 */
export function houseConfig(format: ChartFormat): Config {
  const f = FORMATS[format];
  return {
    font: FONT,
    background: "#ffffff",
    view: { stroke: null },
    title: {
      anchor: "start",
      fontSize: f.titleSize,
      subtitleFontSize: f.fontSize,
      fontWeight: "bold",
      subtitleColor: "#444444",
      offset: 8,
    },
    axis: {
      labelFontSize: f.fontSize,
      titleFontSize: f.fontSize,
      labelColor: "#333333",
      titleColor: "#333333",
      gridColor: "#e6e6e6",
      domainColor: "#999999",
      tickColor: "#999999",
    },
    legend: { labelFontSize: f.fontSize, titleFontSize: f.fontSize, orient: "top" },
    text: { fontSize: f.fontSize, font: FONT },
  };
}
