export * from "./codebookCsv.ts";
export * from "./codebookMarkdown.ts";
export * from "./codebookRows.ts";
export * from "./codebookText.ts";
export * from "./comparabilityCsv.ts";
