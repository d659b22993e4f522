export * from "./choice.ts";
export * from "./columns.ts";
export * from "./condition.ts";
export * from "./instrument.ts";
export * from "./language.ts";
export * from "./question.ts";
export * from "./questionKind.ts";
