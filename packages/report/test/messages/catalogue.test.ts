import { describe, expect, it } from "vitest";
import { reportMessages } from "../../src/index.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("report message catalogues", () => {
  it("have the same codes in French and Dutch", () => {
    expect(Object.keys(reportMessages.nl).sort()).toEqual(Object.keys(reportMessages.fr).sort());
  });
  it("use the same placeholders in both languages, and no empty message", () => {
    for (const [code, fr] of Object.entries(reportMessages.fr)) {
      const nl = reportMessages.nl[code as keyof typeof reportMessages.nl];
      expect(placeholders(nl), code).toEqual(placeholders(fr));
      expect(fr.trim(), code).not.toBe("");
      expect(nl.trim(), code).not.toBe("");
    }
  });
});
