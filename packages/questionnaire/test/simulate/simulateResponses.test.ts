import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalColumns,
  checkResponses,
  evaluateCondition,
  FAKE_PII,
  type Instrument,
  simulateResponses,
  validateInstrument,
  worker2021,
  worker2025,
} from "../../src/index.ts";
import { fixture } from "./fixture.ts";

type Cell = string | number | boolean | null;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const col = (t: ReturnType<typeof simulateResponses>, name: string) => t.array(name) as Cell[];
const answered = (xs: Cell[]) => xs.filter((x) => x !== null);
const share = (xs: Cell[], value: Cell) => answered(xs).filter((x) => x === value).length / answered(xs).length;
const mean = (xs: Cell[]) => {
  const v = answered(xs) as number[];
  return v.reduce((a, b) => a + b, 0) / v.length;
};

const instruments: [string, Instrument][] = [
  ["the fixture", fixture],
  ["worker 2021", worker2021],
  ["worker 2025", worker2025],
];

describe("simulateResponses", () => {
  it("is tested on valid instruments", () => {
    for (const [, instrument] of instruments) expect(validateInstrument(instrument).issues).toEqual([]);
  });

  it.each(instruments)(
    "obeys every skip rule, range, list and required answer of %s (property over seeds and rates)",
    (_, instrument) => {
      const rate = fc.double({ min: 0, max: 1, noNaN: true });
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.integer({ min: 0, max: 40 }),
          rate,
          rate,
          rate,
          (seed, n, missingness, dontKnow, piiRate) => {
            const t = simulateResponses(instrument, { n, seed, missingness, dontKnow, piiRate });
            expect(t.numRows()).toBe(n);
            expect(t.columnNames()).toEqual(canonicalColumns(instrument).map((c) => c.name));
            expect(checkResponses(instrument, t)).toEqual([]);
          },
        ),
        { numRuns: 50 },
      );
    },
  );

  // An oracle independent of evaluateCondition and checkResponses: each operator of the fixture's
  // skip logic written again as plain JavaScript over the column arrays.
  it("applies each skip-logic operator of the fixture (independent oracle, both branches exercised)", () => {
    const n = 3000;
    const t = simulateResponses(fixture, { n, seed: 42 });
    const v = (name: string) => col(t, name);
    const [S1, I1, D1, P1, O1, Y1, T1] = ["S1", "I1", "D1", "P1", "O1", "Y1", "T1"].map(v) as Cell[][];
    const M1 = ["commune", "cpas", "actiris", "autre", "nsp"].map((code) => v(`M1__${code}`));
    const rules: [string, string[], (i: number) => boolean][] = [
      ["M2", ["M2__guichet", "M2__telephone", "M2__postal"], (i) => M1.some((x) => x[i] === true)], // answered (multiple)
      ["I2", ["I2"], (i) => typeof I1![i] === "number" && (I1![i] as number) <= 15], // compare <=
      ["P2", ["P2"], (i) => typeof P1![i] === "number" && (P1![i] as number) >= 20], // compare >=
      ["O1", ["O1"], (i) => (S1![i] === "cpas" || S1![i] === "asbl") && (I1![i] as number) > 10], // and, in, >
      ["O2", ["O2"], (i) => M1[1]![i] === true || O1![i] === "plutot" || O1![i] === "tout_a_fait"], // or, selected, in
      ["Y1", ["Y1"], (i) => D1![i] === null], // not answered (number)
      ["X1", ["X1", "X1__autre_texte"], (i) => Y1![i] === "oui"], // chain
      ["T1", ["T1"], (i) => M1[0]![i] === true], // selected
      ["T2", ["T2"], (i) => T1![i] !== null], // answered (text)
      [
        "DT",
        ["DT"],
        (i) => (P1![i] !== null && (P1![i] as number) < 10) || I1![i] === 0 || (D1![i] !== null && D1![i] !== 1),
      ], // or, <, =, !=
    ];
    for (const [question, columns, asked] of rules) {
      let yes = 0;
      let no = 0;
      for (let i = 0; i < n; i++) {
        if (asked(i)) yes++;
        else {
          no++;
          for (const c of columns) expect(v(c)[i], `${c}, row ${i}`).toBeNull();
        }
      }
      // Each rule is exercised both ways, not vacuously.
      expect(yes, question).toBeGreaterThan(0);
      expect(no, question).toBeGreaterThan(0);
    }
    // Required and asked → never blank (M2 needs a tick, O2/T2/X1 a value).
    for (let i = 0; i < n; i++) {
      if (M1.some((x) => x[i] === true))
        expect(["guichet", "telephone", "postal"].some((c) => v(`M2__${c}`)[i] === true)).toBe(true);
      if (T1![i] !== null) expect(v("T2")[i]).not.toBeNull();
    }
  });

  it("draws every choice, blanks, ne-sait-pas and other texts only where they belong", () => {
    const t = simulateResponses(fixture, { n: 3000, seed: 7 });
    for (const code of ["cpas", "asbl", "commune", "autre"]) expect(col(t, "S1")).toContain(code);
    for (const code of ["pas_du_tout", "plutot_pas", "neutre", "plutot", "tout_a_fait", "nsp"])
      expect(col(t, "O2")).toContain(code);
    // nsp in a multiple question is ticked alone.
    const nsp = col(t, "M1__nsp");
    expect(nsp).toContain(true);
    for (const [i, x] of nsp.entries())
      if (x === true)
        for (const c of ["commune", "cpas", "actiris", "autre"]) expect(col(t, `M1__${c}`)[i]).toBe(false);
    // Non-required blank (all indicators null) does happen; a required question is never blank.
    expect(col(t, "M1__commune")).toContain(null);
    expect(col(t, "S1")).not.toContain(null);
    expect(col(t, "I1")).not.toContain(null);
    // __autre_texte exactly when "autre" chosen.
    for (const [i, x] of col(t, "S1").entries()) expect(col(t, "S1__autre_texte")[i] !== null).toBe(x === "autre");
    for (const [i, x] of col(t, "M1__autre").entries()) expect(col(t, "M1__autre_texte")[i] !== null).toBe(x === true);
    // Ranges: integers stay integers, one-sided and default bounds are honoured.
    expect(answered(col(t, "I1")).every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 40)).toBe(
      true,
    );
    expect(answered(col(t, "R1")).every((x) => (x as number) <= 3)).toBe(true);
    expect(answered(col(t, "DT")).every((x) => /^2025-0[34]-\d\d$/.test(x as string))).toBe(true);
  });

  it("gives the same table and CSV bytes for the same seed, different ones for another seed", () => {
    for (const [, instrument] of instruments) {
      const a = simulateResponses(instrument, { n: 80, seed: 11 });
      const b = simulateResponses(instrument, { n: 80, seed: 11 });
      const c = simulateResponses(instrument, { n: 80, seed: 12 });
      expect(a.objects()).toEqual(b.objects());
      expect(a.toCSV()).toBe(b.toCSV());
      expect(a.toCSV()).not.toBe(c.toCSV());
    }
  });

  it("fills id, vague and commune from the options and their defaults", () => {
    const d = simulateResponses(worker2021, { n: 12 });
    expect(col(d, "id").slice(0, 2)).toEqual(["sim-2021-01", "sim-2021-02"]);
    expect(new Set(col(d, "id")).size).toBe(12);
    expect(new Set(col(d, "vague"))).toEqual(new Set(["2021"]));
    expect(new Set(col(d, "commune"))).toEqual(new Set(["1030"]));
    const o = simulateResponses(worker2021, { n: 3, vague: "2021bis", commune: "1060", idPrefix: "x-" });
    expect(col(o, "id")).toEqual(["x-1", "x-2", "x-3"]);
    expect(new Set(col(o, "vague"))).toEqual(new Set(["2021bis"]));
    expect(new Set(col(o, "commune"))).toEqual(new Set(["1060"]));
  });

  // Tolerances below: with n = 5000 respondents, a proportion's standard error is at most
  // 0.5 / √(number answering) ≤ 0.5 / √1000 ≈ 0.016 and a mean's is sd / √n; every threshold sits at
  // least 5 standard errors from the value expected under the weights given, so a failure is a bug,
  // not chance (and the seed is fixed anyway).
  describe("effects", () => {
    const n = 5000;
    const base = simulateResponses(fixture, { n, seed: 3 });

    it("ordinal and single weights move the answers towards the weighted codes", () => {
      const t = simulateResponses(fixture, {
        n,
        seed: 3,
        effects: { O2: { weights: { tout_a_fait: 10 } }, S1: { weights: { commune: 20 } } },
      });
      // Default hump 1,2,3,2,1 → tout_a_fait 1/9 ≈ 0.11 of valid answers; weight 10 → 10/18 ≈ 0.56 (× 0.95, nsp).
      expect(share(col(base, "O2"), "tout_a_fait")).toBeLessThan(0.2);
      expect(share(col(t, "O2"), "tout_a_fait")).toBeGreaterThan(0.45);
      // Defaults 1, 0.8, 0.67, other 0.2 → commune ≈ 0.25; weight 20 → 20/22 ≈ 0.9.
      expect(share(col(base, "S1"), "commune")).toBeLessThan(0.35);
      expect(share(col(t, "S1"), "commune")).toBeGreaterThan(0.8);
    });

    it("multiple-choice probabilities move the tick rates", () => {
      const t = simulateResponses(fixture, {
        n,
        seed: 3,
        effects: { M1: { probabilities: { actiris: 0.8, commune: 0 } } },
      });
      // Default 0.3 (× 0.95 outside nsp); 0.8 → ≈ 0.76; 0 → never.
      expect(share(col(base, "M1__actiris"), true)).toBeLessThan(0.36);
      expect(share(col(t, "M1__actiris"), true)).toBeGreaterThan(0.7);
      expect(col(t, "M1__commune")).not.toContain(true);
      expect(answered(col(t, "T1"))).toEqual([]); // T1 is asked only when M1__commune is ticked
    });

    it("numeric mean and sd move the numbers, kept in range, rounded to the step", () => {
      const t = simulateResponses(fixture, {
        n,
        seed: 3,
        effects: { I1: { mean: 35, sd: 3 }, D1: { mean: 50, sd: 1, step: 0.1 } },
      });
      // Default: middle of 0–40 (20), sd 40/6.
      expect(Math.abs(mean(col(base, "I1")) - 20)).toBeLessThan(0.5);
      expect(mean(col(t, "I1"))).toBeGreaterThan(34);
      // A mean far above the range: truncation fails, values are clamped onto the maximum.
      expect(new Set(answered(col(t, "D1")))).toEqual(new Set([1]));
      expect(checkResponses(fixture, t)).toEqual([]);
    });

    it("texts, missingness and dontKnow per question", () => {
      const t = simulateResponses(fixture, {
        n,
        seed: 3,
        effects: { T1: { texts: ["Texte fictif A."] }, P1: { missingness: 0.5 }, O2: { dontKnow: 0.5 } },
        piiRate: 0,
      });
      expect(new Set(answered(col(t, "T1")))).toEqual(new Set(["Texte fictif A."]));
      const p1 = col(t, "P1");
      expect(Math.abs(p1.filter((x) => x === null).length / n - 0.5)).toBeLessThan(0.05);
      expect(Math.abs(share(col(t, "O2"), "nsp") - 0.5)).toBeLessThan(0.05);
      // The global dontKnow option changes the ne-sait-pas rate everywhere.
      const none = simulateResponses(fixture, { n: 500, seed: 3, dontKnow: 0 });
      expect(col(none, "O2")).not.toContain("nsp");
      expect(col(none, "M1__nsp")).not.toContain(true);
    });
  });

  it("gives plausible defaults for the worker questionnaire", () => {
    const t = simulateResponses(worker2025, { n: 5000, seed: 9 });
    // ETP mostly between 0.5 and 1 (expected ≈ 0.96 under N(0.85, 0.2) truncated to 0.1–1).
    const etp = answered(col(t, "A5")) as number[];
    expect(etp.filter((x) => x >= 0.5 && x <= 1).length / etp.length).toBeGreaterThan(0.85);
    // Multiple choice: about 30 % of the ordinary choices ticked among respondents who answered.
    const services = ["commune", "cpas", "actiris", "onem_capac", "spf_finances", "energie", "banques"];
    const rates = services.map((c) => share(col(t, `C1__${c}`), true));
    for (const r of rates) expect(Math.abs(r - 0.3)).toBeLessThan(0.04);
    // Likert mildly centred: the middle answer is the most frequent, the extremes the least.
    const f1 = col(t, "F1");
    expect(share(f1, "neutre")).toBeGreaterThan(share(f1, "plutot"));
    expect(share(f1, "plutot")).toBeGreaterThan(share(f1, "tout_a_fait"));
    expect(share(f1, "plutot_pas")).toBeGreaterThan(share(f1, "pas_du_tout"));
    // Most respondents work in the simulated commune; minutes per procedure mostly under an hour.
    expect(share(col(t, "A6"), "c1030")).toBeGreaterThan(0.4);
    expect(
      share(col(simulateResponses(worker2025, { n: 500, seed: 9, commune: "1060" }), "A6"), "c1060"),
    ).toBeGreaterThan(0.4);
    const minutes = answered(col(t, "B4")) as number[];
    expect(minutes.filter((x) => x <= 60).length / minutes.length).toBeGreaterThan(0.85);
    expect(minutes.every((x) => x % 5 === 0 || x === 1)).toBe(true);
  });

  it("puts fake e-mail addresses and Belgian phone numbers in some texts, none when piiRate is 0", () => {
    const texts = (piiRate: number) =>
      answered(col(simulateResponses(fixture, { n: 2000, seed: 4, piiRate }), "T1")) as string[];
    const email = /[\w.-]+@example\.(org|com|net)/;
    const phone = /(\+32|0032|0)\s?\d{1,3}[\s/.]?\d{2,3}[\s.]?\d{2}[\s.]?\d{2}/;
    const some = texts(0.15);
    const withPii = some.filter((x) => FAKE_PII.some((p) => x.includes(p))).length / some.length;
    expect(Math.abs(withPii - 0.15)).toBeLessThan(0.04); // ≈ 1000 texts: SE ≈ 0.011
    expect(some.some((x) => email.test(x))).toBe(true);
    expect(some.some((x) => phone.test(x))).toBe(true);
    expect(texts(0).some((x) => email.test(x) || phone.test(x))).toBe(false);
  });

  it("does not mutate the instrument or the options", () => {
    const instrument = deepFreeze(structuredClone(fixture));
    const options = deepFreeze({
      n: 50,
      seed: 5,
      effects: { O2: { weights: { neutre: 5 } }, M1: { probabilities: { cpas: 0.9 } } },
    });
    const before = JSON.stringify([instrument, options]);
    const t = simulateResponses(instrument, options);
    expect(JSON.stringify([instrument, options])).toBe(before);
    expect(t.toCSV()).toBe(simulateResponses(fixture, structuredClone(options)).toCSV());
  });

  it("throws on an invalid n, rate or effect", () => {
    expect(() => simulateResponses(fixture, { n: -1 })).toThrow(RangeError);
    expect(() => simulateResponses(fixture, { n: 2.5 })).toThrow(RangeError);
    expect(() => simulateResponses(fixture, { n: 5, missingness: 1.5 })).toThrow(RangeError);
    expect(() => simulateResponses(fixture, { n: 5, effects: { ZZ: { mean: 1 } } })).toThrow(/ZZ/);
    expect(() => simulateResponses(fixture, { n: 5, effects: { O2: { weights: { beaucoup: 2 } } } })).toThrow(
      /beaucoup/,
    );
    expect(() => simulateResponses(fixture, { n: 5, effects: { O2: { weights: { neutre: -1 } } } })).toThrow(
      RangeError,
    );
    expect(() => simulateResponses(fixture, { n: 5, effects: { M1: { probabilities: { cpas: 2 } } } })).toThrow(
      RangeError,
    );
    expect(simulateResponses(fixture, { n: 0 }).numRows()).toBe(0);
  });

  it("evaluates skip logic like evaluateCondition on the simulated rows", () => {
    // Cross-check on the worker questionnaires: every conditional question is null wherever its
    // condition, evaluated on the simulated row, is false.
    for (const instrument of [worker2021, worker2025]) {
      const rows = simulateResponses(instrument, { n: 300, seed: 8, missingness: 0.3 }).objects() as Record<
        string,
        Cell
      >[];
      for (const q of instrument.questions) {
        if (!q.relevant) continue;
        const cols = canonicalColumns(instrument).filter((c) => c.question === q.id);
        let skipped = 0;
        for (const row of rows)
          if (!evaluateCondition(q.relevant, row)) {
            skipped++;
            for (const c of cols) expect(row[c.name]).toBeNull();
          }
        expect(skipped, q.id).toBeGreaterThan(0);
      }
    }
  });
});
