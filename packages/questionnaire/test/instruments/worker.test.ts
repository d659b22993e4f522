import { describe, expect, it } from "vitest";
import {
  canonicalColumns,
  choiceList,
  QUESTION_KINDS,
  question,
  validateInstrument,
  worker2021,
  worker2025,
  workerInstruments,
} from "../../src/index.ts";

describe("worker instruments", () => {
  it("are valid, both versions", () => {
    for (const i of workerInstruments) expect(validateInstrument(i).issues, i.version).toEqual([]);
  });

  it("use every question kind between them", () => {
    const kinds = new Set(workerInstruments.flatMap((i) => i.questions.map((q) => q.kind)));
    expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it("cover modules A to G", () => {
    for (const i of workerInstruments) {
      expect([...new Set(i.questions.map((q) => q.module))]).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    }
  });

  it("ask the time share in brackets in 2021 and as a number 0-100 in 2025", () => {
    expect(question(worker2021, "B1").kind).toBe("ordinal");
    expect(choiceList(worker2021, question(worker2021, "B1")).choices.map((c) => c.code)).toEqual([
      "b0_10",
      "b11_25",
      "b26_50",
      "b51_75",
      "b76_100",
    ]);
    expect(question(worker2025, "B1_pct").kind).toBe("percent");
    expect(() => question(worker2025, "B1")).toThrow(/B1/);
  });

  it("drop the Covid Safe Ticket in 2025 and add services", () => {
    const codes = (i: typeof worker2021) => choiceList(i, question(i, "C1")).choices.map((c) => c.code);
    expect(codes(worker2021)).toContain("covid_safe_ticket");
    expect(codes(worker2025)).not.toContain("covid_safe_ticket");
    expect(codes(worker2025).filter((c) => !codes(worker2021).includes(c))).toEqual(["telecom", "rdv_medicaux"]);
  });

  it("reword some Likert items and add questions in 2025", () => {
    expect(question(worker2025, "F3").label.fr).not.toBe(question(worker2021, "F3").label.fr);
    expect(question(worker2025, "F1").label).toEqual(question(worker2021, "F1").label);
    const ids2021 = worker2021.questions.map((q) => q.id);
    expect(worker2025.questions.map((q) => q.id).filter((id) => !ids2021.includes(id))).toEqual(["B1_pct", "B4", "F9"]);
  });

  it("have about 40 canonical columns or more, keys first", () => {
    const cols = canonicalColumns(worker2025).map((c) => c.name);
    expect(cols.slice(0, 3)).toEqual(["id", "vague", "commune"]);
    expect(cols.length).toBeGreaterThan(40);
  });
});
