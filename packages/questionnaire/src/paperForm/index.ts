export * from "./conditionInWords.ts";
export * from "./paperFormCss.ts";
export * from "./paperFormHtml.ts";
export * from "./questionNumber.ts";
export * from "./skipInstructions.ts";
