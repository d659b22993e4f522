export * from "./exportXlsform.ts";
export * from "./importXlsform.ts";
export * from "./relevantExpression.ts";
export * from "./xlsformColumns.ts";
