/**
 * The estimators gather every group and level in one pass (issue #15). These tests check that the
 * one-pass results are the row-by-row ones: grouping by several columns equals grouping by their
 * combined key, typed columns (as the ingest builds them) equal plain arrays, and a filtered table
 * reads only its rows. Agreement with R itself is in designEstimators.test.ts and the reference
 * tests (tests/reference/stats/reference.R).
 */
import { type ColumnTable, table } from "arquero";
import { fsum } from "d3-array";
import { randomLcg, randomUniform } from "d3-random";
import { describe, expect, it } from "vitest";
import { mean, multipleResponse, proportion, type SurveyDesign, surveyDesign } from "../../src/index.ts";

const LEVELS = ["jamais", "parfois", "souvent", "nsp"];

/** A fictional sample: 3 waves × 2 communes, a code, a number and two indicators, some nulls and weights. */
function sample(n: number, seed: number) {
  const u = randomUniform.source(randomLcg(seed))(0, 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(u() * xs.length)]!;
  const rows = Array.from({ length: n }, () => ({
    vague: pick(["2021", "2025", "2027"]),
    commune: pick(["1030", "1190"]),
    E1: u() < 0.1 ? null : pick(LEVELS),
    B3: u() < 0.15 ? null : Math.round(u() * 400) / 10,
    C1__cpas: u() < 0.1 ? null : u() < 0.4,
    C1__commune: u() < 0.1 ? null : u() < 0.6,
    w: 0.5 + u() * 2,
  }));
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  return {
    vague: col("vague"),
    commune: col("commune"),
    E1: col("E1"),
    B3: col("B3"),
    C1__cpas: col("C1__cpas"),
    C1__commune: col("C1__commune"),
    w: col("w"),
    groupe: rows.map((r) => `${r.vague}|${r.commune}`),
  };
}

/** The same values as the ingest's typed columns: dictionary codes, Float64Array with NaN, bytes. */
function typed(data: ReturnType<typeof sample>): ColumnTable {
  const dictionary = (values: readonly (string | null)[]) => {
    const dict = [...new Set(values.filter((v): v is string => v !== null))];
    const codes = Int8Array.from(values, (v) => (v === null ? -1 : dict.indexOf(v)));
    return {
      codes,
      dict,
      length: values.length,
      at: (i: number) => (codes[i]! < 0 ? null : dict[codes[i]!]!),
      *[Symbol.iterator]() {
        for (let i = 0; i < values.length; i++) yield codes[i]! < 0 ? null : dict[codes[i]!]!;
      },
    };
  };
  const numbers = (values: readonly (number | null)[]) => {
    const v = Float64Array.from(values, (x) => (x === null ? Number.NaN : x));
    return {
      values: v,
      length: values.length,
      at: (i: number) => (Number.isNaN(v[i]!) ? null : v[i]!),
      *[Symbol.iterator]() {
        for (let i = 0; i < values.length; i++) yield Number.isNaN(v[i]!) ? null : v[i]!;
      },
    };
  };
  const booleans = (values: readonly (boolean | null)[]) => {
    const v = Uint8Array.from(values, (x) => (x === null ? 0 : x ? 2 : 1));
    const at = (i: number) => [null, false, true][v[i]!]!;
    return {
      values: v,
      length: values.length,
      at,
      *[Symbol.iterator]() {
        for (let i = 0; i < values.length; i++) yield at(i);
      },
    };
  };
  return table({
    vague: dictionary(data.vague),
    commune: dictionary(data.commune),
    E1: dictionary(data.E1),
    B3: numbers(data.B3),
    C1__cpas: booleans(data.C1__cpas),
    C1__commune: booleans(data.C1__commune),
    w: data.w,
    groupe: dictionary(data.groupe),
  } as unknown as Parameters<typeof table>[0]);
}

/** Every estimator on a design, grouped by `by`, as plain objects without the group keys. */
function estimates(design: SurveyDesign, by: string | readonly string[]) {
  const strip = (t: ColumnTable) =>
    t.objects().map((o) => {
      const { vague: _v, commune: _c, groupe: _g, ...rest } = o as Record<string, unknown>;
      return rest;
    });
  return {
    proportion: strip(proportion(design, "E1", { by, levels: LEVELS.slice(0, 3), missingCodes: ["nsp"] })),
    mean: strip(mean(design, "B3", { by })),
    multiple: strip(multipleResponse(design, ["C1__cpas", "C1__commune"], { by })),
  };
}

const designs = {
  "unweighted, stratified by the groups": (t: ColumnTable) => surveyDesign(t, { strata: ["vague", "commune"] }),
  "weighted, stratified by wave": (t: ColumnTable) => surveyDesign(t, { weights: "w", strata: "vague" }),
  "weighted, unstratified": (t: ColumnTable) => surveyDesign(t, { weights: "w" }),
};

describe("estimators grouped in one pass", () => {
  const data = sample(600, 7);
  for (const [name, make] of Object.entries(designs)) {
    it(`by ["vague", "commune"] gives the figures of by a combined key (${name})`, () => {
      const t = table(data);
      const both = estimates(make(t), ["vague", "commune"]);
      const combined = estimates(make(t), "groupe");
      expect(both).toEqual(combined);
      const keys = proportion(make(t), "E1", { by: ["vague", "commune"] }).objects() as Record<string, string>[];
      expect(keys[0]).toMatchObject({ vague: "2021", commune: "1030" });
    });

    it(`reads typed columns (dictionary codes, Float64Array, bytes) as plain arrays (${name})`, () => {
      const plain = estimates(make(table(data)), ["vague", "commune"]);
      const fromTyped = estimates(make(typed(data)), ["vague", "commune"]);
      expect(fromTyped).toEqual(plain);
    });
  }

  it("reads only the rows of a filtered table", () => {
    const t = table(data);
    const filtered = t.params({ c: "1190" }).filter((d: { commune: string }, $: { c: string }) => d.commune === $.c);
    const reified = filtered.reify();
    const design = (x: ColumnTable) => surveyDesign(x, { weights: "w", strata: "vague" });
    expect(estimates(design(filtered), "vague")).toEqual(estimates(design(reified), "vague"));
  });

  it("adds the weights of 200 000 rows within 1e-12 of an exact sum (fsum)", () => {
    const big = sample(200_000, 11);
    const t = table(big);
    const rows = proportion(surveyDesign(t, { weights: "w", strata: "vague" }), "E1", { by: "vague" }).objects() as {
      vague: string;
      level: string;
      n_w: number;
    }[];
    for (const r of rows) {
      const exact = fsum(big.w.filter((_, i) => big.vague[i] === r.vague && big.E1[i] === r.level));
      expect(Math.abs(r.n_w - exact) / exact).toBeLessThan(1e-12);
    }
  });
});
