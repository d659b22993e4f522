import { surveyDesign } from "@monitoring-social/stats";
import { describe, expect, it } from "vitest";
import { type Block, buildReport, buildSection, type Study, testName } from "../../src/index.ts";
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
                ) &&
                s.id !== "constats"
              )
                expect(f.text).toMatch(tests);
    // The key findings give their tests in one note under the list, each by its subject.
    for (const r of Object.values(reports)) {
      const key = r.sections.find((s) => s.id === "constats")!;
      const note = key.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : [])).join(" ");
      for (const b of key.blocks)
        if (b.kind === "findings")
          for (const f of b.items) {
            expect(f.text).not.toMatch(tests);
            expect(note).toContain(
              `${f.facts!.label}${r.lang === "fr" ? " :" : ":"} ${testName(f.facts!.test, r.lang)}`,
            );
          }
    }
  });

  it("never calls a non-significant difference a rise or a fall", () => {
    for (const r of Object.values(reports))
      for (const s of r.sections)
        for (const b of s.blocks)
          if (b.kind === "findings")
            for (const f of b.items)
              if (!f.significant) expect(f.text).not.toMatch(/hausse de|baisse de|stijging met|daling met/);
  });

  it("lists in the key findings the largest demonstrated headlines, by size, none repeated from the sections", () => {
    const key = reports.fr.sections.find((s) => s.id === "constats")!;
    const listed = key.blocks.flatMap((b) => (b.kind === "findings" ? b.items : []));
    const headlines = reports.fr.sections.flatMap((s) => s.headlines);
    const demonstrated = headlines.filter((f) => f.significant);
    expect(listed.length).toBe(Math.min(5, demonstrated.length));
    expect(listed.length).toBeGreaterThanOrEqual(3);
    const sizes = listed.map((f) => Math.abs(f.facts!.difference));
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    // No demonstrated headline left out is larger than the smallest listed.
    for (const f of demonstrated.filter((h) => !listed.some((l) => l.facts!.label === h.facts!.label)))
      expect(Math.abs(f.facts!.difference)).toBeLessThanOrEqual(Math.min(...sizes));
    // The raw and composition-adjusted time shares: one sentence.
    expect(listed.filter((f) => f.text.startsWith("Plus d'un quart")).length).toBe(1);
    expect(listed.find((f) => f.text.startsWith("Plus d'un quart"))!.text).toContain("à composition de 2021");
    const below = reports.fr.sections
      .filter((s) => s.id !== "constats")
      .flatMap((s) => s.blocks.flatMap((b) => (b.kind === "findings" ? b.items.map((i) => i.text) : [])));
    for (const f of listed) expect(below).not.toContain(f.text);
    expect(key.blocks[0]).toEqual({
      kind: "paragraph",
      text: "Ces constats sont calculés sur des données fictives : ils montrent ce que le rapport dira, ce ne sont pas des résultats.",
    });
  });

  it("writes the limits in the methodology from the data: sizes, tool change, FTE totals, bracket sign", () => {
    for (const [lang, heading] of [
      ["fr", "Limites"],
      ["nl", "Beperkingen"],
    ] as const) {
      const m = reports[lang].sections.find((s) => s.id === "methodologie")!;
      const at = m.blocks.findIndex((b) => b.kind === "heading" && b.text === heading);
      const list = m.blocks[at + 1]!;
      expect(list.kind).toBe("list");
      const text = plain(list.kind === "list" ? list.items.join(" ") : "");
      const [w1, w2] = [study.waves[0]!, study.waves[1]!];
      expect(text).toContain(
        lang === "fr" ? `${w1.provenance.rowsAccepted} en 2021` : `${w1.provenance.rowsAccepted} in 2021`,
      );
      expect(text).toContain(
        lang === "fr" ? "Google Forms en 2021, KoboToolbox en 2025" : "Google Forms in 2021, KoboToolbox in 2025",
      );
      expect(w1.provenance.format).not.toBe(w2.provenance.format);
      // The hours' sign flips at the bracket bounds on these data (notebook 02 shows it).
      expect(text).toContain(lang === "fr" ? "son signe s'inverse" : "het teken keert om");
    }
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
