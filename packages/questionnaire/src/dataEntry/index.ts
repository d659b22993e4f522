export * from "./dataEntryTemplate.ts";
