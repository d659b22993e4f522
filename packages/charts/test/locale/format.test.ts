import { describe, expect, it } from "vitest";
import {
  formatDifference,
  formatNumber,
  formatPercent,
  formatPercentInterval,
  MINUS,
  NNBSP,
  percentDigits,
} from "../../src/index.ts";

/** French house style: every space in a number is a narrow no-break space. */
const s = (text: string) => text.replaceAll(" ", NNBSP);

describe("formatNumber", () => {
  it("fr-BE: decimal comma, narrow no-break spaces for thousands, true minus", () => {
    expect(formatNumber(12345.678, "fr", { digits: 1 })).toBe(s("12 345,7"));
    expect(formatNumber(-3.5, "fr", { digits: 1 })).toBe(`${MINUS}3,5`);
    expect(formatNumber(1000000, "fr")).toBe(s("1 000 000"));
    expect(formatNumber(Number.NaN, "fr")).toBe("–");
  });
  it("nl-BE: decimal comma, a point for thousands (as Statbel writes 11.584.008), true minus", () => {
    expect(formatNumber(12345.678, "nl", { digits: 1 })).toBe("12.345,7");
    expect(formatNumber(1000000, "nl")).toBe("1.000.000");
    expect(formatNumber(-1234.5, "nl", { digits: 1 })).toBe(`${MINUS}1.234,5`);
    expect(formatNumber(999, "nl")).toBe("999");
    expect(formatNumber(-0.04, "nl", { digits: 1 })).toBe("0,0");
    expect(formatNumber(0.5, "nl", { digits: 2 })).toBe("0,50");
  });
});

describe("formatPercent", () => {
  it("fr-BE writes a narrow no-break space before %, nl-BE none: « 10,5 % », « 46% »", () => {
    expect(formatPercent(0.105, "fr", { digits: 1 })).toBe(s("10,5 %"));
    expect(formatPercent(0.46, "fr")).toBe(s("46 %"));
    expect(formatPercent(0.46, "nl")).toBe("46%");
    expect(formatPercent(0.105, "nl", { digits: 1 })).toBe("10,5%");
    expect(formatPercent(0.4, "nl")).not.toContain(" ");
    expect(formatPercent(0.4, "nl")).not.toContain(NNBSP);
  });
  it("keeps one decimal under 10 % and under 1 %, and never shows a positive share as 0 %", () => {
    expect(formatPercent(0.004, "fr")).toBe(s("0,4 %"));
    expect(formatPercent(0.094, "nl")).toBe("9,4%");
    expect(formatPercent(0.0003, "fr")).toBe(s("< 0,1 %"));
    expect(formatPercent(0.0003, "nl")).toBe(`<${NNBSP}0,1%`);
    expect(formatPercent(0, "fr")).toBe(s("0,0 %"));
  });
  it("writes percentages under 1 % with the same digits in fr-BE and nl-BE", () => {
    const nl = (text: string) => text.replaceAll(" %", "%").replaceAll(" ", NNBSP);
    for (const [lang, w] of [
      ["fr", s],
      ["nl", nl],
    ] as const) {
      expect(formatPercent(0.0095, lang)).toBe(w("0,9 %"));
      expect(formatPercent(0.001, lang)).toBe(w("0,1 %"));
      expect(formatPercent(0.0005, lang)).toBe(w("0,1 %"));
      expect(formatPercent(0.00049, lang)).toBe(w("< 0,1 %"));
      expect(formatPercent(0.0049, lang, { digits: 2 })).toBe(w("0,49 %"));
    }
  });
  it("chooses decimals on the rounded value: 9,96 % is 10 %, not 10,0 %", () => {
    expect(formatPercent(0.0996, "fr")).toBe(s("10 %"));
    expect(formatPercent(0.0994, "nl")).toBe("9,9%");
  });
  it("never writes 100 % for less than everybody", () => {
    expect(formatPercent(1, "fr")).toBe(s("100 %"));
    expect(formatPercent(0.996, "fr")).toBe(s("99,6 %"));
    expect(formatPercent(0.99996, "nl")).toBe(`>${NNBSP}99,9%`);
    expect(formatPercent(0.994, "nl")).toBe("99%");
  });
  it("with digits (one precision for a chart): « 9 % » beside « 13 % », bounded at that precision", () => {
    expect(formatPercent(0.091, "fr", { digits: 0 })).toBe(s("9 %"));
    expect(formatPercent(0.13, "nl", { digits: 0 })).toBe("13%");
    expect(formatPercent(0.003, "nl", { digits: 0 })).toBe(`<${NNBSP}1%`);
    expect(formatPercent(0.996, "fr", { digits: 0 })).toBe(s("> 99 %"));
    expect(formatPercent(0, "fr", { digits: 0 })).toBe(s("0 %"));
    expect(formatPercent(1, "nl", { digits: 0 })).toBe("100%");
  });
  it("writes negative percentages with a true minus", () => {
    expect(formatPercent(-0.004, "fr")).toBe(s(`${MINUS}0,4 %`));
    expect(formatPercent(-0.25, "nl")).toBe(`${MINUS}25%`);
  });
});

describe("percentDigits", () => {
  it("gives one precision per chart: none as soon as a share reaches 10 %, one when all are small", () => {
    expect(percentDigits([0.091, 0.13, 0.4])).toBe(0);
    expect(percentDigits([0.012, 0.034, 0.08])).toBe(1);
    expect(percentDigits([0.012, null, Number.NaN])).toBe(1);
    expect(percentDigits([])).toBe(0);
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
  it("writes 39–53 % (fr) and 39–53% (nl) with an en dash and one % sign", () => {
    expect(formatPercentInterval(0.39, 0.53, "fr")).toBe(s("39–53 %"));
    expect(formatPercentInterval(0.39, 0.53, "nl")).toBe("39–53%");
    expect(formatPercentInterval(0.002, 0.031, "nl")).toBe("0,2–3,1%");
    expect(formatPercentInterval(0.0004, 0.012, "fr")).toBe(s("0,0–1,2 %"));
    expect(formatPercentInterval(0.054, 0.131, "fr", { digits: 0 })).toBe(s("5–13 %"));
  });
  it("writes an interval of a difference that crosses zero with a true minus", () => {
    expect(formatPercentInterval(-0.051, 0.12, "nl")).toBe(`${MINUS}5,1–12,0%`);
  });
});
