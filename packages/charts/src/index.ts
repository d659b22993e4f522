/**
 * @monitoring-social/charts — publication charts as Vega-Lite specs with a house style, in French
 * and Dutch, rendered to SVG without a browser.
 * @module
 */

export * from "./builders/barChart.ts";
export * from "./builders/dumbbellChart.ts";
export * from "./builders/falcChart.ts";
export * from "./builders/footer.ts";
export * from "./builders/groupedBarChart.ts";
export * from "./builders/keyFigure.ts";
export * from "./builders/likertChart.ts";
export * from "./builders/smallMultiplesChart.ts";
export * from "./builders/stackedShareChart.ts";
export * from "./gallery/galleryCharts.ts";
export * from "./gallery/writeGallery.ts";
export * from "./locale/chartError.ts";
export * from "./locale/chartText.ts";
export * from "./locale/dutchGlossary.ts";
export * from "./locale/format.ts";
export * from "./locale/frenchSpacing.ts";
export * from "./locale/locale.ts";
export * from "./locale/plainShare.ts";
export * from "./locale/wrapLabel.ts";
export * from "./model/chartSpec.ts";
export * from "./model/comparisonRow.ts";
export * from "./model/estimateRow.ts";
export * from "./model/itemOrder.ts";
export * from "./render/notebookChart.ts";
export * from "./render/rasterPool.ts";
export * from "./render/rendererFingerprint.ts";
export * from "./render/textMetrics.ts";
export * from "./render/toPdf.ts";
export * from "./render/toPng.ts";
export * from "./render/toSvg.ts";
export * from "./theme/colourBlindness.ts";
export * from "./theme/formats.ts";
export * from "./theme/palette.ts";
export * from "./theme/theme.ts";
