import { describe, expect, it } from "vitest";
import { formatP, testName } from "../../src/index.ts";

describe("formatP", () => {
  it.each([
    [0.0042, "fr", true, "p ajustée = 0,004"],
    [0.0004, "fr", false, "p < 0,001"],
    [0.5, "nl", true, "aangepaste p = 0,500"],
    [Number.NaN, "fr", false, "p non calculable"],
    [null, "nl", false, "p niet berekenbaar"],
  ] as const)("formatP(%s, %s, adjusted %s) => %s", (p, lang, adjusted, expected) => {
    expect(formatP(p, lang, { adjusted })).toBe(expected);
  });
});

describe("testName", () => {
  it("names every test the stats package may choose, in both languages", () => {
    for (const t of ["chi-square", "fisher", "fisher-monte-carlo", "wilcoxon", "welch", "rao-scott"]) {
      expect(testName(t, "fr")).not.toBe(t);
      expect(testName(t, "nl")).not.toBe(testName(t, "fr"));
    }
    expect(testName("fisher", "nl")).toBe("exacte toets van Fisher");
  });
});
