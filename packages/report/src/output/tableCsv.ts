import { toCsv } from "@monitoring-social/questionnaire";
import type { DataTable } from "../content/block.ts";

/** Options of {@link tableCsv}. */
export interface TableCsvOptions {
  /**
   * Source line written in a last column of every row (so that any copied row still says where
   * it comes from — and « Données fictives » when it does). Default: none.
   */
  readonly source?: { readonly column: string; readonly text: string };
}

/**
 * A report table as CSV for Excel on a Belgian (fr-BE / nl-BE) PC: semicolons, decimal commas,
 * UTF-8 with a byte-order mark (so Excel reads accents), CRLF line ends; text cells that start with
 * `=`, `+`, `-` or `@` are neutralised against formula injection, numbers stay numbers. A double
 * click opens it in columns; otherwise use Excel's Data › From Text/CSV.
 * @example tableCsv(table, { source: { column: "source", text: "CASS. Données fictives." } }).startsWith("\uFEFFquestion;code;") // => true
 */
export function tableCsv(table: DataTable, options: TableCsvOptions = {}): string {
  const source = options.source;
  const columns = source ? [...table.csv.columns, source.column] : table.csv.columns;
  const rows = table.csv.rows.map((r) =>
    Object.fromEntries(columns.map((c, i) => [c, source && i === r.length ? source.text : r[i]])),
  );
  return toCsv(columns, rows, { delimiter: ";", decimal: ",", bom: true });
}
