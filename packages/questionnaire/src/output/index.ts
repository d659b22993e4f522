export * from "./csv.ts";
export * from "./workbookBytes.ts";
