import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  CODEBOOK_CSV_COLUMNS,
  codebookCsv,
  codebookMarkdown,
  codebookRows,
  comparabilityCsv,
  comparabilityTable,
  workerHarmonisation,
  workerInstruments,
} from "../../src/index.ts";
import { mini } from "../fixtures.ts";

const rows = codebookRows(workerInstruments, workerHarmonisation);

describe("codebookRows", () => {
  it("merges identical definitions across versions and splits reworded ones", () => {
    const a1 = rows.filter((r) => r.id === "A1");
    expect(a1).toHaveLength(1);
    expect(a1[0]!.versions).toEqual(["2021", "2025"]);
    const f3 = rows.filter((r) => r.id === "F3");
    expect(f3.map((r) => r.versions)).toEqual([["2021"], ["2025"]]);
    expect(f3.every((r) => r.comparability === "reworded")).toBe(true);
    // C1's lists differ between versions: two definitions, one comparison.
    expect(rows.filter((r) => r.id === "C1").map((r) => r.comparability)).toEqual(["partial", "partial"]);
  });

  it("links B1_pct to the comparison variable B1 and says it is binned", () => {
    const b1pct = rows.find((r) => r.id === "B1_pct")!;
    expect(b1pct).toMatchObject({ versions: ["2025"], comparisonId: "B1", comparability: "binned", range: "0–100" });
  });

  it("writes skip logic in words in both languages", () => {
    const c2 = rows.find((r) => r.id === "C2")!;
    expect(c2.relevant).toEqual({ fr: "« commune » coché dans C1", nl: "‘commune’ aangevinkt bij C1" });
    const b4 = rows.find((r) => r.id === "B4")!;
    expect(b4.relevant?.fr).toBe("B1_pct > 0");
  });

  it("keeps modules in order", () => {
    const modules = rows.map((r) => r.module);
    expect(modules).toEqual([...modules].sort());
  });

  it("works without a harmonisation (comparability left empty)", () => {
    const single = codebookRows([mini]);
    expect(single.map((r) => r.id)).toEqual(mini.questions.map((q) => q.id));
    expect(single.every((r) => r.comparability === null && r.versions.join() === "1")).toBe(true);
  });
});

describe("codebookMarkdown", () => {
  it("is written in the requested language with its own typography", () => {
    const fr = codebookMarkdown(rows);
    const nl = codebookMarkdown(rows, { lang: "nl" });
    expect(fr).toContain("### B1_pct — Quel pourcentage de votre temps de travail");
    expect(fr).toContain("- Type : pourcentage (0–100)");
    expect(fr).toContain("| `nsp` | Ne sait pas (valeur manquante (exclue des dénominateurs)) |");
    expect(nl).toContain("### B1_pct — Welk percentage van uw arbeidstijd");
    expect(nl).toContain("- Type: percentage (0–100)");
    expect(nl).toContain("- Vergelijkbaarheid: in klassen ingedeeld (Vergelijkingsvariabele: B1)");
  });
});

describe("codebookCsv", () => {
  it("parses back with papaparse to the same rows, codes aligned with labels", () => {
    const csv = codebookCsv(rows);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CODEBOOK_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(rows.length);
    parsed.data.forEach((line, i) => {
      const r = rows[i]!;
      expect(line.id).toBe(r.id);
      expect(line.label_nl).toBe(r.label.nl);
      expect((line.codes ?? "").split(" | ").filter(Boolean)).toEqual(r.choices.map((c) => c.code));
      expect((line.choices_fr ?? "").split(" | ").filter(Boolean)).toEqual(r.choices.map((c) => c.label.fr));
    });
  });
});

describe("comparabilityCsv", () => {
  it("has one line per comparison question with both sources", () => {
    const table = comparabilityTable(workerHarmonisation, workerInstruments);
    const parsed = Papa.parse<Record<string, string>>(comparabilityCsv(table, ["2021", "2025"]).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(table.length);
    expect(parsed.data.find((l) => l.question === "B1")).toMatchObject({
      status: "binned",
      source_2021: "B1",
      source_2025: "B1_pct",
    });
  });
});
