import { toCsv } from "@monitoring-social/questionnaire";
import type { DataTable } from "../content/block.ts";

/**
 * A report table as CSV for Excel on a Belgian (fr-BE / nl-BE) PC: semicolons, decimal commas,
 * UTF-8 with a byte-order mark (so Excel reads accents), CRLF line ends; text cells that start with
 * `=`, `+`, `-` or `@` are neutralised against formula injection, numbers stay numbers. A double
 * click opens it in columns; otherwise use Excel's Data › From Text/CSV.
 * @example tableCsv(table).startsWith("\uFEFFquestion;code;") // => true
 */
export function tableCsv(table: DataTable): string {
  const columns = table.csv.columns;
  const rows = table.csv.rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
  return toCsv(columns, rows, { delimiter: ";", decimal: ",", bom: true });
}
