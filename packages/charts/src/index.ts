/**
 * @monitoring-social/charts — publication charts as Vega-Lite specs with a house style, in French
 * and Dutch, rendered to SVG without a browser.
 * @module
 */
export * from "./locale/format.ts";
export * from "./theme/colourBlindness.ts";
export * from "./theme/palette.ts";
