import { worker2021, worker2025 } from "@monitoring-social/questionnaire";
import { compareMultiple, compareProportions } from "@monitoring-social/stats";
import { describe, expect, it } from "vitest";
import { type BuiltReport, buildReport, missingCodes, reportDecisions, type Study } from "../../src/index.ts";
import {
  d1,
  designOf,
  expectComparison,
  num,
  rows,
  type Sim,
  simulatedStudy,
  tables,
  texts,
} from "./simulatedStudy.ts";

// `"reference": "schaerbeek"`: a commune's waves compared with Schaerbeek's embedded FICTIONAL waves
// (datasets/schaerbeek/), read through the same loader. The commune's own waves are simulated but
// declared real (`fictional: false`), as a group's own data would be: whatever says « Données
// fictives » then says it because of the reference. Estimates and tests are checked against the stats
// package called directly on the study's table (the shape tests do the same); the stats package is
// itself checked against R.

const forest2021: Sim = { file: "f21.csv", instrument: worker2021, n: 80, seed: 1, commune: "1190", year: "2021" };
const forest2025: Sim = { file: "f25.csv", instrument: worker2025, n: 90, seed: 3, commune: "1190", year: "2025" };
const REF_FR = "Schaerbeek 2025 (fictif)";
const REF_NL = "Schaarbeek 2025 (fictief)";

/** Checks D1 of a comparison, as the French report publishes it, against compareMultiple() on the study's design. */
function expectD1(
  study: Study,
  report: BuiltReport,
  tableId: string,
  groups: [string, string],
  labels: [string, string],
) {
  const direct = compareMultiple(designOf(study), d1(study), {
    by: "vague_etude",
    groups,
    threshold: study.threshold,
  }).objects() as Record<string, unknown>[];
  return expectComparison(study, tables(report).get(tableId), direct, ...labels);
}

describe("buildReport with a reference, on a one-wave study (Forest 2025, simulated)", async () => {
  const study = await simulatedStudy("forest-2025", [forest2025], "1190", {
    reference: "schaerbeek",
    fictional: false,
  });
  const alone = await simulatedStudy("forest-2025", [forest2025], "1190", { fictional: false });
  const fr = buildReport(study, "fr");
  const nl = buildReport(study, "nl");

  it("stays descriptive for Forest but compares its wave with Schaerbeek's wave of the same year", () => {
    expect(study.shape).toBe("descriptive");
    expect(study.comparisons.map((c) => [c.kind, c.groups[0].key, c.groups[1].key])).toEqual([
      ["reference", "2025-1030", "2025-1190"],
    ]);
    expect(study.communes.map((c) => c.postcode)).toEqual(["1190"]);
    expect(study.comparisons[0]!.title).toEqual({
      fr: `Forest et la référence ${REF_FR}`,
      nl: `Vorst en de referentie ${REF_NL}`,
    });
  });

  it("publishes the comparison of A1 with the reference as compareProportions() gives it", () => {
    const direct = compareProportions(designOf(study), "A1", {
      by: "vague_etude",
      groups: ["2025-1030", "2025-1190"],
      missingCodes: missingCodes(study.instrument, "A1"),
      threshold: study.threshold,
    }).objects() as Record<string, unknown>[];
    expectComparison(study, tables(fr).get("repondants-a1"), direct, REF_FR, "Forest");
  });

  it("publishes each choice of D1 compared with the reference as compareMultiple() gives it", () => {
    expectD1(study, fr, "obstacles-d1", ["2025-1030", "2025-1190"], [REF_FR, "Forest"]);
  });

  it("puts the reference's tests in the report's Holm family (without it, the report has no test)", () => {
    expect(reportDecisions(alone).tests.size).toBe(0);
    const m = reportDecisions(study).tests.size;
    expect(m).toBeGreaterThan(20);
    // Holm's largest step: the smallest p-value of the family is multiplied by m. The D1 table holds
    // 11 of its tests; a p-value adjusted as if the family were that table alone would be smaller.
    const d1Rows = rows(tables(fr).get("obstacles-d1")).filter((r) => num(r.p) !== null);
    const smallest = d1Rows.reduce((a, r) => (num(r.p)! < num(a.p)! ? r : a));
    expect(num(smallest.p_ajustee_holm)).toBeGreaterThanOrEqual(Math.min(1, num(smallest.p)! * d1Rows.length) - 1e-4);
  });

  it("labels the reference fictional in French and Dutch wherever it is shown", () => {
    expect(fr.fictional).toBe(false);
    expect(fr.source).toContain("référence : Schaerbeek (1030), données fictives");
    expect(nl.source).toContain("referentie: Schaarbeek (1030), fictieve gegevens");
    for (const [report, label, mark] of [
      [fr, REF_FR, "Données fictives."],
      [nl, REF_NL, "Fictieve gegevens."],
    ] as const) {
      const figures = report.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "figure" ? [b] : [])));
      const showing = figures.filter((f) => (f.table?.csv.columns ?? []).some((c) => c.includes(label)));
      expect(showing.length).toBeGreaterThan(5);
      for (const f of showing) expect(f.chart.meta.source.endsWith(mark)).toBe(true);
      // A figure of Forest alone is not labelled fictional: Forest's data are not.
      const forestOnly = figures.find((f) => f.id === "temps-cle")!;
      expect(forestOnly.chart.meta.source.endsWith(mark)).toBe(false);
    }
    // The key findings compare with the reference: they say that these comparisons are not results.
    const keyFindings = (r: typeof fr) => texts({ ...r, sections: r.sections.filter((s) => s.id === "constats") });
    expect(keyFindings(fr).join("\n")).toMatch(/Données fictives : les constats qui comparent .* Schaerbeek/);
    expect(keyFindings(nl).join("\n")).toMatch(/Fictieve gegevens: de vaststellingen die .* Schaarbeek/);
    expect(texts(fr).join("\n")).toMatch(/Ces données de référence sont fictives/);
    expect(texts(nl).join("\n")).toMatch(/Deze referentiegegevens zijn fictief/);
  });

  it("names Schaerbeek in French and Schaarbeek in Dutch", () => {
    expect(study.waves.filter((w) => w.reference).map((w) => w.label)).toEqual([
      { fr: "Schaerbeek 2021 (fictif)", nl: "Schaarbeek 2021 (fictief)" },
      { fr: REF_FR, nl: REF_NL },
    ]);
    const nlText = texts(nl).join("\n");
    expect(nlText).toContain(REF_NL);
    expect(nlText).not.toContain("Schaerbeek");
    expect(texts(fr).join("\n")).not.toContain("Schaarbeek");
  });
});

