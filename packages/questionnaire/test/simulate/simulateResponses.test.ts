import { table } from "arquero";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalColumns,
  checkResponses,
  type Instrument,
  simulateResponses,
  worker2021,
  worker2025,
} from "../../src/index.ts";
import { mini } from "../fixtures.ts";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const seed = fc.integer({ min: 1, max: 2 ** 31 - 2 });
const rate = fc.double({ min: 0, max: 0.6, noNaN: true });

describe("simulateResponses", () => {
  it.each<[string, Instrument]>([
    ["mini", mini],
    ["worker 2021", worker2021],
    ["worker 2025", worker2025],
  ])("obeys every skip rule, range, list and required answer of %s (property, many seeds)", (_name, instrument) => {
    fc.assert(
      fc.property(seed, rate, rate, (s, missingness, dontKnow) => {
        const t = simulateResponses(instrument, { n: 40, seed: s, missingness, dontKnow });
        expect(checkResponses(instrument, t)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("has exactly the canonical columns, one row per respondent, unique ids", () => {
    const t = simulateResponses(worker2025, { n: 120, seed: 3 });
    expect(t.columnNames()).toEqual(canonicalColumns(worker2025).map((c) => c.name));
    expect(t.numRows()).toBe(120);
    expect(new Set(t.array("id") as string[]).size).toBe(120);
    expect(new Set(t.array("vague") as string[])).toEqual(new Set(["2025"]));
    expect(new Set(t.array("commune") as string[])).toEqual(new Set(["1030"]));
  });

  it("gives the same bytes for the same seed and different ones for another seed", () => {
    const a = simulateResponses(worker2021, { n: 60, seed: 11 }).toCSV();
    const b = simulateResponses(worker2021, { n: 60, seed: 11 }).toCSV();
    const c = simulateResponses(worker2021, { n: 60, seed: 12 }).toCSV();
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("leaves questions not asked as null: C2 only when the commune is ticked in C1", () => {
    const t = simulateResponses(worker2025, { n: 400, seed: 5 });
    const c1 = t.array("C1__commune") as (boolean | null)[];
    const c2 = t.array("C2__rdv_en_ligne") as (boolean | null)[];
    let asked = 0;
    c1.forEach((v, i) => {
      if (v !== true) expect(c2[i]).toBeNull();
      else asked++;
    });
    // The rule is exercised both ways, not vacuously.
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(400);
  });

  it("shifts distributions with effects", () => {
    const n = 4000;
    const base = simulateResponses(worker2025, { n, seed: 2 });
    const shifted = simulateResponses(worker2025, {
      n,
      seed: 2,
      effects: { B1_pct: { mean: 70, sd: 10 }, A1: { weights: { cpas: 10 } }, C1: { probabilities: { telecom: 0.9 } } },
    });
    const mean = (xs: unknown[]) => {
      const v = xs.filter((x): x is number => typeof x === "number");
      return v.reduce((a, b) => a + b, 0) / v.length;
    };
    const share = (xs: unknown[], value: unknown) =>
      xs.filter((x) => x === value).length / xs.filter((x) => x !== null).length;
    // Default mean is the middle of 0–100 (50); with n = 4000 and sd ≈ 17 the standard error is < 0.3,
    // so 65 vs 50 is far beyond chance, while the clamp to 100 keeps the shifted mean a little under 70.
    expect(mean(base.array("B1_pct") as unknown[])).toBeCloseTo(50, 0);
    expect(mean(shifted.array("B1_pct") as unknown[])).toBeGreaterThan(65);
    // cpas weight 10 against defaults ≤ 1 → well over half of the answers.
    expect(share(shifted.array("A1") as unknown[], "cpas")).toBeGreaterThan(0.6);
    expect(share(base.array("A1") as unknown[], "cpas")).toBeLessThan(0.4);
    expect(share(shifted.array("C1__telecom") as unknown[], true)).toBeGreaterThan(0.8);
  });

  it("puts fake personal data in some texts (for the pseudonymisation tests), none when piiRate is 0", () => {
    const pii = /@example\.org|0470|02 123|IBAN|registre/;
    const texts = (rate: number) =>
      (simulateResponses(worker2025, { n: 300, seed: 4, piiRate: rate }).array("G1") as (string | null)[]).filter(
        (x): x is string => x !== null,
      );
    expect(texts(0.5).some((t) => pii.test(t))).toBe(true);
    expect(texts(0).some((t) => pii.test(t))).toBe(false);
  });

  it("does not mutate the instrument", () => {
    const frozen = deepFreeze(structuredClone(worker2025));
    expect(() => simulateResponses(frozen, { n: 10 })).not.toThrow();
  });

  it("rejects a negative or fractional n", () => {
    expect(() => simulateResponses(mini, { n: -1 })).toThrow(RangeError);
    expect(() => simulateResponses(mini, { n: 2.5 })).toThrow(RangeError);
    expect(simulateResponses(mini, { n: 0 }).numRows()).toBe(0);
  });
});

describe("checkResponses", () => {
  const row = (patch: Record<string, unknown>) => {
    const base = simulateResponses(mini, { n: 1, seed: 1, missingness: 0 }).objects()[0] as Record<string, unknown>;
    const merged = { ...base, ...patch };
    return table(Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, [v]])));
  };

  it("finds each kind of planted violation", () => {
    const rules = (patch: Record<string, unknown>) => checkResponses(mini, row(patch)).map((v) => v.rule);
    expect(rules({ A1: "ocmw" })).toContain("unknown_choice");
    expect(rules({ A1: null })).toContain("required");
    expect(rules({ A3: 51 })).toContain("out_of_range");
    expect(rules({ A3: 2.5 })).toContain("not_integer");
    expect(rules({ A3: "12" })).toContain("wrong_type");
    expect(rules({ A2__commune: false, B3: "texte" })).toContain("not_asked");
    expect(rules({ A1: "cpas", A1__autre_texte: "x" })).toContain("other_text_without_other");
    expect(rules({ A2__commune: true, A2__cpas: null })).toContain("partial_indicators");
  });

  it("reports a missing column", () => {
    const t = simulateResponses(mini, { n: 2, seed: 1 }).select("id", "vague", "commune");
    expect(checkResponses(mini, t).some((v) => v.rule === "missing_column" && v.column === "A1")).toBe(true);
  });
});
