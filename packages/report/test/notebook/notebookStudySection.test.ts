import { JUPYTER_DISPLAY } from "@monitoring-social/charts";
import { describe, expect, it } from "vitest";
import { buildReport, buildSection, notebookStudySection, type Section, studySourceLine } from "../../src/index.ts";
import { schaerbeek, schaerbeekStudy } from "../helpers.ts";

const bundle = (d: { [JUPYTER_DISPLAY]: () => object }) => d[JUPYTER_DISPLAY]() as Record<string, unknown>;
const section = (id: string): Section => schaerbeek.sections.find((s) => s.id === id)!;

describe("studySourceLine", () => {
  it("is the report's source line, saying the data are fictional in the reader's language", async () => {
    const study = await schaerbeekStudy();
    expect(studySourceLine(study, "fr")).toBe(
      "Source\u00a0: CASS Schaerbeek, groupe «\u00a0exclusion numérique 1030\u00a0», enquêtes auprès des travailleurs sociaux 2021 et 2025. Données fictives.",
    );
    expect(studySourceLine(study, "nl")).toMatch(/^Bron: CASS Schaarbeek, .* Fictieve gegevens\.$/);
    expect(studySourceLine({ ...study, fictional: false }, "fr")).not.toContain("fictives");
  });
});

describe("notebookStudySection", () => {
  it("shows every figure of the report's section, and ends every text output with the source line", async () => {
    const study = await schaerbeekStudy();
    for (const id of ["temps", "services", "ressenti", "temoignages"]) {
      const built = buildSection(study, section(id), "fr");
      const shown = (await notebookStudySection(study, section(id), "fr")).map(bundle);
      const figures = shown.filter((b) => "image/svg+xml" in b);
      expect(figures.length, id).toBe(built.blocks.filter((b) => b.kind === "figure").length);
      const texts = shown.filter((b) => !("image/svg+xml" in b));
      expect(texts.length, id).toBeGreaterThan(0);
      for (const t of texts) {
        expect(t["text/markdown"], id).toMatch(/Source\u00a0: CASS Schaerbeek.*Données fictives\.$/);
        expect(t["text/plain"], id).toMatch(/Données fictives\.$/);
      }
      expect(texts[0]!["text/markdown"], id).toMatch(/^## /);
      expect(String(texts[0]!["text/plain"]).startsWith(`${built.title}\n`), id).toBe(true);
    }
  });

  it("keeps every text of the section, in order, and closes an output after each table", async () => {
    const study = await schaerbeekStudy();
    const built = buildSection(study, section("temps"), "nl");
    const shown = (await notebookStudySection(study, section("temps"), "nl")).map(bundle);
    const markdown = shown.filter((b) => !("image/svg+xml" in b)).map((b) => String(b["text/markdown"]));
    const captions = built.blocks.flatMap((b) =>
      b.kind === "table" || (b.kind === "figure" && b.table) ? [b.kind === "table" ? b.table : b.table!] : [],
    );
    // One output per table (each ends right after its table and the source line), in order.
    const withTables = markdown.filter((m) => m.includes("| ---"));
    expect(withTables.length).toBe(captions.length);
    for (const [i, t] of captions.entries()) expect(withTables[i]).toContain(`**${t.caption}**`);
    expect(markdown.every((m) => m.endsWith("Fictieve gegevens."))).toBe(true);
  });

  it("shows a section already built, such as the key findings of the whole report", async () => {
    const study = await schaerbeekStudy();
    const findings = buildReport(study, "fr").sections.find((s) => s.id === "constats")!;
    const shown = (await notebookStudySection(study, findings, "fr")).map(bundle);
    expect(shown).toHaveLength(1);
    const plain = String(shown[0]!["text/plain"]);
    for (const f of findings.blocks.flatMap((b) => (b.kind === "findings" ? b.items : [])))
      expect(plain).toContain(f.text);
    expect(plain).toMatch(/Données fictives\.$/);
  });
});
