import { table } from "arquero";
import { describe, expect, it } from "vitest";
import {
  applyHarmonisation,
  binValue,
  canonicalColumns,
  comparisonInstrument,
  type Harmonisation,
  worker2021,
  worker2025,
  workerHarmonisation,
  workerInstruments,
} from "../../src/index.ts";

const B1_BINS = [
  { code: "b0_10", max: 10 },
  { code: "b11_25", max: 25 },
  { code: "b26_50", max: 50 },
  { code: "b51_75", max: 75 },
  { code: "b76_100", max: 100 },
];

describe("binValue", () => {
  it("puts a value in the first bracket whose inclusive upper bound is at least the value", () => {
    expect([0, 10, 10.5, 11, 25, 26, 50, 75, 75.2, 100].map((v) => binValue(v, B1_BINS))).toEqual([
      "b0_10",
      "b0_10",
      "b11_25",
      "b11_25",
      "b11_25",
      "b26_50",
      "b26_50",
      "b51_75",
      "b76_100",
      "b76_100",
    ]);
  });
  it("gives null for blanks, non-numbers and values above the last bracket", () => {
    expect([null, Number.NaN, "20", 101].map((v) => binValue(v as number, B1_BINS))).toEqual([null, null, null, null]);
  });
});

describe("applyHarmonisation (worker 2021 → 2025)", () => {
  it("bins 2025's B1_pct into 2021's brackets under the comparison id B1", () => {
    const t2025 = table({
      id: ["a", "b", "c", "d", "e"],
      vague: ["2025", "2025", "2025", "2025", "2025"],
      commune: ["1030", "1030", "1030", "1030", "1030"],
      B1_pct: [10, 11, 100, null, 60],
    });
    const h = applyHarmonisation(t2025, worker2025, workerHarmonisation, workerInstruments);
    expect(h.array("B1")).toEqual(["b0_10", "b11_25", "b76_100", null, "b51_75"]);
    expect(h.columnNames()).not.toContain("B1_pct");
    expect(h.array("id")).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("keeps 2021's B1 codes as they are", () => {
    const t2021 = table({ id: ["x", "y"], vague: ["2021", "2021"], commune: ["1030", "1030"], B1: ["b26_50", null] });
    const h = applyHarmonisation(t2021, worker2021, workerHarmonisation, workerInstruments);
    expect(h.array("B1")).toEqual(["b26_50", null]);
  });

  it("drops choices present in one wave only (Covid Safe Ticket 2021, telecom 2025) and keeps shared ones", () => {
    const t2021 = table({
      id: ["x", "y"],
      vague: ["2021", "2021"],
      commune: ["1030", "1030"],
      C1__cpas: [true, false],
      C1__covid_safe_ticket: [true, true],
    });
    const h = applyHarmonisation(t2021, worker2021, workerHarmonisation, workerInstruments);
    expect(h.columnNames()).toContain("C1__cpas");
    expect(h.columnNames()).not.toContain("C1__covid_safe_ticket");
    expect(h.columnNames()).not.toContain("C1__telecom");
    expect(h.array("C1__cpas")).toEqual([true, false]);
  });

  it("fills questions absent from a version (B4, F9 in 2021) with null", () => {
    const t2021 = table({ id: ["x"], vague: ["2021"], commune: ["1030"], F1: ["plutot"] });
    const h = applyHarmonisation(t2021, worker2021, workerHarmonisation, workerInstruments);
    expect(h.array("B4")).toEqual([null]);
    expect(h.array("F9")).toEqual([null]);
    expect(h.array("F1")).toEqual(["plutot"]);
  });

  it("produces exactly the comparison schema's canonical columns, for both versions", () => {
    const expected = canonicalColumns(comparisonInstrument(workerHarmonisation, workerInstruments)).map((c) => c.name);
    for (const ins of [worker2021, worker2025]) {
      const empty = table(Object.fromEntries(canonicalColumns(ins).map((c) => [c.name, []])));
      expect(applyHarmonisation(empty, ins, workerHarmonisation, workerInstruments).columnNames()).toEqual(expected);
    }
  });

  it("merges recoded codes: an indicator is true if any source code is ticked, null if not asked", () => {
    const h: Harmonisation = {
      ...workerHarmonisation,
      rules: [
        ...workerHarmonisation.rules,
        {
          target: "A2",
          sources: {
            "2021": { op: "recode", question: "A2", codes: { dettes: "juridique" } },
            "2025": { op: "recode", question: "A2", codes: { dettes: "juridique" } },
          },
        },
      ],
    };
    const t = table({
      id: ["p", "q", "r"],
      vague: ["2021", "2021", "2021"],
      commune: ["1030", "1030", "1030"],
      A1: ["cpas", "autre_public", "inconnu"],
      A2__dettes: [true, false, null],
      A2__juridique: [false, false, null],
    });
    const out = applyHarmonisation(t, worker2021, h, workerInstruments);
    expect(out.array("A2__juridique")).toEqual([true, false, null]);
    expect(out.columnNames()).not.toContain("A2__dettes");
    // A single-choice code absent from the comparison list becomes null.
    expect(out.array("A1")).toEqual(["cpas", "autre_public", null]);
  });

  it("does not modify its input", () => {
    const t = table({ id: ["a"], vague: ["2025"], commune: ["1030"], B1_pct: [42] });
    const before = t.objects();
    applyHarmonisation(t, worker2025, workerHarmonisation, workerInstruments);
    expect(t.objects()).toEqual(before);
    expect(t.columnNames()).toEqual(["id", "vague", "commune", "B1_pct"]);
  });

  it("refuses an instrument that is not part of the harmonisation", () => {
    const other = { ...worker2025, version: "2030" };
    expect(() => applyHarmonisation(table({ id: [] }), other, workerHarmonisation, workerInstruments)).toThrow(
      /worker@2030 ne fait pas partie/,
    );
  });
});
