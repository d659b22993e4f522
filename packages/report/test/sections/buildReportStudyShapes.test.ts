import { worker2021, worker2025 } from "@monitoring-social/questionnaire";
import {
  compareMultiple,
  compareProportions,
  multipleResponse,
  proportion,
  surveyDesign,
} from "@monitoring-social/stats";
import { describe, expect, it } from "vitest";
import { type BuiltReport, buildReport, loadStudy, missingCodes, reportDecisions, tr } from "../../src/index.ts";
import { SCHAERBEEK_DIR, schaerbeek } from "../helpers.ts";
import {
  d1,
  designOf,
  type Est,
  expectComparison,
  num,
  pct,
  rows,
  simulatedStudy,
  tables,
  texts,
} from "./simulatedStudy.ts";

// Studies of every shape built from simulated exports (questionnaire's simulateResponses), and
// their published figures checked against the stats package called directly on the same data.

describe("buildReport on a one-wave study (Forest 2025, simulated)", async () => {
  const study = await simulatedStudy(
    "forest-2025",
    [{ file: "f25.csv", instrument: worker2025, n: 90, seed: 3, commune: "1190", year: "2025" }],
    "1190",
  );
  const report = buildReport(study, "fr");
  const t = tables(report);

  it("is descriptive: no comparison, no test anywhere", () => {
    expect(study.shape).toBe("descriptive");
    expect(study.comparisons).toEqual([]);
    expect(reportDecisions(study).tests.size).toBe(0);
    for (const table of t.values()) expect(table.csv.columns).not.toContain("p");
    for (const s of report.sections)
      for (const b of s.blocks)
        if (b.kind === "findings") for (const f of b.items) expect(f.text).not.toMatch(/p ajustée|khi²|Fisher/);
  });

  it("publishes each share of A1 with its Wilson interval, as proportion() gives it", () => {
    const direct = proportion(surveyDesign(study.harmonised.table), "A1", {
      missingCodes: missingCodes(study.instrument, "A1"),
    }).objects() as Est[];
    const published = rows(t.get("repondants-a1")).filter((r) => num(r.n) !== null);
    expect(published.length).toBeGreaterThan(2);
    for (const r of published) {
      const e = direct.find((x) => x.level === r.code)!;
      expect([num(r.n), num(r.pct), num(r.ic_bas), num(r.ic_haut)]).toEqual([
        e.n,
        pct(e.estimate),
        pct(e.ci_low),
        pct(e.ci_high),
      ]);
    }
  });

  it("publishes each choice of D1 (multiple) as multipleResponse() gives it", () => {
    const direct = multipleResponse(surveyDesign(study.harmonised.table), d1(study)).objects() as Est[];
    for (const r of rows(t.get("obstacles-d1")).filter((x) => num(x.n) !== null)) {
      const e = direct.find((x) => x.level === r.code)!;
      expect([num(r.n), num(r.pct), num(r.ic_bas), num(r.ic_haut)]).toEqual([
        e.n,
        pct(e.estimate),
        pct(e.ci_low),
        pct(e.ci_high),
      ]);
    }
  });
});

describe("buildReport on a three-wave study (Forest 2021, 2023, 2025, simulated)", async () => {
  const study = await simulatedStudy(
    "forest-2021-2025",
    [
      { file: "f21.csv", instrument: worker2021, n: 80, seed: 1, commune: "1190", year: "2021" },
      { file: "f23.csv", instrument: worker2025, n: 70, seed: 2, commune: "1190", year: "2023" },
      { file: "f25.csv", instrument: worker2025, n: 90, seed: 3, commune: "1190", year: "2025" },
    ],
    "1190",
  );
  const t = tables(buildReport(study, "fr"));

  it("compares each wave with the next and the first with the last", () => {
    expect(study.shape).toBe("years");
    expect(study.comparisons.map((c) => [c.kind, c.id])).toEqual([
      ["consecutive", "2021-2023"],
      ["consecutive", "2023-2025"],
      ["period", "2021-2025"],
    ]);
    expect(study.harmonised.table.numRows()).toBe(80 + 70 + 90);
  });

  it("publishes every comparison of D1 as compareMultiple() gives it, Holm over the whole report", () => {
    for (const [a, b] of [
      ["2021", "2023"],
      ["2023", "2025"],
      ["2021", "2025"],
    ] as const) {
      const direct = compareMultiple(designOf(study), d1(study), {
        by: "vague_etude",
        groups: [a, b],
        threshold: study.threshold,
      }).objects() as Record<string, unknown>[];
      expectComparison(study, t.get(`obstacles-d1-${a}-${b}`), direct, a, b);
    }
  });
});

