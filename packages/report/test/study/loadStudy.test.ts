import { readFileSync } from "node:fs";
import { join } from "node:path";
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
      study.waves[0]!.provenance.rowsAccepted + study.waves[1]!.provenance.rowsAccepted,
    );
    expect(study.instrument.questions.some((q) => q.id === "C1")).toBe(true);
  });

  it("names the file it cannot read, in Dutch when asked", async () => {
    const broken = {
      ...schaerbeek,
      waves: [{ ...schaerbeek.waves[0], file: "nergens.csv" }, schaerbeek.waves[1]!],
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

  it("refuses two waves of one commune in the same year, naming the commune", async () => {
    const same = {
      ...schaerbeek,
      waves: [schaerbeek.waves[0], { ...schaerbeek.waves[1]!, year: "2021" }],
    } as const;
    await expect(loadStudy(same, { baseDir: SCHAERBEEK_DIR })).rejects.toThrow(/même année \(2021\)/);
  });

  it("refuses a wave whose every row was rejected, in French and Dutch, pointing to validate", async () => {
    // Every data row has one cell more than the header: each is rejected (ragged row).
    const csv = "id;A1;A2\nr1;a;b;c\nr2;a;b;c\n";
    const empty = {
      ...schaerbeek,
      waves: [{ file: "vide.csv", instrument: "worker@2025", fictional: true, year: "2025" }],
    } as const;
    const error = await loadStudy(empty, {
      baseDir: "/nulle-part",
      readFile: () => new TextEncoder().encode(csv),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("wave_no_respondent");
    expect((error as ReportError).messages.fr).toContain(
      "La vague 1 (« vide.csv ») n'a aucune réponse acceptée : ses 2 ligne(s)",
    );
    expect((error as ReportError).messages.fr).toContain("monitoring validate vide.csv --instrument worker@2025");
    expect((error as ReportError).messages.nl).toContain("Golf 1 (‘vide.csv’) heeft geen enkel aanvaard antwoord");
  });

  it("gives each wave the commune it names, else the definition's", async () => {
    const forest = {
      ...schaerbeek,
      waves: [schaerbeek.waves[0], { ...schaerbeek.waves[1]!, commune: "1190" }],
    } as const;
    const study = await loadStudy(forest, { baseDir: SCHAERBEEK_DIR });
    expect(study.waves.map((w) => w.commune)).toEqual([schaerbeek.commune, "1190"]);
    expect([...new Set(study.waves[1]!.table.array("commune") as string[])]).toEqual(["1190"]);
  });

  describe("a wave's column mapping", () => {
    const withMapping = (mapping: unknown) =>
      ({ ...schaerbeek, waves: [schaerbeek.waves[0], { ...schaerbeek.waves[1]!, mapping }] }) as typeof schaerbeek;
    const files = (extra: Record<string, string>) => (path: string) =>
      extra[path] !== undefined ? new TextEncoder().encode(extra[path]) : readFileSync(path);

    it("is read from a file whose path is relative to the definition", async () => {
      const study = await loadStudy(withMapping("correspondance.json"), {
        baseDir: SCHAERBEEK_DIR,
        readFile: files({ [join(SCHAERBEEK_DIR, "correspondance.json")]: '{"A/A6": "-", "$review": []}' }),
      });
      // The mapping was applied: the column it ignores feeds nothing.
      expect(study.waves[1]!.table.array("A6").every((v) => v === null)).toBe(true);
      expect(study.waves[0]!.table.array("A6").some((v) => v !== null)).toBe(true);
    });

    it("is taken inline as an object", async () => {
      const study = await loadStudy(withMapping({ "A/A6": "-" }), { baseDir: SCHAERBEEK_DIR });
      expect(study.waves[1]!.table.array("A6").every((v) => v === null)).toBe(true);
    });

    it("is refused when it is neither an object nor a path, or names an unknown question", async () => {
      const error = await loadStudy(withMapping(42), { baseDir: SCHAERBEEK_DIR }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportError);
      expect((error as ReportError).messages.fr).toContain("Vague 2 : le champ « mapping » doit être un objet");
      await expect(
        loadStudy(withMapping("m.json"), {
          baseDir: SCHAERBEEK_DIR,
          readFile: files({ [join(SCHAERBEEK_DIR, "m.json")]: '{"A/A6": "A99"}' }),
        }),
      ).rejects.toThrow(/Vague 2 : le fichier de correspondance « m\.json » ne peut pas être utilisé \("A\/A6": "A99"/);
    });
  });
});
