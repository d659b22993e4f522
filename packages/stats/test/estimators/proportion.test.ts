import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { mean, proportion, StatsError, surveyDesign, wilsonInterval } from "../../src/index.ts";
import { close, R } from "../reference.ts";

const data = () =>
  table({
    vague: ["2021", "2021", "2021", "2021", "2021", "2025", "2025", "2025", "2025", "2025", "2025"],
    E1: ["souvent", "parfois", "souvent", "nsp", null, "souvent", "souvent", "jamais", "souvent", "parfois", "nsp"],
    w: [1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    B3: [10, 20, null, 5, 8, 12, 30, 25, null, 40, 22],
  });

describe("missing-value policy (missing.ts)", () => {
  it("leaves null (not asked, blank) out of everything, and missing-flagged codes out of denominators but counted", () => {
    const p = proportion(surveyDesign(data()), "E1", { by: "vague", missingCodes: ["nsp"] }).objects() as Record<
      string,
      unknown
    >[];
    const souvent2021 = p.find((r) => r.vague === "2021" && r.level === "souvent")!;
    // 2021: souvent, parfois, souvent valid (3); nsp counted apart; null ignored.
    expect(souvent2021).toMatchObject({ n: 2, denominator: 3, n_missing: 1, estimate: 2 / 3 });
    expect(p.some((r) => r.level === "nsp")).toBe(false);
  });
  it("counts missing-flagged codes as levels with includeMissing", () => {
    const p = proportion(surveyDesign(data()), "E1", {
      missingCodes: ["nsp"],
      includeMissing: true,
    }).objects() as Record<string, unknown>[];
    expect(p.find((r) => r.level === "nsp")).toMatchObject({ n: 2, denominator: 10 });
  });
});

describe("proportion", () => {
  it("returns a tidy table with intervals from the chosen method (Wilson = R prop.test)", () => {
    const p = proportion(surveyDesign(data()), "E1", {
      by: "vague",
      missingCodes: ["nsp"],
      levels: ["jamais", "parfois", "souvent"],
    });
    expect(p.columnNames()).toEqual([
      "vague",
      "question",
      "level",
      "n",
      "n_w",
      "denominator",
      "n_missing",
      "estimate",
      "se",
      "ci_low",
      "ci_high",
      "method",
      "suppressed",
    ]);
    const rows = p.objects() as Record<string, number & string>[];
    expect(rows.map((r) => `${r.vague}:${r.level}`)).toEqual([
      "2021:jamais",
      "2021:parfois",
      "2021:souvent",
      "2025:jamais",
      "2025:parfois",
      "2025:souvent",
    ]);
    const s25 = rows[5]!;
    const w = wilsonInterval(3, 5);
    expect(s25).toMatchObject({ n: 3, denominator: 5, method: "wilson", suppressed: true });
    close(s25.ci_low, w.low);
    close(s25.ci_high, w.high);
    expect(rows[3]).toMatchObject({ n: 1, estimate: 0.2 });
  });

  it("uses svyciprop's beta interval on a weighted design (R reference)", () => {
    const W = R.weighted;
    const t = table({ y: W.y.map((v: number) => (v === 1 ? "oui" : "non")), w: W.w });
    const p = proportion(surveyDesign(t, { weights: "w" }), "y", { levels: ["oui"] }).objects()[0] as Record<
      string,
      number
    >;
    close(p.estimate, W.prop);
    close(p.ci_low, W.beta_ci[0]);
    close(p.ci_high, W.beta_ci[1]);
    expect(p.method).toBe("beta");
  });

  it("flags cells under the threshold as suppressed", () => {
    const p = proportion(surveyDesign(data()), "E1", { threshold: 3, missingCodes: ["nsp"] }).objects() as Record<
      string,
      unknown
    >[];
    expect(p.map((r) => [r.level, r.n, r.suppressed])).toEqual([
      ["jamais", 1, true],
      ["parfois", 2, true],
      ["souvent", 5, false],
    ]);
  });

  it("refuses a number column rather than coercing it, and does not mutate its input", () => {
    const t = data();
    const before = JSON.stringify(t.objects());
    expect(() => proportion(surveyDesign(t), "B3")).toThrow(StatsError);
    proportion(surveyDesign(t), "E1", { by: "vague" });
    expect(JSON.stringify(t.objects())).toBe(before);
  });
});

describe("mean", () => {
  it("matches R t.test(x)$conf.int unweighted and svymean weighted", () => {
    const u = R.welch.x as number[];
    const m = mean(surveyDesign(table({ x: u })), "x").objects()[0] as Record<string, number>;
    close(m.estimate, R.welch.mean_x);
    close(m.ci_low, R.welch.ci_mean_x[0]);
    close(m.ci_high, R.welch.ci_mean_x[1]);
    const W = R.weighted;
    const mw = mean(surveyDesign(table({ num: W.num, w: W.w }), { weights: "w" }), "num").objects()[0] as Record<
      string,
      number
    >;
    close(mw.estimate, W.mean);
    close(mw.se, W.mean_se.flat()[0]);
  });
  it("refuses strings in a number column (no silent coercion)", () => {
    const t = table({ x: [1, "2", 3] });
    expect(() => mean(surveyDesign(t), "x")).toThrow(/ligne 2 : « 2 » n'est pas un nombre/);
  });
});
