import type ExcelJS from "exceljs";

/** Fixed date written in workbooks and zip entries, so that the same content gives the same bytes. */
export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/**
 * Serialises an exceljs workbook to deterministic .xlsx bytes: workbook dates fixed, and zip entries
 * repacked in a stable order with a fixed date (exceljs stamps them with the current time).
 * @example const bytes = await workbookBytes(wb) // same workbook → same bytes
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  wb.creator = "monitoring-social";
  wb.lastModifiedBy = "monitoring-social";
  wb.created = FIXED_WORKBOOK_DATE;
  wb.modified = FIXED_WORKBOOK_DATE;
  const { default: JSZip } = await import("jszip");
  const packed = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const out = new JSZip();
  for (const name of Object.keys(packed.files).sort()) {
    const file = packed.files[name]!;
    if (file.dir) continue;
    out.file(name, await file.async("uint8array"), { date: FIXED_WORKBOOK_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
