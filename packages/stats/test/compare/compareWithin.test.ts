import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { compareProportions, compareWithin, StatsError, surveyDesign } from "../../src/index.ts";
import { close } from "../reference.ts";

/** Rows of `count` respondents of one wave and stratum, `yes` of them answering "oui". */
function block(vague: string, A1: string, yes: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({ vague, A1, Q: i < yes ? "oui" : "non" }));
}

// cpas: 12/30 "oui" in 2021, 25/40 in 2025; asbl: 9/20 in 2021, 3/15 in 2025; two respondents without a stratum.
const rows = [
  ...block("2021", "cpas", 12, 30),
  ...block("2025", "cpas", 25, 40),
  ...block("2021", "asbl", 9, 20),
  ...block("2025", "asbl", 3, 15),
  { vague: "2021", A1: null, Q: "oui" },
  { vague: "2025", A1: null, Q: "non" },
];
const data = () => table(Object.fromEntries(["vague", "A1", "Q"].map((c) => [c, rows.map((r) => r[c as "vague"])])));

describe("compareWithin", () => {
  it("compares the waves within each stratum and adjusts across strata, as R p.adjust", () => {
    const out = compareWithin(surveyDesign(data()), "Q", { by: "vague", within: "A1", levels: ["oui"] });
    expect(out.columnNames()[0]).toBe("A1");
    const [asbl, cpas] = out.objects() as [
      Record<string, number | string | boolean>,
      Record<string, number | string | boolean>,
    ];
    expect(asbl).toMatchObject({ A1: "asbl", level: "oui", n_a: 9, denominator_a: 20, n_b: 3, denominator_b: 15 });
    expect(cpas).toMatchObject({ A1: "cpas", level: "oui", n_a: 12, denominator_a: 30, n_b: 25, denominator_b: 40 });
    // R: chisq.test(matrix(c(12, 18, 25, 15), 2, byrow = TRUE), correct = FALSE)$p.value,
    //    chisq.test(matrix(c(9, 11, 3, 12), 2, byrow = TRUE), correct = FALSE)$p.value (min expected 5.14)
    close(cpas.p_value, 0.062009696734758271, "p cpas");
    close(asbl.p_value, 0.12307726620624809, "p asbl");
    // R: p.adjust(c(0.062009696734758271, 0.12307726620624809), "holm") and "BH"
    close(cpas.p_holm, 0.12401939346951654, "holm cpas");
    close(asbl.p_holm, 0.12401939346951654, "holm asbl");
    close(cpas.p_adjusted, 0.12401939346951654, "adjusted = holm");
    close(cpas.p_bh, 0.12307726620624809, "bh cpas");
    close(asbl.p_bh, 0.12307726620624809, "bh asbl");
  });

  it("gives, within a stratum, what compareProportions gives on that stratum's respondents alone", () => {
    const out = compareWithin(surveyDesign(data()), "Q", { by: "vague", within: "A1" }).objects() as Record<
      string,
      unknown
    >[];
    const cpasOnly = data().filter((d: { A1: string | null }) => d.A1 === "cpas");
    const alone = compareProportions(surveyDesign(cpasOnly), "Q", { by: "vague" }).objects() as Record<
      string,
      unknown
    >[];
    const within = out.filter((r) => r.A1 === "cpas");
    expect(within.map((r) => r.level)).toEqual(["non", "oui"]);
    const { p_holm, p_bh, p_adjusted, A1, ...same } = within[1]!;
    const { p_holm: _h, p_bh: _b, p_adjusted: _a, ...expected } = alone[1]!;
    expect(same).toEqual(expected);
    expect(p_adjusted).toBe(p_holm);
    expect(p_holm as number).toBeGreaterThanOrEqual(expected.p_value as number);
  });

  it("keeps a stratum where one wave has no respondent, suppressed, with NaN estimates, out of the adjustment", () => {
    const t = data().concat(table({ vague: ["2025", "2025"], A1: ["autre", "autre"], Q: ["oui", "oui"] }));
    const out = compareWithin(surveyDesign(t), "Q", { by: "vague", within: "A1", levels: ["oui"], threshold: 1 });
    const autre = (out.objects() as Record<string, unknown>[]).find((r) => r.A1 === "autre")!;
    expect(autre).toMatchObject({ n_a: 0, denominator_a: 0, n_b: 2, denominator_b: 2, suppressed: true });
    expect(Number.isNaN(autre.estimate_a)).toBe(true);
    expect(Number.isNaN(autre.p_adjusted)).toBe(true);
    // Two tests adjusted, as in the first example: the empty stratum does not inflate the others.
    const cpas = (out.objects() as Record<string, unknown>[]).find((r) => r.A1 === "cpas")!;
    close(cpas.p_holm, 0.12401939346951654, "holm cpas");
  });

  it("keeps the weights of a weighted design: each stratum is a domain of the whole design (Rao–Scott)", () => {
    // The stratum's shares are those of the stratum alone; their variance uses the whole design (R:
    // svychisq(…, subset(design, A1 == "cpas"))), checked against R in designCompare.test.ts.
    const t = data().derive({ w: (d: { A1: string | null }) => (d.A1 === "cpas" ? 2 : 1) });
    const out = compareWithin(surveyDesign(t, { weights: "w" }), "Q", { by: "vague", within: "A1", levels: ["oui"] });
    const cpas = (out.objects() as Record<string, unknown>[]).find((r) => r.A1 === "cpas")!;
    const masked = t.derive({ Q: (d: { A1: string | null; Q: string }) => (d.A1 === "cpas" ? d.Q : null) });
    const domain = compareProportions(surveyDesign(masked, { weights: "w" }), "Q", {
      by: "vague",
      levels: ["oui"],
    }).objects()[0] as Record<string, unknown>;
    expect(cpas.test).toBe("rao-scott");
    close(cpas.p_value, domain.p_value as number, "Rao–Scott p");
    close(cpas.estimate_b, 25 / 40, "weighted share within cpas (constant weights there)");
  });

  it("says which column is missing, and refuses more than two groups", () => {
    expect(() => compareWithin(surveyDesign(data()), "Q", { by: "vague", within: "A9" })).toThrow(StatsError);
    expect(() => compareWithin(surveyDesign(data()), "Q", { by: "vague", within: "A9" })).toThrow(/A9/);
    const three = data().concat(table({ vague: ["2030"], A1: ["cpas"], Q: ["oui"] }));
    expect(() => compareWithin(surveyDesign(three), "Q", { by: "vague", within: "A1" })).toThrow(StatsError);
  });
});
