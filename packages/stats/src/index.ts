/**
 * @monitoring-social/stats — honest statistics for small survey samples: estimates with intervals,
 * comparisons of two waves with the test chosen and explained, multiple-testing adjustment. Every
 * function returns a tidy arquero table (never a bare number) and is checked against R.
 * @module
 */

export type { AllNullColumn, ByteBooleanColumn, DictionaryColumn, Float64Column } from "./columns/typedColumn.ts";
export * from "./compare/compareDistributions.ts";
export * from "./compare/compareProportions.ts";
export * from "./compare/compareWithin.ts";
export * from "./compare/testChoice.ts";
export * from "./compare/twoGroups.ts";
export * from "./design/calibrate.ts";
export * from "./design/calibratedDesign.ts";
export * from "./design/calibration.ts";
export * from "./design/compositionMargins.ts";
export * from "./design/degf.ts";
export * from "./design/designVariance.ts";
export * from "./design/lonelyPsu.ts";
export * from "./design/margin.ts";
export * from "./design/postStratify.ts";
export * from "./design/rake.ts";
export * from "./design/separateSamples.ts";
export * from "./design/surveyDesign.ts";
export * from "./disclosure/suppression.ts";
export * from "./distributions.ts";
export * from "./estimators/crosstab.ts";
export * from "./estimators/likert.ts";
export * from "./estimators/linearisation.ts";
export * from "./estimators/mean.ts";
export * from "./estimators/multipleResponse.ts";
export * from "./estimators/proportion.ts";
export * from "./estimators/quantile.ts";
export * from "./estimators/ratio.ts";
export * from "./estimators/resultColumns.ts";
export * from "./estimators/tidy.ts";
export * from "./estimators/timeBurden.ts";
export * from "./estimators/total.ts";
export * from "./intervals/ciMethod.ts";
export * from "./intervals/proportionInterval.ts";
export * from "./intervals/weightedProportionInterval.ts";
export * from "./missing.ts";
export * from "./statsError.ts";
export * from "./tests/adjustPValues.ts";
export * from "./tests/chiSquareTest.ts";
export * from "./tests/contingency.ts";
export * from "./tests/fisherExactTest.ts";
export * from "./tests/newcombe.ts";
export * from "./tests/raoScottTest.ts";
export * from "./tests/welchTest.ts";
export * from "./tests/wilcoxonTest.ts";
