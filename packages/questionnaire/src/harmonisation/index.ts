export * from "./applyHarmonisation.ts";
export * from "./comparability.ts";
export * from "./comparabilityTable.ts";
export * from "./comparisonInstrument.ts";
export * from "./harmonisation.ts";
export * from "./resolveRules.ts";
export * from "./validateHarmonisation.ts";
export * from "./workerHarmonisation.ts";
