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
});

describe("formatDifference", () => {
  it("signs differences in percentage points, with a true minus, in each language", () => {
    expect(formatDifference(0.032, "fr")).toBe(s("+3,2 points"));
    expect(formatDifference(-0.032, "fr")).toBe(s(`${MINUS}3,2 points`));
    expect(formatDifference(-0.032, "nl")).toBe(s(`${MINUS}3,2 procentpunt`));
    expect(formatDifference(0.004, "fr")).toBe(s("+0,4 point"));
    expect(formatDifference(0.0001, "nl")).toBe(s("0,0 procentpunt"));
  });
});

describe("formatPercentInterval", () => {
  it("writes 39–53 % with an en dash and one % sign", () => {
    expect(formatPercentInterval(0.39, 0.53, "fr")).toBe(s("39–53 %"));
    expect(formatPercentInterval(0.002, 0.031, "nl")).toBe(s("0,2–3,1 %"));
  });
});
