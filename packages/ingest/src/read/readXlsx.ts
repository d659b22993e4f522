import ExcelJS from "exceljs";
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

/**
 * Reads the first worksheet (or `sheet`) of an .xlsx workbook as rows of strings.
 * @throws Error from exceljs when the bytes are not a readable workbook (callers wrap it).
 */
export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<RowSource> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = sheet === undefined ? wb.worksheets[0] : wb.getWorksheet(sheet);
  const rows: { cells: string[]; row: number }[] = [];
  let width = 0;
  ws?.eachRow({ includeEmpty: true }, (r, rowNumber) => {
    const cells: string[] = [];
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= "";
    if (rowNumber === 1) width = cells.length;
    rows.push({ cells, row: rowNumber });
  });
  const headerRow = rows.find((r) => r.row === 1);
  const header = (headerRow?.cells ?? []).map((h) => h.trim());
  let blank = 0;
  return {
    header,
    blankLines: () => blank,
    each: (visit) => {
      for (const { cells, row } of rows) {
        if (row === 1) continue;
        if (cells.every((c) => c === "")) {
          blank++;
          continue;
        }
        // Trailing empty cells are not stored by Excel: pad to the header's width.
        while (cells.length < width) cells.push("");
        visit(cells, row);
      }
    },
  };
}
