import { worker2021, worker2025 } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import {
  choiceResolver,
  parseDate,
  parseDuration,
  parseIndicator,
  parseNumber,
  splitMultiple,
} from "../../src/index.ts";

describe("parseNumber", () => {
  it("reads decimal commas, spaces as thousands separators and a trailing %", () => {
    expect(parseNumber("12,5", ",")).toBe(12.5);
    expect(parseNumber("1 250", ",")).toBe(1250);
    expect(parseNumber("1\u202f250,75", ",")).toBe(1250.75);
    expect(parseNumber("1.250,75", ",")).toBe(1250.75);
    expect(parseNumber("45 %", ",")).toBe(45);
    expect(parseNumber("-3", ".")).toBe(-3);
    expect(parseNumber("0.8", ".")).toBe(0.8);
    expect(parseNumber("0,8", ".")).toBe(0.8);
  });
  it("gives null for blank and undefined for text", () => {
    expect(parseNumber("  ", ",")).toBeNull();
    expect(parseNumber("beaucoup", ",")).toBeUndefined();
    expect(parseNumber("12,5,3", ",")).toBeUndefined();
    expect(parseNumber("1e3", ".")).toBeUndefined();
  });
});

describe("parseDate", () => {
  it("reads ISO and Belgian day/month/year, rejects impossible dates", () => {
    expect(parseDate("2025-03-05")).toBe("2025-03-05");
    expect(parseDate("2025-03-05T10:11:12Z")).toBe("2025-03-05");
    expect(parseDate("5/3/2025")).toBe("2025-03-05");
    expect(parseDate("05.03.2025")).toBe("2025-03-05");
    expect(parseDate("31/02/2025")).toBeUndefined();
    expect(parseDate("hier")).toBeUndefined();
    expect(parseDate("")).toBeNull();
  });
});

describe("parseIndicator", () => {
  it("reads the ways tools write a ticked box", () => {
    expect(["1", "TRUE", "Vrai", "Y", "oui", "ja", "x"].map(parseIndicator)).toEqual(Array(7).fill(true));
    expect(["0", "FALSE", "faux", "N", "non", "nee"].map(parseIndicator)).toEqual(Array(6).fill(false));
    expect(parseIndicator("")).toBeNull();
    expect(parseIndicator("peut-être")).toBeUndefined();
  });
});

describe("splitMultiple", () => {
  const c1 = worker2021.questions.find((q) => q.id === "C1")!;
  const services = choiceResolver(worker2021, c1);
  const e3 = choiceResolver(worker2025, worker2025.questions.find((q) => q.id === "E3")!);
  it("reads space-separated codes (Kobo, codebook CSV)", () => {
    expect(splitMultiple("cpas commune", services)).toEqual({ codes: ["commune", "cpas"], rest: [] });
  });
  it("reads labels joined by ', ' even when a label holds a comma (Google Forms)", () => {
    expect(splitMultiple("Allocations sociales (chômage, handicap…), Primes énergie", e3)).toEqual({
      codes: ["allocations", "primes_energie"],
      rest: [],
    });
  });
  it("reads Dutch labels and returns what matches nothing", () => {
    expect(splitMultiple("OCMW, Gemeentebestuur, Een vriend", services)).toEqual({
      codes: ["commune", "cpas"],
      rest: ["Een vriend"],
    });
  });
});

describe("parseDuration", () => {
  it("reads durations as people write them on paper, in minutes", () => {
    expect(parseDuration("2h30")).toBe(150);
    expect(parseDuration("2 h 30")).toBe(150);
    expect(parseDuration("2h30min")).toBe(150);
    expect(parseDuration("1H")).toBe(60);
    expect(parseDuration("1u15")).toBe(75);
    expect(parseDuration("2 heures")).toBe(120);
    expect(parseDuration("45 min")).toBe(45);
    expect(parseDuration("20 minuten")).toBe(20);
    expect(parseDuration("1,5 h")).toBe(90);
    expect(parseDuration("1:30")).toBe(90);
  });
  it("leaves alone what is not a duration, plain numbers included", () => {
    for (const s of ["150", "beaucoup", "2h75", "1:75", "h30", "", "12,5", "30 %"])
      expect(parseDuration(s), s).toBeUndefined();
  });
});
