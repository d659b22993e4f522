export * from "./compileCondition.ts";
export * from "./describeCondition.ts";
export * from "./evaluateCondition.ts";
export * from "./validateInstrument.ts";
