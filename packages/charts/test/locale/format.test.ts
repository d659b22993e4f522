import { describe, expect, it } from "vitest";
import { formatDifference, formatNumber, formatPercent, formatPercentInterval, MINUS, NNBSP } from "../../src/index.ts";

const s = (text: string) => text.replaceAll(" ", NNBSP);

describe("formatNumber (fr-BE, nl-BE)", () => {
  it("uses a decimal comma, narrow no-break spaces for thousands, and a true minus", () => {
    expect(formatNumber(12345.678, "fr", { digits: 1 })).toBe(s("12 345,7"));
    expect(formatNumber(12345.678, "nl", { digits: 1 })).toBe(s("12 345,7"));
    expect(formatNumber(-3.5, "fr", { digits: 1 })).toBe(`${MINUS}3,5`);
    expect(formatNumber(-0.04, "nl", { digits: 1 })).toBe("0,0");
    expect(formatNumber(1000000, "fr")).toBe(s("1 000 000"));
    expect(formatNumber(-1234.5, "nl", { digits: 1 })).toBe(s(`${MINUS}1 234,5`));
    expect(formatNumber(Number.NaN, "fr")).toBe("–");
  });
});

describe("formatPercent", () => {
  it("writes 10,5 % with a space before %, never 10.5%", () => {
    expect(formatPercent(0.105, "fr", { digits: 1 })).toBe(s("10,5 %"));
    expect(formatPercent(0.46, "nl")).toBe(s("46 %"));
  });
  it("keeps one decimal under 10 % and under 1 %, and never shows a positive share as 0 %", () => {
    expect(formatPercent(0.004, "fr")).toBe(s("0,4 %"));
    expect(formatPercent(0.094, "nl")).toBe(s("9,4 %"));
    expect(formatPercent(0.0003, "fr")).toBe(s("< 0,1 %"));
    expect(formatPercent(0, "fr")).toBe(s("0,0 %"));
  });
  it("writes percentages under 1 % the same way in fr-BE and nl-BE", () => {
    for (const lang of ["fr", "nl"] as const) {
      expect(formatPercent(0.0095, lang)).toBe(s("0,9 %"));
      expect(formatPercent(0.001, lang)).toBe(s("0,1 %"));
      expect(formatPercent(0.0005, lang)).toBe(s("0,1 %"));
      expect(formatPercent(0.00049, lang)).toBe(s("< 0,1 %"));
      expect(formatPercent(0.0049, lang, { digits: 2 })).toBe(s("0,49 %"));
    }
  });
  it("chooses decimals on the rounded value: 9,96 % is 10 %, not 10,0 %", () => {
    expect(formatPercent(0.0996, "fr")).toBe(s("10 %"));
    expect(formatPercent(0.0994, "nl")).toBe(s("9,9 %"));
  });
  it("never writes 100 % for less than everybody", () => {
    expect(formatPercent(1, "fr")).toBe(s("100 %"));
    expect(formatPercent(0.996, "fr")).toBe(s("99,6 %"));
    expect(formatPercent(0.99996, "nl")).toBe(s("> 99,9 %"));
    expect(formatPercent(0.994, "nl")).toBe(s("99 %"));
  });
  it("writes negative percentages with a true minus", () => {
    expect(formatPercent(-0.004, "fr")).toBe(s(`${MINUS}0,4 %`));
    expect(formatPercent(-0.25, "nl")).toBe(s(`${MINUS}25 %`));
  });
});

describe("formatDifference", () => {
  it("signs differences in percentage points, with a true minus, in each language", () => {
    expect(formatDifference(0.032, "fr")).toBe(s("+3,2 points"));
    expect(formatDifference(-0.032, "fr")).toBe(s(`${MINUS}3,2 points`));
    expect(formatDifference(-0.032, "nl")).toBe(s(`${MINUS}3,2 procentpunt`));
    expect(formatDifference(0.004, "fr")).toBe(s("+0,4 point"));
    expect(formatDifference(0.0001, "nl")).toBe(s("0,0 procentpunt"));
  });
  it("writes negative differences under one point, and rounds away the sign of a zero difference", () => {
    expect(formatDifference(-0.004, "fr")).toBe(s(`${MINUS}0,4 point`));
    expect(formatDifference(-0.004, "nl")).toBe(s(`${MINUS}0,4 procentpunt`));
    expect(formatDifference(-0.0004, "fr")).toBe(s("0,0 point"));
    expect(formatDifference(-0.1534, "nl", { digits: 0 })).toBe(s(`${MINUS}15 procentpunt`));
  });
  it("uses the French plural from 2 on, as written (1,96 reads 2,0 points)", () => {
    expect(formatDifference(-0.0196, "fr")).toBe(s(`${MINUS}2,0 points`));
    expect(formatDifference(0.0194, "fr")).toBe(s("+1,9 point"));
    expect(formatDifference(-0.25, "fr")).toBe(s(`${MINUS}25,0 points`));
  });
});

describe("formatPercentInterval", () => {
  it("writes 39–53 % with an en dash and one % sign", () => {
    expect(formatPercentInterval(0.39, 0.53, "fr")).toBe(s("39–53 %"));
    expect(formatPercentInterval(0.002, 0.031, "nl")).toBe(s("0,2–3,1 %"));
    expect(formatPercentInterval(0.0004, 0.012, "fr")).toBe(s("0,0–1,2 %"));
  });
  it("writes an interval of a difference that crosses zero with a true minus", () => {
    expect(formatPercentInterval(-0.051, 0.12, "nl")).toBe(s(`${MINUS}5,1–12,0 %`));
  });
});
