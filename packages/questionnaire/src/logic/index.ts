export * from "./evaluateCondition.ts";
export * from "./validateInstrument.ts";