describe("buildReport on a two-commune study (Forest and Saint-Gilles 2025, simulated)", async () => {
  const study = await simulatedStudy(
    "forest-saint-gilles-2025",
    [
      { file: "f25.csv", instrument: worker2025, n: 90, seed: 3, commune: "1190", year: "2025" },
      { file: "sg25.csv", instrument: worker2025, n: 60, seed: 4, commune: "1060", year: "2025" },
    ],
    "1190",
  );
  const t = tables(buildReport(study, "fr"));
  const nl = buildReport(study, "nl");

  it("names the communes in French and Dutch, the definition's first, and compares the two", () => {
    expect(study.shape).toBe("communes");
    expect(study.communes.map((c) => c.name)).toEqual([
      { fr: "Forest", nl: "Vorst" },
      { fr: "Saint-Gilles", nl: "Sint-Gillis" },
    ]);
    expect(study.comparisons.map((c) => [c.kind, c.groups[0].key, c.groups[1].key])).toEqual([
      ["communes", "2025-1060", "2025-1190"],
    ]);
    expect(nl.scope).toContain("Vorst");
  });

  it("shows A1 side by side by commune and pooled with the commune as stratum, as proportion() gives it", () => {
    const missing = missingCodes(study.instrument, "A1");
    const design = designOf(study);
    const byCommune = proportion(design, "A1", { by: "vague_etude", missingCodes: missing }).objects() as Est[];
    const pooled = proportion(design, "A1", { by: "ensemble", missingCodes: missing }).objects() as Est[];
    const groupOf: Record<string, { rows: Est[]; key: string }> = {
      Forest: { rows: byCommune, key: "2025-1190" },
      "Saint-Gilles": { rows: byCommune, key: "2025-1060" },
      "Toutes les communes": { rows: pooled, key: "2025" },
    };
    const published = rows(t.get("repondants-a1-communes")).filter((r) => num(r.n) !== null);
    expect(new Set(published.map((r) => r.vague))).toEqual(new Set(Object.keys(groupOf)));
    for (const r of published) {
      const g = groupOf[String(r.vague)]!;
      const e = g.rows.find((x) => x.level === r.code && String(x.vague_etude ?? x.ensemble) === g.key)!;
      expect([num(r.n), num(r.pct), num(r.ic_bas), num(r.ic_haut)]).toEqual([
        e.n,
        pct(e.estimate),
        pct(e.ci_low),
        pct(e.ci_high),
      ]);
    }
  });

  it("publishes the comparison of the two communes as compareProportions() gives it", () => {
    const direct = compareProportions(designOf(study), "A1", {
      by: "vague_etude",
      groups: ["2025-1060", "2025-1190"],
      missingCodes: missingCodes(study.instrument, "A1"),
      threshold: study.threshold,
    }).objects() as Record<string, unknown>[];
    expectComparison(study, t.get("repondants-a1"), direct, "Saint-Gilles", "Forest");
  });

  it("warns, in French and Dutch, of a commune too small to compare, and compares it with nothing", async () => {
    const small = await simulatedStudy(
      "trois-communes-2025",
      [
        { file: "f25.csv", instrument: worker2025, n: 90, seed: 3, commune: "1190", year: "2025" },
        { file: "sg25.csv", instrument: worker2025, n: 60, seed: 4, commune: "1060", year: "2025" },
        { file: "ix25.csv", instrument: worker2025, n: 20, seed: 5, commune: "1050", year: "2025" },
      ],
      "1190",
    );
    expect(small.tooSmall.map((w) => w.key)).toEqual(["2025-1050"]);
    expect(small.comparisons.map((c) => c.id)).toEqual(["2025-1190-autres", "2025-1060-autres"]);
    // Ixelles stays in « the others » of Forest and of Saint-Gilles.
    expect([...small.comparisons[0]!.groups[0].waves].sort()).toEqual(["2025-1050", "2025-1060"]);
    const text = (r: BuiltReport) =>
      r.sections.flatMap((s) => s.blocks.map((b) => ("text" in b ? b.text : ""))).join("\n");
    expect(text(buildReport(small, "fr"))).toMatch(/trop peu de répondants pour comparer — Ixelles \(20/);
    expect(text(buildReport(small, "nl"))).toMatch(/te weinig respondenten om te vergelijken — Elsene \(20/);
  });
});

describe("buildReport on communes and years together (Forest 2023 and 2025, Saint-Gilles 2025, simulated)", async () => {
  const study = await simulatedStudy(
    "forest-saint-gilles-2023-2025",
    [
      { file: "f23.csv", instrument: worker2025, n: 70, seed: 2, commune: "1190", year: "2023" },
      { file: "f25.csv", instrument: worker2025, n: 90, seed: 3, commune: "1190", year: "2025" },
      { file: "sg25.csv", instrument: worker2025, n: 60, seed: 4, commune: "1060", year: "2025" },
    ],
    "1190",
  );
  const report = buildReport(study, "fr");
  const t = tables(report);

  it("makes the comparisons the README promises: Forest's change, and the two communes of 2025", () => {
    expect(study.shape).toBe("both");
    expect(study.years).toEqual(["2023", "2025"]);
    // Two waves of Forest: consecutive only (the whole period from three waves on); two communes in
    // 2025: the one with the other (each with the others pooled from three communes on).
    expect(study.comparisons.map((c) => [c.kind, c.groups[0].key, c.groups[1].key])).toEqual([
      ["consecutive", "2023-1190", "2025-1190"],
      ["communes", "2025-1060", "2025-1190"],
    ]);
    expect(study.comparisons.map((c) => c.change)).toEqual([true, false]);
    const method = texts({ ...report, sections: report.sections.filter((s) => s.id === "methodologie") });
    expect(method.join("\n")).toContain("Comparaisons (plusieurs communes et plusieurs années");
    // French typography: a narrow no-break space before « ; ».
    expect(method.join("\n")).toMatch(/Forest 2023 → Forest 2025\s; Forest 2025 et Saint-Gilles 2025\./);
  });

  it("says where and when in its sentences (« à Forest en 2023 »), never « en Forest 2023 »", () => {
    const all = texts(report).join("\n");
    expect(all).toMatch(/à Forest en 2023/);
    expect(all).not.toMatch(/\ben (Forest|Saint-Gilles)\b/);
    const nl = texts(buildReport(study, "nl")).join("\n");
    expect(nl).toMatch(/in Vorst in 2023/);
    expect(nl).not.toMatch(/\bin (Vorst|Sint-Gillis) 20\d\d\b/);
  });

  it("publishes Forest's change in D1 as compareMultiple() gives it", () => {
    const direct = compareMultiple(designOf(study), d1(study), {
      by: "vague_etude",
      groups: ["2023-1190", "2025-1190"],
      threshold: study.threshold,
    }).objects() as Record<string, unknown>[];
    expectComparison(study, t.get("obstacles-d1-2023-1190-2025-1190"), direct, "Forest 2023", "Forest 2025");
  });

  it("publishes the two communes of 2025 in A1 as compareProportions() gives it", () => {
    const direct = compareProportions(designOf(study), "A1", {
      by: "vague_etude",
      groups: ["2025-1060", "2025-1190"],
      missingCodes: missingCodes(study.instrument, "A1"),
      threshold: study.threshold,
    }).objects() as Record<string, unknown>[];
    expectComparison(study, t.get("repondants-a1-2025-1190-2025-1060"), direct, "Saint-Gilles 2025", "Forest 2025");
  });

  it("shows 2025 side by side and pooled over the communes of 2025 only, as proportion() gives it", () => {
    const missing = missingCodes(study.instrument, "A1");
    const design = designOf(study);
    const byWave = proportion(design, "A1", { by: "vague_etude", missingCodes: missing }).objects() as Est[];
    const pooled = proportion(design, "A1", { by: "ensemble", missingCodes: missing }).objects() as Est[];
    const published = rows(t.get("repondants-a1-communes-2025")).filter((r) => num(r.n) !== null);
    const labels = [...new Set(published.map((r) => String(r.vague)))];
    expect(labels).toHaveLength(3);
    expect(labels.slice(0, 2)).toEqual(["Forest 2025", "Saint-Gilles 2025"]);
    for (const r of published) {
      const key = { "Forest 2025": "2025-1190", "Saint-Gilles 2025": "2025-1060" }[String(r.vague)];
      // The third group pools the communes of 2025 (Forest 2023 is not in it).
      const e = key
        ? byWave.find((x) => x.level === r.code && x.vague_etude === key)!
        : pooled.find((x) => x.level === r.code && x.ensemble === "2025")!;
      expect([num(r.n), num(r.pct), num(r.ic_bas), num(r.ic_haut)]).toEqual([
        e.n,
        pct(e.estimate),
        pct(e.ci_low),
        pct(e.ci_high),
      ]);
    }
    const pooledN = published.filter((r) => r.vague === labels[2]).reduce((s, r) => s + num(r.n)!, 0);
    expect(pooledN).toBeLessThanOrEqual(90 + 60);
    expect(pooledN).toBeGreaterThan(90);
  });
});

// The story layer (issue 14) on studies of every shape: no "first and last wave" assumption.

/** The items of the « Limites » list of a report's methodology. */
function limits(report: BuiltReport): readonly string[] {
  const m = report.sections.find((s) => s.id === "methodologie")!;
  const at = m.blocks.findIndex((b) => b.kind === "heading" && b.text === tr("method_limits", report.lang));
  const list = m.blocks[at + 1];
  return list?.kind === "list" ? list.items : [];
}

describe("the story layer on a one-wave study", async () => {
  const study = await simulatedStudy(
    "forest-2025",
    [{ file: "f25.csv", instrument: worker2025, n: 90, seed: 3, commune: "1190", year: "2025" }],
    "1190",
  );
  const report = buildReport(study, "fr");

  it("states no reading rule for comparisons it does not make", () => {
    const paragraphs = report.sections
      .find((s) => s.id === "constats")!
      .blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(paragraphs).toContain(tr("key_findings_reading_none", "fr", { alpha: "0,05" }));
    expect(paragraphs.join(" ")).not.toMatch(/hausse|baisse/);
  });

  it("writes the limits of one sample: no sentence about workers answering several waves", () => {
    const items = limits(report);
    expect(items[0]).toBe(tr("limit_sampling_one", "fr", { counts: tr("limit_count", "fr", { n: 90, year: "2025" }) }));
    expect(items.join(" ")).not.toMatch(/mêmes travailleurs|deux vagues|plusieurs vagues/);
  });

  it("draws the key figure alone, its CSV holding the one wave it draws", () => {
    const key = rows(tables(report).get("temps-cle"));
    expect(key.map((r) => r.vague)).toEqual(["2025"]);
  });
});

describe("the story layer on a three-wave study", async () => {
  const study = await simulatedStudy(
    "forest-2021-2025",
    [
      { file: "f21.csv", instrument: worker2021, n: 80, seed: 1, commune: "1190", year: "2021" },
      { file: "f23.csv", instrument: worker2025, n: 70, seed: 2, commune: "1190", year: "2023" },
      { file: "f25.csv", instrument: worker2025, n: 90, seed: 3, commune: "1190", year: "2025" },
    ],
    "1190",
  );
  const report = buildReport(study, "fr");

  it("puts the previous wave (2023), not the first, beside the key figure, with its test in the CSV", () => {
    const [row] = rows(tables(report).get("temps-cle"));
    expect(Object.keys(row!)).toEqual(expect.arrayContaining(["pct_2023", "pct_2025", "p_ajustee_holm"]));
    expect(Object.keys(row!)).not.toContain("pct_2021");
  });

  it("says the same workers may have answered several waves", () => {
    expect(limits(report)).toContain(tr("limit_same_workers_many", "fr"));
  });
});

describe("the story layer on a two-commune study with demonstrated gaps", async () => {
  // The fictional Schaerbeek exports relabelled as two communes surveyed in 2025: their differences
  // (demonstrated between the waves of the Schaerbeek report) become gaps between places.
  const study = await loadStudy(
    {
      ...schaerbeek,
      commune: "1060",
      waves: [
        { ...schaerbeek.waves[0]!, commune: "1190", year: "2025" },
        { ...schaerbeek.waves[1]!, commune: "1060", year: "2025" },
      ],
    },
    { baseDir: SCHAERBEEK_DIR },
  );
  const reports = { fr: buildReport(study, "fr"), nl: buildReport(study, "nl") };
  const keyFindingsOf = (r: BuiltReport) =>
    r.sections.find((s) => s.id === "constats")!.blocks.flatMap((b) => (b.kind === "findings" ? b.items : []));
  const titles = (r: BuiltReport) =>
    r.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "figure" ? [b.chart.meta.title] : [])));

  it("states the reading rule of gaps under the key findings, not that of a rise or a fall", () => {
    for (const lang of ["fr", "nl"] as const) {
      const paragraphs = reports[lang].sections
        .find((s) => s.id === "constats")!
        .blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
      expect(paragraphs).toContain(tr("key_findings_reading_gap", lang, { alpha: "0,05" }));
      expect(paragraphs).not.toContain(tr("key_findings_reading", lang, { alpha: "0,05" }));
    }
  });

  it("lists demonstrated gaps in the key findings, worded as gaps, never as a rise or a fall", () => {
    expect(study.comparisons.map((c) => c.change)).toEqual([false]);
    for (const [lang, rise, gap] of [
      ["fr", /hausse|baisse/, /de (plus|moins) \(Saint-Gilles\)\.$/],
      ["nl", /gestegen|gedaald|stijging met|daling met/, /(meer|minder) \(Sint-Gillis\)\.$/],
    ] as const) {
      const listed = keyFindingsOf(reports[lang]);
      expect(listed.length).toBeGreaterThanOrEqual(3);
      for (const f of listed) {
        expect(f.facts?.change).toBe(false);
        expect(f.text).not.toMatch(rise);
        expect(f.text).toMatch(gap);
      }
      const key = reports[lang].sections.find((s) => s.id === "constats")!;
      for (const b of key.blocks) if (b.kind === "paragraph") expect(b.text).not.toMatch(/changement|verandering/);
    }
  });

  it("titles a figure with a demonstrated gap as higher or lower in one commune, never as a rise", () => {
    const fr = titles(reports.fr);
    const nl = titles(reports.nl);
    expect(fr.some((t) => / — (plus|moins) élevé à (Saint-Gilles|Forest) \(/.test(t))).toBe(true);
    expect(nl.some((t) => / — (hoger|lager) in (Sint-Gillis|Vorst) \(/.test(t))).toBe(true);
    for (const t of fr) expect(t).not.toMatch(/en hausse|en baisse/i);
    for (const t of nl) expect(t).not.toMatch(/gestegen|gedaald/i);
  });

  it("writes the limits of two communes: selection that may differ, tools that differ, no repeated waves", () => {
    const items = limits(reports.fr).join(" ");
    expect(items).toContain("de leur commune");
    expect(items).toContain("n'est pas le même partout");
    expect(items).not.toMatch(/mêmes travailleurs|a changé/);
  });
});
