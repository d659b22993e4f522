import { describe, expect, it } from "vitest";
import { formatMessage, questionnaireMessages } from "../../src/index.ts";

describe("questionnaireMessages", () => {
  it("has the same codes in French and Dutch, none empty", () => {
    expect(Object.keys(questionnaireMessages.nl).sort()).toEqual(Object.keys(questionnaireMessages.fr).sort());
    for (const lang of ["fr", "nl"] as const) {
      for (const [code, text] of Object.entries(questionnaireMessages[lang])) expect(text.trim(), code).not.toBe("");
    }
  });
  it("uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, fr] of Object.entries(questionnaireMessages.fr)) {
      const nl = questionnaireMessages.nl[code as keyof typeof questionnaireMessages.fr];
      expect(placeholders(nl), code).toEqual(placeholders(fr));
    }
  });
});

describe("formatMessage", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(formatMessage("Question « {id} » ({kind})", { id: "B1" })).toBe("Question « B1 » ({kind})");
  });
});
