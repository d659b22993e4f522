import { describe, expect, it } from "vitest";
import { conditionQuestions, evaluateCondition, when } from "../../src/index.ts";

describe("evaluateCondition", () => {
  it("in: true only for one of the listed codes", () => {
    const c = when.in("A1", "cpas", "asbl");
    expect(evaluateCondition(c, { A1: "cpas" })).toBe(true);
    expect(evaluateCondition(c, { A1: "asbl" })).toBe(true);
    expect(evaluateCondition(c, { A1: "commune" })).toBe(false);
    expect(evaluateCondition(c, { A1: null })).toBe(false);
  });

  it("selected: reads the indicator column question__choice", () => {
    const c = when.selected("C1", "commune");
    expect(evaluateCondition(c, { C1__commune: true, C1__cpas: false })).toBe(true);
    expect(evaluateCondition(c, { C1__commune: false, C1__cpas: true })).toBe(false);
    expect(evaluateCondition(c, { C1__commune: null })).toBe(false);
  });

  it("compare: every comparator, false on blank or non-numbers", () => {
    const row = { B3: 5 };
    expect(evaluateCondition(when.compare("B3", "<", 6), row)).toBe(true);
    expect(evaluateCondition(when.compare("B3", "<=", 5), row)).toBe(true);
    expect(evaluateCondition(when.compare("B3", ">", 5), row)).toBe(false);
    expect(evaluateCondition(when.compare("B3", ">=", 5), row)).toBe(true);
    expect(evaluateCondition(when.compare("B3", "=", 5), row)).toBe(true);
    expect(evaluateCondition(when.compare("B3", "!=", 5), row)).toBe(false);
    expect(evaluateCondition(when.compare("B3", ">", 0), { B3: null })).toBe(false);
    expect(evaluateCondition(when.compare("B3", ">", 0), { B3: "7" })).toBe(false);
  });

  it("answered: any non-blank value, or any ticked choice of a multiple-choice question", () => {
    expect(evaluateCondition(when.answered("G1"), { G1: "texte" })).toBe(true);
    expect(evaluateCondition(when.answered("G1"), { G1: "" })).toBe(false);
    expect(evaluateCondition(when.answered("G1"), { G1: null })).toBe(false);
    expect(evaluateCondition(when.answered("B3"), { B3: 0 })).toBe(true);
    expect(evaluateCondition(when.answered("C1"), { C1__a: false, C1__b: true })).toBe(true);
    expect(evaluateCondition(when.answered("C1"), { C1__a: false, C1__b: false })).toBe(false);
  });

  it("and / or / not compose, with XLSForm semantics on blanks", () => {
    const c = when.and(when.in("A1", "cpas"), when.or(when.compare("B3", ">", 10), when.not(when.answered("G1"))));
    expect(evaluateCondition(c, { A1: "cpas", B3: 11, G1: "x" })).toBe(true);
    expect(evaluateCondition(c, { A1: "cpas", B3: 2, G1: null })).toBe(true);
    expect(evaluateCondition(c, { A1: "cpas", B3: 2, G1: "x" })).toBe(false);
    expect(evaluateCondition(c, { A1: "asbl", B3: 11, G1: null })).toBe(false);
    expect(evaluateCondition(when.not(when.in("A1", "cpas")), { A1: null })).toBe(true);
  });
});

describe("conditionQuestions", () => {
  it("lists the questions read, once each, in order", () => {
    const c = when.and(when.in("A1", "cpas"), when.or(when.answered("B2"), when.not(when.in("A1", "asbl"))));
    expect(conditionQuestions(c)).toEqual(["A1", "B2"]);
  });
});
