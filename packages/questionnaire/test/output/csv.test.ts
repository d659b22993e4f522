import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "../../src/index.ts";

describe("neutraliseFormula", () => {
  it("prefixes text that a spreadsheet would run as a formula", () => {
    expect(["=1+1", "+32 2 123", "-rien", "@SUM(A1)", "\tx", "normal", ""].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+32 2 123",
      "'-rien",
      "'@SUM(A1)",
      "'\tx",
      "normal",
      "",
    ]);
  });
  it("leaves a number written as text alone (a spreadsheet reads it as a number, not a formula)", () => {
    expect(["-2", "+3", "-0,5", "-1.25e3", "-.5"].map(neutraliseFormula)).toEqual([
      "-2",
      "+3",
      "-0,5",
      "-1.25e3",
      "-.5",
    ]);
    expect(["-2+3", "-2 ans", "+1-1", "-", "+", "-e5", "--2"].map(neutraliseFormula)).toEqual([
      "'-2+3",
      "'-2 ans",
      "'+1-1",
      "'-",
      "'+",
      "'-e5",
      "'--2",
    ]);
  });
});

describe("toCsv", () => {
  it("neutralises text cells only: negative numbers stay numbers", () => {
    const csv = toCsv(["t", "n"], [{ t: "=HYPERLINK(1)", n: -3 }], { delimiter: ",", bom: false });
    expect(csv).toBe("t,n\r\n'=HYPERLINK(1),-3\r\n");
  });
  it("writes for Excel on a Belgian PC by default: BOM, semicolons, decimal comma", () => {
    expect(toCsv(["a", "b"], [{ a: 1.5, b: "x" }])).toBe("\uFEFFa;b\r\n1,5;x\r\n");
  });
  it("neutralises the header row too", () => {
    const csv = toCsv(["=cmd|' /C calc'!A0", "-2", "@x"], [{ "=cmd|' /C calc'!A0": "a", "-2": "-2", "@x": 1 }], {
      bom: false,
    });
    expect(csv).toBe("'=cmd|' /C calc'!A0;-2;'@x\r\na;-2;1\r\n");
  });
  it("writes decimal commas with semicolons for Belgian Excel, and empty cells for null", () => {
    const csv = toCsv(["a", "b", "c"], [{ a: 0.5, b: null, c: true }], { delimiter: ";", decimal: ",", bom: false });
    expect(csv).toBe("a;b;c\r\n0,5;;TRUE\r\n");
  });
  it("quotes delimiters, quotes and line breaks so papaparse reads the text back", () => {
    const text = 'Elle a dit « non », puis "oui"\net est partie; fin';
    const csv = toCsv(["x"], [{ x: text }], { bom: true });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([["x"], [text]]);
  });
});
