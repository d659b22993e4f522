import { surveyDesign } from "@monitoring-social/stats";
import { describe, expect, it } from "vitest";
import { type Block, buildReport, buildSection, type Study } from "../../src/index.ts";
import { schaerbeek, schaerbeekStudy } from "../helpers.ts";

const figures = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === "figure" ? [b] : []));
const plain = (s: string) => s.replaceAll("\u202f", " ");

describe("buildReport (Schaerbeek, fictional exports)", async () => {
  const study = await schaerbeekStudy();
  const reports = { fr: buildReport(study, "fr"), nl: buildReport(study, "nl") };

  it("publishes a zero count (commune of work, A6) and says plainly, in French and Dutch, that zeros are published", () => {
    // Only counts of 1 to threshold − 1 are withheld: a 0 identifies nobody (DisclosureLedger).
    const work = reports.fr.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === "table" && b.table.id === "repondants-commune-de-travail" ? [b.table] : []))[0]!;
    const n = work.csv.columns.indexOf("n");
    expect(work.csv.rows.some((r) => r[n] === 0)).toBe(true);
    const said = {
      fr: "Un effectif nul (0 répondant) est publié tel quel",
      nl: "Een aantal nul (0 respondenten) wordt gewoon gepubliceerd",
    };
    for (const [lang, r] of Object.entries(reports)) {
      const method = r.sections.find((s) => s.id === "methodologie")!;
      const text = method.blocks.flatMap((b) => (b.kind === "list" ? b.items : "text" in b ? [b.text] : [])).join("\n");
      expect(plain(text)).toContain(said[lang as "fr" | "nl"]);
    }
  });

  it("builds every section of the definition, in order, in both languages", () => {
    for (const r of Object.values(reports))
      expect(r.sections.map((s) => s.id)).toEqual(schaerbeek.sections.map((s) => s.id));
    expect(reports.nl.sections[1]!.title).toBe("Belangrijkste vaststellingen");
  });

  it("gives every figure its source saying the data are fictional, n per wave, and names the intervals it draws", () => {
    for (const [lang, r] of Object.entries(reports)) {
      const all = r.sections.flatMap((s) => figures(s.blocks));
      expect(all.length).toBeGreaterThan(15);
      for (const f of all) {
        expect(f.chart.meta.source, f.id).toContain(lang === "fr" ? "Données fictives" : "Fictieve gegevens");
        // Intervals drawn (capped whiskers) are named in the chart's key.
        const spec = plain(JSON.stringify(f.chart.spec));
        if (spec.includes('"type":"tick"')) expect(spec, f.id).toMatch(lang === "fr" ? /IC 95 %/ : /95%-BI/);
        expect(plain(`${f.chart.meta.note} ${f.chart.meta.altText}`), f.id).toMatch(/n = \d+/);
      }
    }
  });

  it("states the test of every comparison it words", () => {
    const tests = /khi²|Fisher|Wilcoxon|Welch|Rao–Scott|chi²|Rao-Scott/;
    for (const r of Object.values(reports))
      for (const s of r.sections)
        for (const b of s.blocks)
          if (b.kind === "findings")
            // A summary of several tests (« 0 sur 8 (tests ajustés… ») names no single test.
            for (const f of b.items)
              if (
                !/masqué|niet getoond|aucun des|geen van de|sur \d+ \(tests ajustés|van (de )?\d+ \(toetsen aangepast/.test(
                  f.text,
                )
              )
                expect(f.text).toMatch(tests);
  });

  it("never calls a non-significant difference a rise or a fall", () => {
    for (const r of Object.values(reports))
      for (const s of r.sections)
        for (const b of s.blocks)
          if (b.kind === "findings")
            for (const f of b.items)
              if (!f.significant) expect(f.text).not.toMatch(/hausse de|baisse de|stijging met|daling met/);
  });

  it("lists in the key findings the headline of every section that has one", () => {
    const key = reports.fr.sections.find((s) => s.id === "constats")!;
    const listed = key.blocks.flatMap((b) => (b.kind === "findings" ? b.items : []));
    const headlines = reports.fr.sections.flatMap((s) => s.headlines);
    expect(listed).toEqual(headlines);
    expect(key.blocks[0]).toEqual({
      kind: "paragraph",
      text: "Ces constats sont calculés sur des données fictives : ils montrent ce que le rapport dira, ce ne sont pas des résultats.",
    });
  });

  it("pseudonymises the testimonies it shows", () => {
    const quotes = reports.fr.sections
      .find((s) => s.id === "temoignages")!
      .blocks.flatMap((b) => (b.kind === "quotes" ? b.items : []));
    expect(quotes.length).toBe(16);
    for (const q of quotes) expect(q.text).not.toMatch(/@|\d{3} ?\d{2} ?\d{2}/);
  });
});

describe("buildReport with a narrow format (figures drawn twice: page and phone)", async () => {
  const study = await schaerbeekStudy();
  const once = buildReport(study, "nl");
  const twice = buildReport(study, "nl", { narrowFormat: "column" });

  it("gives every figure its column-format drawing, paired by id, with the same title, source and alt text", () => {
    const all = twice.sections.flatMap((s) => figures(s.blocks));
    expect(all.map((f) => f.id)).toEqual(once.sections.flatMap((s) => figures(s.blocks)).map((f) => f.id));
    for (const f of all) {
      expect(f.chart.meta.format, f.id).toBe("page");
      expect(f.narrow?.meta.format, f.id).toBe("column");
      // The note may differ: a column chart writes « pp » for « procentpunt » and says so in its note.
      const { note: _n, format: _f, ...texts } = f.chart.meta;
      expect(f.narrow?.meta, f.id).toMatchObject(texts);
    }
  });

  it("changes nothing else: the same blocks, findings and tables as a report drawn once", () => {
    const strip = (r: typeof once) =>
      r.sections.map((s) => ({
        ...s,
        blocks: s.blocks.map((b) => (b.kind === "figure" ? { ...b, chart: b.chart.meta, narrow: undefined } : b)),
      }));
    expect(strip(twice)).toEqual(strip(once));
  });

  it("draws every chart in the format asked, and leaves figures without a narrow drawing by default", () => {
    const slides = buildSection(study, schaerbeek.sections.find((x) => x.id === "services")!, "fr", {
      format: "slide",
    });
    expect(figures(slides.blocks).map((f) => f.chart.meta.format)).toEqual(["slide", "slide", "slide"]);
    for (const f of once.sections.flatMap((s) => figures(s.blocks))) expect(f.narrow).toBeUndefined();
  });
});

describe("buildSection on a study where nothing changed", async () => {
  // The 2021 answers twice, the second copy labelled 2025: every difference is 0, so nothing may be
  // called a change.
  const base = await schaerbeekStudy();
  const t21 = base.harmonised.table.filter((d: { vague: string }) => d.vague === "2021");
  const twin = t21.concat(t21.derive({ vague: () => "2025", vague_etude: () => "2025" }));
  const same: Study = {
    ...base,
    harmonised: { ...base.harmonised, table: twin },
    design: surveyDesign(twin, { strata: ["vague", "commune"] }),
  };
  it("says that no difference is shown, for every comparison", () => {
    for (const id of ["services", "obstacles", "non-recours", "ressenti"]) {
      const s = buildSection(same, schaerbeek.sections.find((x) => x.id === id)!, "fr");
      const findings = s.blocks.flatMap((b) => (b.kind === "findings" ? b.items : []));
      for (const f of [...findings, ...s.headlines]) {
        expect(f.significant, f.text).toBe(false);
        expect(f.text).not.toMatch(/hausse|baisse/);
      }
    }
  });
});
