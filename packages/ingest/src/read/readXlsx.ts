import type ExcelJS from "exceljs";
import { checkZip } from "./checkZip.ts";
import { columnLetter } from "./columnLetter.ts";
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from "./ingestLimits.ts";
import { ReadFailure } from "./readFailure.ts";
import type { RowNote } from "./rowNote.ts";
import type { RowSource } from "./rowSource.ts";

/** Text of a cell as a survey export means it: numbers with a point, dates as ISO `YYYY-MM-DD`. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "string") return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

/** A block of merged cells of the sheet read. */
export interface XlsxMerge {
  /** The block, as a spreadsheet writes it (`B3:B5`). */
  readonly range: string;
  /** Row of its first cell (header = 1). */
  readonly row: number;
  /** Column index of its first cell (0 = A). */
  readonly column: number;
  /** Text of its first cell, the only one that holds a value. */
  readonly value: string;
}

/** A worksheet read as rows of strings, with what a user cannot see in it but should know. */
export interface XlsxSource extends RowSource {
  /** Name of the worksheet read. */
  readonly sheet: string;
  /** The workbook's other worksheets, not read: whether each is hidden, and its first row (its header, if any). */
  readonly otherSheets: readonly {
    readonly name: string;
    readonly hidden: boolean;
    readonly header: readonly string[];
  }[];
  /**
   * Merged cells: only the first cell of a block holds its value, and is read with it; the other
   * cells of the block are read empty (not copied), and each block is reported.
   */
  readonly merges: readonly XlsxMerge[];
  /** Hidden rows of the sheet (row numbers), read like the others. */
  readonly hiddenRows: readonly number[];
  /** Hidden columns of the sheet (indexes, 0 = A), read like the others. */
  readonly hiddenColumns: readonly number[];
}

/**
 * Reads a worksheet of an .xlsx workbook as rows of strings: the one named `sheet`, else the first
 * visible one. The archive is checked first (`checkZip`: sizes it declares, then what it inflates
 * to), and the sheet's width before its rows are read. Merged cells are not copied into the cells
 * they cover; hidden sheets, rows and columns are listed (see {@link XlsxSource}). A cell longer
 * than `maxCellLength` rejects its row (`cell_too_long`).
 * @throws ReadFailure when the archive is damaged, too large once inflated, not a workbook (an
 * OpenDocument spreadsheet, another archive), unreadable, without the sheet asked for, with an
 * empty sheet, or wider than `maxColumns`.
 * @example (await readXlsx(bytes)).header // => ["_uuid", "A_profil/A1", …]
 */
export async function readXlsx(
  bytes: Uint8Array,
  sheet?: string,
  limits: IngestLimits = DEFAULT_INGEST_LIMITS,
): Promise<XlsxSource> {
  const zip = await checkZip(bytes, limits);
  if (zip.kind === "ods") throw new ReadFailure("ods_workbook");
  if (zip.kind === "other") throw new ReadFailure("not_a_workbook");
  const wb = new (await import("exceljs")).default.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ReadFailure("xlsx_unreadable");
  }
  const sheets = wb.worksheets;
  const names = sheets.map((w) => `« ${w.name} »`).join(", ");
  const isHidden = (w: ExcelJS.Worksheet) => w.state === "hidden" || w.state === "veryHidden";
  const ws =
    sheet === undefined
      ? (sheets.find((w) => !isHidden(w)) ?? sheets[0])
      : (wb.getWorksheet(sheet) ?? sheets.find((w) => w.name.toLowerCase() === sheet.trim().toLowerCase()));
  if (!ws) {
    if (sheet !== undefined) throw new ReadFailure("sheet_not_found", { sheet, sheets: names || "—" });
    throw new ReadFailure("xlsx_unreadable");
  }
  if (ws.actualRowCount === 0) throw new ReadFailure("empty_sheet", { sheet: ws.name, sheets: names });
  if (ws.columnCount > limits.maxColumns)
    throw new ReadFailure("limit_columns", { count: ws.columnCount, max: limits.maxColumns });

  const rows: { cells: string[]; row: number; note: RowNote | null }[] = [];
  const blocks = new Map<string, { top: number; left: number; bottom: number; right: number; value: string }>();
  const hiddenRows: number[] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: true }, (r, rowNumber) => {
    const cells: string[] = [];
    let note: RowNote | null = null;
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      let text = "";
      if (cell.isMerged && cell.master !== cell) {
        // A covered cell: exceljs hands out its master's value; the file holds none.
        const master = cell.master;
        const block = blocks.get(master.address) ?? {
          top: Number(master.row),
          left: Number(master.col),
          bottom: Number(master.row),
          right: Number(master.col),
          value: cellText(master.value),
        };
        block.bottom = Math.max(block.bottom, rowNumber);
        block.right = Math.max(block.right, col);
        blocks.set(master.address, block);
      } else text = cellText(cell.value);
      if (text.length > limits.maxCellLength && note === null) {
        note = {
          code: "cell_too_long",
          line: rowNumber,
          lastLine: rowNumber,
          column: col - 1,
          params: { length: text.length, max: limits.maxCellLength },
        };
        text = `${text.slice(0, limits.maxCellLength)}…`;
      }
      cells[col - 1] = text;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= "";
    if (rowNumber === 1) width = cells.length;
    if (r.hidden && rowNumber > 1) hiddenRows.push(rowNumber);
    rows.push({ cells, row: rowNumber, note });
  });
  const headerRow = rows.find((r) => r.row === 1);
  const header = (headerRow?.cells ?? []).map((h) => h.trim());
  const hiddenColumns: number[] = [];
  for (let i = 1; i <= Math.max(width, ws.columnCount); i++) if (ws.getColumn(i).hidden) hiddenColumns.push(i - 1);
  const merges = [...blocks.values()].map((b) => ({
    range: `${columnLetter(b.left - 1)}${b.top}:${columnLetter(b.right - 1)}${b.bottom}`,
    row: b.top,
    column: b.left - 1,
    value: b.value,
  }));
  let blank = 0;
  return {
    header,
    sheet: ws.name,
    otherSheets: sheets
      .filter((w) => w !== ws)
      .map((w) => ({
        name: w.name,
        hidden: isHidden(w),
        header: ((w.getRow(1).values as ExcelJS.CellValue[]) ?? []).slice(1).map((v) => cellText(v ?? null)),
      })),
    merges,
    hiddenRows,
    hiddenColumns,
    blankLines: () => blank,
    each: (visit) => {
      blank = 0;
      for (const { cells, row, note } of rows) {
        if (row === 1) continue;
        if (note === null && cells.every((c) => c === "")) {
          blank++;
          continue;
        }
        // Trailing empty cells are not stored by Excel: pad to the header's width.
        while (cells.length < width) cells.push("");
        visit(cells, row, note, row);
      }
    },
  };
}
