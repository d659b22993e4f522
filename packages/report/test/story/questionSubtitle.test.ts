import { worker2021, worker2025 } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import { comparisonBases, distributionBases, questionAsAsked, questionSubtitle } from "../../src/index.ts";

const waves = [
  { year: "2021", instrument: worker2021 },
  { year: "2025", instrument: worker2025 },
];

describe("questionAsAsked", () => {
  it("reads each wave's wording at the source the harmonisation names (B1 was asked as a percentage in 2025)", () => {
    const asked = questionAsAsked(waves, { "2021": "B1", "2025": "B1_pct" }, "B1", "fr");
    expect(asked.map((w) => w.year)).toEqual(["2021", "2025"]);
    expect(asked[0]!.text).toMatch(/^Quelle part de votre temps de travail/);
    expect(asked[1]!.text).toMatch(/^Quel pourcentage de votre temps de travail/);
  });

  it("leaves out a wave that did not ask the question", () => {
    expect(questionAsAsked(waves, { "2021": null, "2025": "B4" }, "B4", "nl").map((w) => w.year)).toEqual(["2025"]);
  });
});

describe("questionSubtitle", () => {
  it("quotes one wording when every wave asked the same, with the base per wave", () => {
    const wordings = questionAsAsked(waves, undefined, "E1", "fr");
    const s = questionSubtitle({
      lang: "fr",
      measure: "Répartition (%)",
      wordings,
      bases: [
        { year: "2021", n: 166 },
        { year: "2025", n: 218 },
      ],
    });
    // French quotes hold no-break spaces (the house style); compared here as spaces.
    expect(s.replace(/[\u00a0\u202f]/g, " ")).toBe(
      "Répartition (%). Question posée : « Observez-vous que des personnes perdent des droits (non-recours) à cause de la numérisation ? » Base : répondants à la question, 166 en 2021, 218 en 2025.",
    );
  });

  it("quotes each wave's wording when it changed, in Dutch quotes", () => {
    const wordings = questionAsAsked(waves, { "2021": "B1", "2025": "B1_pct" }, "B1", "nl");
    const s = questionSubtitle({ lang: "nl", wordings, bases: [{ year: "2021", n: 178, low: 170 }] });
    expect(s).toContain("Gestelde vraag in 2021: ‘Welk deel van uw arbeidstijd");
    expect(s).toContain("Gestelde vraag in 2025: ‘Welk percentage");
    expect(s).toContain("Basis: respondenten die de vraag beantwoordden, 170 tot 178 in 2021.");
  });
});

describe("comparisonBases and distributionBases", () => {
  it("give each wave's base, a range over a battery's items, and leave out withheld rows", () => {
    const rows = [
      { group_a: "2021", group_b: "2025", denominator_a: 170, denominator_b: 221 },
      { group_a: "2021", group_b: "2025", denominator_a: 164, denominator_b: 221 },
      { group_a: "2021", group_b: "2025", denominator_a: 3, denominator_b: 4, suppressed: true },
    ];
    expect(comparisonBases(rows)).toEqual([
      { year: "2021", n: 170, low: 164 },
      { year: "2025", n: 221 },
    ]);
    expect(
      distributionBases(
        [
          { vague: "2025", denominator: 229, suppressed: false },
          { vague: "2021", denominator: 178, suppressed: false },
          { vague: "2021", denominator: 2, suppressed: true },
        ],
        "vague",
      ),
    ).toEqual([
      { year: "2021", n: 178 },
      { year: "2025", n: 229 },
    ]);
  });
});
