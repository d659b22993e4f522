export * from "./checkResponses.ts";
export * from "./defaultEffects.ts";
export * from "./simulateOptions.ts";
export * from "./simulateResponses.ts";
export * from "./textPool.ts";
