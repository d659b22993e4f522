import { worker2025 } from "@monitoring-social/questionnaire";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DEFAULT_INGEST_LIMITS, IngestError, problemMessage, readWave, readZipDirectory } from "../../src/index.ts";
import { declareSize, zip } from "../zip.ts";

const HEADER = ["id", "A1", "A3", "A5", "A6", "B1_pct", "E1", "G1"];
const row = (i: number, text = `texte ${i}`) => [`r${i}`, "cpas", "accueil", 1, "c1030", 20 + i, "parfois", text];

/** A workbook built with exceljs: sheets in order, each with its rows and what to do to it. */
async function workbook(
  sheets: {
    name: string;
    rows: unknown[][];
    state?: "hidden" | "veryHidden";
    edit?: (ws: ExcelJS.Worksheet) => void;
  }[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    for (const r of s.rows) ws.addRow(r);
    s.edit?.(ws);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const read = (bytes: Uint8Array, extra: Partial<Parameters<typeof readWave>[1]> = {}) =>
  readWave(bytes, { instrument: worker2025, fictional: true, file: "classeur.xlsx", ...extra });

/** The IngestError a read ends with. */
async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(IngestError);
  return e as IngestError;
}

describe("readWave on workbooks", () => {
  it("reads merged cells in their first cell only, and reports each block", async () => {
    const bytes = await workbook([
      {
        name: "Réponses",
        rows: [HEADER, row(1, "Même témoignage"), row(2, ""), row(3, "")],
        edit: (ws) => ws.mergeCells("H2:H4"),
      },
    ]);
    const wave = await read(bytes);
    expect(wave.table.array("G1")).toEqual(["Même témoignage", null, null]);
    const merged = wave.report.problems.filter((p) => p.code === "merged_cells");
    expect(merged).toHaveLength(1);
    expect(problemMessage(merged[0]!, "fr")).toBe(
      "Cellules fusionnées H2:H4 (colonne « G1 ») : la valeur « Même témoignage » n'est lue que dans la première cellule ; les autres cellules de la fusion sont lues vides. Si la valeur vaut pour chacune, défaites la fusion et recopiez-la dans chaque cellule.",
    );
  });

  it("reads the first visible sheet, reports the hidden ones, and reads a hidden one when asked", async () => {
    const bytes = await workbook([
      { name: "Brouillon", state: "hidden", rows: [HEADER, row(9)] },
      { name: "Réponses", rows: [HEADER, row(1), row(2)] },
      { name: "Notes", rows: [["remarque"], ["rien"]] },
      { name: "Réponses (copie)", rows: [HEADER, row(4)] },
    ]);
    const wave = await read(bytes, { lang: "nl" });
    expect(wave.provenance).toMatchObject({ sheet: "Réponses", rowsRead: 2, lines: null });
    const codes = wave.report.problems.map((p) => p.code);
    expect(codes).toContain("hidden_sheets");
    // Only a sheet that could hold responses is worth a word (not « Notes »).
    const other = wave.report.problems.find((p) => p.code === "other_sheets")!;
    expect(other.params.sheets).toBe("Réponses (copie)");
    const hidden = wave.report.problems.find((p) => p.code === "hidden_sheets")!;
    expect(problemMessage(hidden, "nl")).toContain("verborgen werkbladen (Brouillon)");
    const asked = await read(bytes, { sheet: "Brouillon" });
    expect(asked.provenance).toMatchObject({ sheet: "Brouillon", rowsRead: 1 });
    expect(asked.report.problems.map((p) => p.code)).not.toContain("hidden_sheets");
  });

  it("reports hidden rows and columns, which are read like the others", async () => {
    const bytes = await workbook([
      {
        name: "Réponses",
        rows: [HEADER, row(1), row(2), row(3)],
        edit: (ws) => {
          ws.getRow(3).hidden = true;
          ws.getColumn(8).hidden = true;
        },
      },
    ]);
    const wave = await read(bytes);
    expect(wave.provenance.rowsAccepted).toBe(3);
    expect(wave.report.problems.find((p) => p.code === "hidden_rows")?.params).toMatchObject({ count: 1, rows: "3" });
    expect(wave.report.problems.find((p) => p.code === "hidden_columns")?.params).toMatchObject({ columns: "H" });
  });

  it("rejects a row with a cell longer than the limit, and refuses a sheet wider than maxColumns", async () => {
    const bytes = await workbook([{ name: "R", rows: [HEADER, row(1), row(2, "x".repeat(50))] }]);
    const wave = await read(bytes, { limits: { maxCellLength: 40 } });
    expect(wave.report.rejected).toHaveLength(1);
    expect(wave.report.rejected[0]).toMatchObject({ row: 3, reasons: [{ code: "cell_too_long", column: "G1" }] });
    const e = await refusal(read(bytes, { limits: { maxColumns: 5 } }));
    expect(e.code).toBe("limit_columns");
    expect(e.messages.fr).toBe(
      "Le fichier « classeur.xlsx » a 8 colonnes, au-delà de la limite de 5. Un export de questionnaire en a bien moins : vérifiez le séparateur (--delimiter) ou supprimez les colonnes inutiles dans une copie du fichier.",
    );
  });

  it("names a sheet that does not exist, and an empty sheet, with the workbook's sheets", async () => {
    const bytes = await workbook([
      { name: "Vide", rows: [] },
      { name: "Réponses", rows: [HEADER, row(1)] },
    ]);
    const missing = await refusal(read(bytes, { sheet: "Antwoorden" }));
    expect(missing.messages.fr).toBe(
      "Le classeur « classeur.xlsx » n'a pas de feuille « Antwoorden ». Feuilles du classeur : « Vide », « Réponses ».",
    );
    const empty = await refusal(read(bytes));
    expect(empty.code).toBe("empty_sheet");
  });

  it("refuses a workbook whose directory declares more than the uncompressed limit, before inflating it", async () => {
    const good = await workbook([{ name: "R", rows: [HEADER, row(1)] }]);
    const bomb = declareSize(good, "xl/worksheets/sheet1.xml", 1_000_000_000);
    expect(() => readZipDirectory(bomb, DEFAULT_INGEST_LIMITS)).toThrow("limit_uncompressed");
    const e = await refusal(read(bomb));
    expect(e.code).toBe("limit_uncompressed");
    expect(e.messages.fr).toContain("se décompresse en 1000 Mo, au-delà de la limite de 268 Mo");
  });

  it("stops inflating an entry as soon as it exceeds the size it declares (a ZIP bomb that lies)", async () => {
    const bomb = zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<workbook/>" },
      { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(50_000_000), declaredSize: 1_000 },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    const e = await refusal(read(bomb, { lang: "nl" }));
    expect(e.code).toBe("limit_inflated");
    expect(e.messages.nl).toContain("bevat een intern bestand (xl/worksheets/sheet1.xml) dat uitgepakt groter wordt");
  });

  it("refuses more ZIP entries than the limit", async () => {
    const good = await workbook([{ name: "R", rows: [HEADER, row(1)] }]);
    expect((await refusal(read(good, { limits: { maxZipEntries: 3 } }))).code).toBe("limit_zip_entries");
  });

  it("tells an old or password-protected workbook, an OpenDocument one, another archive and damaged XML apart, without raw library text", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const ods = zip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", deflate: false },
      { name: "content.xml", data: "<office:document-content/>" },
    ]);
    const docx = zip([{ name: "word/document.xml", data: "<w:document/>" }]);
    const xml = zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: '<!DOCTYPE x [<!ENTITY a "b">]><workbook>&undefined;</workbook>' },
    ]);
    const cases: [Uint8Array, string][] = [
      [ole, "old_workbook"],
      [ods, "ods_workbook"],
      [docx, "not_a_workbook"],
      [xml, "xlsx_unreadable"],
    ];
    for (const [bytes, code] of cases) {
      const e = await refusal(read(bytes));
      expect(e.code).toBe(code);
      expect(e.messages.fr).not.toMatch(/entity|Corrupted|undefined|Error/);
    }
  });
});
