import { describe, expect, it } from "vitest";
import { isChoiceKind, isLanguage, isNumericKind, isQuestionKind, QUESTION_KINDS } from "../../src/index.ts";

describe("isQuestionKind", () => {
  it("accepts the eight kinds and nothing else", () => {
    expect(QUESTION_KINDS).toEqual(["single", "multiple", "ordinal", "integer", "decimal", "percent", "text", "date"]);
    for (const k of QUESTION_KINDS) expect(isQuestionKind(k)).toBe(true);
    expect(isQuestionKind("slider")).toBe(false);
    expect(isQuestionKind(undefined)).toBe(false);
  });
  it("splits choice and numeric kinds", () => {
    expect(QUESTION_KINDS.filter(isChoiceKind)).toEqual(["single", "multiple", "ordinal"]);
    expect(QUESTION_KINDS.filter(isNumericKind)).toEqual(["integer", "decimal", "percent"]);
  });
});

describe("isLanguage", () => {
  it("knows fr and nl only", () => {
    expect(["fr", "nl", "en", ""].map(isLanguage)).toEqual([true, true, false, false]);
  });
});
