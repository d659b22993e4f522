import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  canonicalColumns,
  choiceList,
  dataEntryTemplate,
  findBrusselsCommune,
  question,
  TICK,
  worker2025,
} from "../../src/index.ts";

type Validation = ExcelJS.DataValidation & { promptTitle?: string; prompt?: string };

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const entry = wb.worksheets[0]!;
  const header = (entry.getRow(1).values as unknown[]).slice(1) as string[];
  const model = (entry as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;
  /** The validation of row 2 of a column, by header name. */
  const validation = (name: string): Validation => {
    const col = entry.getColumn(header.indexOf(name) + 1).letter;
    return model[`${col}2`]!;
  };
  const note = (name: string): string => {
    const n = entry.getRow(1).getCell(header.indexOf(name) + 1).note;
    return typeof n === "string" ? n : (n?.texts?.map((t) => t.text).join("") ?? "");
  };
  return { wb, entry, header, validation, note, model };
}

describe("dataEntryTemplate", () => {
  it("puts the sheet to type into first, then instructions, codebook and lists, named in the language", async () => {
    const fr = await open(await dataEntryTemplate(worker2025));
    expect(fr.wb.worksheets.map((w) => w.name)).toEqual(["Saisie", "Instructions", "Codebook", "Listes"]);
    const nl = await open(await dataEntryTemplate(worker2025, { lang: "nl" }));
    expect(nl.wb.worksheets.map((w) => w.name)).toEqual(["Invoer", "Instructies", "Codeboek", "Lijsten"]);
  });

  it("has one header row of canonical column names: the respondent number, then every answer column", async () => {
    const { header, entry } = await open(await dataEntryTemplate(worker2025));
    expect(header).toEqual([
      "id",
      ...canonicalColumns(worker2025)
        .slice(3)
        .map((c) => c.name),
    ]);
    expect(header).toContain("C1__cpas");
    expect(header).toContain("A1__autre_texte");
    expect(entry.rowCount).toBe(1); // no pre-filled row: nothing for ingest to read but the header
  });

  it("offers the choice labels as a drop-down, ticks as x/1/0, and checks numbers against their range", async () => {
    const { validation, wb } = await open(await dataEntryTemplate(worker2025, { lang: "nl", rows: 50 }));
    const a1 = validation("A1");
    expect(a1.type).toBe("list");
    expect(a1.formulae).toEqual(["'Lijsten'!$A$2:$A$6"]);
    const lists = wb.getWorksheet("Lijsten")!;
    const structure = choiceList(worker2025, question(worker2025, "A1")).choices;
    expect(lists.getColumn(1).values.slice(2)).toEqual(structure.map((c) => c.label.nl));
    expect(validation("C1__cpas")).toMatchObject({ type: "list", formulae: [`"${TICK},1,0"`] });
    expect(validation("B4")).toMatchObject({ type: "whole", operator: "between", formulae: [1, 480] });
    expect(validation("A5")).toMatchObject({ type: "decimal", formulae: [0.1, 1] });
    expect(validation("B1_pct")).toMatchObject({ type: "decimal", formulae: [0, 100] });
    expect(validation("B4").errorStyle).toBe("warning");
  });

  it("shows the question, what to type and the skip filter when a cell or header is selected", async () => {
    const { validation, note } = await open(await dataEntryTemplate(worker2025, { lang: "fr" }));
    expect(validation("C1__commune").promptTitle).toBe("C1 — Administration communale");
    expect(validation("C1__commune").prompt).toContain("« Administration communale » : x si la case est cochée");
    expect(note("B1_pct")).toContain("B1. Quel pourcentage de votre temps de travail");
    expect(note("E2__non_demande")).toContain(
      "Répondez à cette question seulement si vous avez répondu « Rarement », « Parfois », « Souvent » ou « Très souvent » à la question E1. Sinon, passez à la question F1. Si le questionnaire ne devait pas poser cette question, laissez vide.",
    );
    for (const p of Object.values((await open(await dataEntryTemplate(worker2025))).model)) {
      expect((p.promptTitle ?? "").length).toBeLessThanOrEqual(32);
      expect((p.prompt ?? "").length).toBeLessThanOrEqual(255);
    }
  });

  it("prepares the asked number of rows (2 to rows + 1), and no more", async () => {
    const { model } = await open(await dataEntryTemplate(worker2025, { rows: 20 }));
    const rows = new Set(Object.keys(model).map((a) => Number(/\d+$/.exec(a)![0])));
    expect(Math.min(...rows)).toBe(2);
    expect(Math.max(...rows)).toBe(21);
  });

  it("writes the instructions and the validation command for the commune", async () => {
    const { wb } = await open(
      await dataEntryTemplate(worker2025, {
        lang: "nl",
        commune: findBrusselsCommune("1080")!,
        file: "invoer-1080-2025.xlsx",
      }),
    );
    const text = (wb.getWorksheet("Instructies")!.getColumn(1).values as unknown[]).filter(Boolean).join("\n");
    expect(text).toContain("Gemeente: Sint-Jans-Molenbeek (1080)");
    expect(text).toContain(
      "pnpm monitoring validate invoer-1080-2025.xlsx --instrument worker@2025 --commune 1080 --lang nl",
    );
    expect(text).toContain("Typ x in de kolom van elk aangekruist vakje");
  });

  it("gives the same bytes twice", async () => {
    expect(await dataEntryTemplate(worker2025, { lang: "nl" })).toEqual(
      await dataEntryTemplate(worker2025, { lang: "nl" }),
    );
  });
});