describe("buildReport with a reference, on a two-wave study (Forest 2021 and 2025, simulated)", async () => {
  const study = await simulatedStudy("forest-2021-2025", [forest2021, forest2025], "1190", {
    reference: "schaerbeek",
    fictional: false,
  });
  const alone = await simulatedStudy("forest-2021-2025", [forest2021, forest2025], "1190", { fictional: false });
  const fr = buildReport(study, "fr");

  it("compares Forest's two waves, and each with Schaerbeek's wave of its year", () => {
    expect(study.shape).toBe("years");
    expect(study.comparisons.map((c) => [c.kind, c.groups[0].key, c.groups[1].key])).toEqual([
      ["consecutive", "2021-1190", "2025-1190"],
      ["reference", "2021-1030", "2021-1190"],
      ["reference", "2025-1030", "2025-1190"],
    ]);
  });

  it("publishes every comparison of D1 as compareMultiple() gives it", () => {
    expectD1(study, fr, "obstacles-d1-2021-1190-2025-1190", ["2021-1190", "2025-1190"], ["Forest 2021", "Forest 2025"]);
    expectD1(
      study,
      fr,
      "obstacles-d1-2021-1190-reference-2021-1030",
      ["2021-1030", "2021-1190"],
      ["Schaerbeek 2021 (fictif)", "Forest 2021"],
    );
    expectD1(
      study,
      fr,
      "obstacles-d1-2025-1190-reference-2025-1030",
      ["2025-1030", "2025-1190"],
      [REF_FR, "Forest 2025"],
    );
  });

  it("adjusts Forest's own change over a family that includes the reference's tests", () => {
    const m = reportDecisions(study).tests.size;
    const mAlone = reportDecisions(alone).tests.size;
    expect(mAlone).toBeGreaterThan(0);
    expect(m).toBeGreaterThan(mAlone);
    // The same test of Forest's change, adjusted over a larger family, is never smaller.
    const withRef = rows(tables(fr).get("obstacles-d1-2021-1190-2025-1190"));
    const without = rows(tables(buildReport(alone, "fr")).get("obstacles-d1"));
    for (const r of withRef) {
      const o = without.find((x) => x.code === r.code)!;
      expect(num(r.p)).toBe(num(o.p));
      if (num(r.p) === null) continue;
      expect(num(r.p_ajustee_holm)!).toBeGreaterThanOrEqual(num(o.p_ajustee_holm)!);
    }
  });
});
