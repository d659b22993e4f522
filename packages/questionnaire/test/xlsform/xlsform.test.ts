import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  exportXlsform,
  type Instrument,
  importXlsform,
  validateInstrument,
  worker2021,
  worker2025,
  XlsformError,
} from "../../src/index.ts";
import { mini } from "../fixtures.ts";

async function sheets(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Edits a cell of an exported form, as a user would in a spreadsheet, and returns the new bytes. */
async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = await sheets(bytes);
  change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function findRow(ws: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => {
    if (r.getCell(2).text === name) found = r;
  });
  if (!found) throw new Error(name);
  return found;
}

describe("exportXlsform / importXlsform", () => {
  it.each<[string, Instrument]>([
    ["the fixture with every kind", mini],
    ["worker 2021", worker2021],
    ["worker 2025", worker2025],
  ])("round-trips %s: export then import gives an equal instrument", async (_n, instrument) => {
    const back = await importXlsform(await exportXlsform(instrument));
    expect(back).toEqual(instrument);
    expect(validateInstrument(back).valid).toBe(true);
  });

  it("writes the standard sheets and bilingual columns Kobo and ODK expect", async () => {
    const wb = await sheets(await exportXlsform(worker2025));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["survey", "choices", "settings"]);
    const header = (ws: string) => (wb.getWorksheet(ws)!.getRow(1).values as string[]).filter(Boolean);
    expect(header("survey")).toEqual(
      expect.arrayContaining([
        "type",
        "name",
        "label::Français (fr)",
        "label::Nederlands (nl)",
        "required",
        "relevant",
        "constraint",
      ]),
    );
    expect(header("choices").slice(0, 4)).toEqual([
      "list_name",
      "name",
      "label::Français (fr)",
      "label::Nederlands (nl)",
    ]);
    const survey = wb.getWorksheet("survey")!;
    const b1 = findRow(survey, "B1_pct");
    expect(b1.getCell(1).text).toBe("decimal");
    expect(b1.getCell(9).text).toBe(". >= 0 and . <= 100");
    expect(findRow(survey, "E2").getCell(8).text).toBe(
      "${E1} = 'rarement' or ${E1} = 'parfois' or ${E1} = 'souvent' or ${E1} = 'tres_souvent'",
    );
    expect(findRow(survey, "A1__autre_texte").getCell(8).text).toBe("selected(${A1}, 'autre')");
    const settings = wb.getWorksheet("settings")!;
    expect(settings.getRow(2).getCell(4).text).toBe("Français (fr)");
  });

  it("gives the same bytes twice (fixed dates)", async () => {
    const a = await exportXlsform(worker2021);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await exportXlsform(worker2021);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("loads back a form edited in a spreadsheet (a reworded label)", async () => {
    const bytes = await edit(await exportXlsform(mini), (wb) => {
      findRow(wb.getWorksheet("survey")!, "A3").getCell(4).value = "Aantal jaren ervaring";
    });
    const back = await importXlsform(bytes);
    expect(back.questions.find((q) => q.id === "A3")!.label).toEqual({ fr: "Années", nl: "Aantal jaren ervaring" });
  });

  it("names the sheet, row and value of what it cannot read, in French or Dutch", async () => {
    const base = await exportXlsform(mini);
    const badType = await edit(base, (wb) => {
      findRow(wb.getWorksheet("survey")!, "A3").getCell(1).value = "range";
    });
    await expect(importXlsform(badType)).rejects.toThrow(
      /ligne \d+ : type « range » non pris en charge pour la question « A3 »/,
    );
    await expect(importXlsform(badType, { lang: "nl" })).rejects.toThrow(
      /rij \d+: type ‘range’ wordt niet ondersteund/,
    );

    const badExpr = await edit(base, (wb) => {
      findRow(wb.getWorksheet("survey")!, "B3").getCell(8).value = "count-selected(${A2}) > 1";
    });
    await expect(importXlsform(badExpr)).rejects.toThrow(/question « B3 » : la condition « count-selected/);

    const badList = await edit(base, (wb) => {
      findRow(wb.getWorksheet("survey")!, "A1").getCell(1).value = "select_one structures";
    });
    await expect(importXlsform(badList)).rejects.toMatchObject({ code: "xlsform_unknown_list" });

    const noChoices = await edit(base, (wb) => {
      wb.removeWorksheet(wb.getWorksheet("choices")!.id);
    });
    await expect(importXlsform(noChoices)).rejects.toThrow(/la feuille « choices » manque/);

    await expect(importXlsform(new TextEncoder().encode("pas un classeur"))).rejects.toBeInstanceOf(XlsformError);
  });
});
