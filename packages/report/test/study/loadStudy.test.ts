import { describe, expect, it } from "vitest";
import { loadStudy, ReportError } from "../../src/index.ts";
import { SCHAERBEEK_DIR, schaerbeek, schaerbeekStudy } from "../helpers.ts";

describe("loadStudy", () => {
  it("reads both Schaerbeek exports, keeps the accounting and harmonises them (fictional)", async () => {
    const study = await schaerbeekStudy();
    expect(study.years).toEqual(["2021", "2025"]);
    expect(study.fictional).toBe(true);
    for (const w of study.waves) {
      expect(w.provenance.rowsAccepted + w.provenance.rowsRejected).toBe(w.provenance.rowsRead);
    }
    expect(study.harmonised.table.numRows()).toBe(
      study.waves[0].provenance.rowsAccepted + study.waves[1].provenance.rowsAccepted,
    );
    expect(study.instrument.questions.some((q) => q.id === "C1")).toBe(true);
  });

  it("names the file it cannot read, in Dutch when asked", async () => {
    const broken = {
      ...schaerbeek,
      waves: [{ ...schaerbeek.waves[0], file: "nergens.csv" }, schaerbeek.waves[1]],
    } as const;
    await expect(loadStudy(broken, { baseDir: SCHAERBEEK_DIR, lang: "nl" })).rejects.toThrow(
      /Le fichier|Het bestand ‘nergens\.csv’/,
    );
  });

  it("refuses a section that names a question the comparison schema does not have", async () => {
    const wrong = {
      ...schaerbeek,
      sections: [{ kind: "compare", id: "x", title: { fr: "X", nl: "X" }, questions: ["Z9"] }],
    } as const;
    const error = await loadStudy(wrong, { baseDir: SCHAERBEEK_DIR }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).messages.fr).toContain("Section « x » : la question « Z9 » n'existe pas");
    expect((error as ReportError).messages.nl).toContain("Sectie ‘x’: de vraag ‘Z9’ bestaat niet");
  });

  it("refuses two waves of the same year", async () => {
    const same = {
      ...schaerbeek,
      waves: [schaerbeek.waves[0], { ...schaerbeek.waves[1], year: "2021" }],
    } as const;
    await expect(loadStudy(same, { baseDir: SCHAERBEEK_DIR })).rejects.toThrow(/même année \(2021\)/);
  });
});
