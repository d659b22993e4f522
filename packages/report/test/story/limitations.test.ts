import { surveyDesign } from "@monitoring-social/stats";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { BRACKET_MIDPOINTS, bracketSensitivity, limitations } from "../../src/index.ts";

// Hours per week = share of time (%) / 100 × FTE × 38 h (stats timeBurden), computed by hand below.
const wave = (b1: string[], a5: number[]) => surveyDesign(table({ B1: b1, A5: a5 }));
const options = { column: "B1", fte: "A5", midpoints: BRACKET_MIDPOINTS };
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("bracketSensitivity", () => {
  it("keeps the sign when even the least favourable bounds show a rise", () => {
    // Midpoints: 18 % × 38 = 6,84 h → 38 % × 38 = 14,44 h. Worst case: 25 % → 9,5 h; 26 % → 9,88 h.
    const s = bracketSensitivity(wave(["b11_25", "b11_25"], [1, 1]), wave(["b26_50", "b26_50"], [1, 1]), options);
    expect(s.midpoints.a).toBeCloseTo(6.84, 10);
    expect(s.midpoints.b).toBeCloseTo(14.44, 10);
    expect(s.worstCase.a).toBeCloseTo(9.5, 10);
    expect(s.worstCase.b).toBeCloseTo(9.88, 10);
    expect(s.signHolds).toBe(true);
  });

  it("says when the sign flips at the bounds", () => {
    // Midpoints: 6,84 h → 38 % × 0,5 × 38 = 7,22 h (+0,38). Worst case: 9,5 h → 26 % × 0,5 × 38 = 4,94 h (−4,56).
    const s = bracketSensitivity(wave(["b11_25"], [1]), wave(["b26_50"], [0.5]), options);
    expect(s.midpoints.difference).toBeCloseTo(0.38, 10);
    expect(s.worstCase.difference).toBeCloseTo(-4.56, 10);
    expect(s.signHolds).toBe(false);
  });

  it("takes the reverse bounds for a fall", () => {
    // Midpoints: 38 % → 18 %: 14,44 h → 6,84 h. Against a fall: 2021 at 26 % (9,88 h), 2025 at 25 % (9,5 h).
    const s = bracketSensitivity(wave(["b26_50"], [1]), wave(["b11_25"], [1]), options);
    expect(s.worstCase.a).toBeCloseTo(9.88, 10);
    expect(s.worstCase.b).toBeCloseTo(9.5, 10);
    expect(s.signHolds).toBe(true);
  });
});

describe("limitations", () => {
  const waves = [
    { year: "2021", n: 178, tool: "google-forms" },
    { year: "2025", n: 229, tool: "kobo" },
  ];
  const flip = {
    midpoints: { a: 8.5, b: 10.8, difference: 2.3 },
    worstCase: { a: 12, b: 8.7, difference: -3.3 },
    signHolds: false,
  };

  it("gives the sample sizes, the tool change, the FTE totals' n and the bracket sign, from the facts", () => {
    const fr = limitations(
      {
        waves,
        perceptions: ["Non-recours observé"],
        fteTotals: [
          { year: "2021", n: 178 },
          { year: "2025", n: 229 },
        ],
        brackets: flip,
      },
      "fr",
    ).map(plain);
    expect(fr).toHaveLength(6);
    expect(fr[0]).toContain("Échantillons non probabilistes");
    expect(fr[0]).toContain("(178 en 2021, 229 en 2025)");
    expect(fr[1]).toContain("Les mêmes travailleurs peuvent avoir répondu aux deux vagues");
    expect(fr[2]).toContain("L'outil de collecte a changé : Google Forms en 2021, KoboToolbox en 2025.");
    expect(fr[3]).toBe(
      "« Non-recours observé » mesure une perception : ce que les travailleurs disent observer chez leur public, pas le nombre de personnes concernées.",
    );
    expect(fr[4]).toContain("Les totaux en ETP additionnent les répondants : 178 en 2021, 229 en 2025.");
    expect(fr[5]).toContain("passe de +2,3 h à −3,3 h : son signe s'inverse");
    expect(fr[5]).toContain("les répondants de 2021 en haut de leur tranche, ceux de 2025 en bas");
  });

  it("says the direction holds when the worst case keeps the sign, in Dutch", () => {
    const holds = { ...flip, worstCase: { a: 9, b: 9.4, difference: 0.4 }, signHolds: true };
    const nl = limitations({ waves, brackets: holds }, "nl").map(plain);
    expect(nl.at(-1)).toContain(
      "van +2,3 u naar +0,4 u: de richting van de evolutie hangt niet van deze veronderstelling af",
    );
    expect(nl[2]).toBe(
      "Het verzamelinstrument is veranderd: Google Forms in 2021, KoboToolbox in 2025. Een ander instrument (volgorde en opmaak van de vragen, verplichte antwoorden, verspreiding) kan op zich antwoorden verschuiven.",
    );
  });

  it("writes nothing about a tool change, FTE totals or brackets it has no facts for", () => {
    const same = limitations({ waves: waves.map((w) => ({ ...w, tool: "kobo" })) }, "fr");
    expect(same).toHaveLength(2);
    expect(same.join(" ")).not.toMatch(/outil|ETP|tranche/);
  });
  it("writes one sample for one wave, and selection and tools that differ for two communes", () => {
    const one = limitations({ waves: [{ year: "2025", n: 90, tool: "kobo" }] }, "fr").map(plain);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatch(/^Échantillon non probabiliste : les travailleurs ont choisi de répondre \(90 en 2025\)/);
    const two = limitations(
      {
        waves: [
          { year: "2025", n: 178, tool: "google-forms", label: "Forest" },
          { year: "2025", n: 229, tool: "kobo", label: "Saint-Gilles" },
        ],
        communes: 2,
        repeated: 1,
      },
      "fr",
    ).map(plain);
    expect(two).toHaveLength(2);
    expect(two[0]).toContain("(Forest : 178, Saint-Gilles : 229)");
    expect(two[0]).toContain("de leur commune");
    expect(two[1]).toContain("n'est pas le même partout : Google Forms (Forest), KoboToolbox (Saint-Gilles).");
  });
});
