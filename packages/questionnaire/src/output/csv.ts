import type { ColumnTable } from "arquero";
import Papa from "papaparse";

/** A cell of an exported table. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Options of {@link toCsv}. The defaults make a CSV that a double click opens in columns in Excel on
 * a Belgian PC (French or Dutch): UTF-8 with BOM, `;`, decimal comma. Every CSV written for people
 * keeps them; only files that imitate another tool's export change them.
 */
export interface CsvOptions {
  /** Field delimiter. Default: `";"` (Excel on a Belgian, French or Dutch PC; `","` opens in one column there). */
  readonly delimiter?: string;
  /** Start with a UTF-8 byte-order mark so Excel detects UTF-8. Default: `true`. */
  readonly bom?: boolean;
  /** Decimal separator of numbers. Default: `","` (goes with `delimiter: ";"`). */
  readonly decimal?: "." | ",";
}

/** A number as a spreadsheet reads it: optional sign, digits, decimal point or comma, exponent. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Neutralises a text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, tab or carriage return) by prefixing an apostrophe. A number is never touched, even when it
 * comes as text (a raw cell `-2` read from a file): a spreadsheet reads it as the number it is, not
 * as a formula (OWASP "CSV injection").
 * @example neutraliseFormula("=HYPERLINK(…)") // => "'=HYPERLINK(…)"
 * @example neutraliseFormula("-3 jours") // => "'-3 jours"
 * @example neutraliseFormula("-2") // => "-2"
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * Writes rows as CSV with papaparse: header first, `\r\n` line ends (what Excel writes), text cells
 * — the header's included — neutralised against formula injection, numbers left as numbers,
 * `null`/`undefined` as empty cells, booleans as `TRUE`/`FALSE`. Deterministic: the same rows give
 * the same bytes. By default for Excel on a Belgian PC: BOM, `;`, decimal comma.
 * @example toCsv(["a", "b"], [{ a: 1.5, b: "=x" }]) // => "\uFEFFa;b\r\n1,5;'=x\r\n"
 */
export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, CsvCell>>[],
  options: CsvOptions = {},
): string {
  const { delimiter = ";", bom = true, decimal = "," } = options;
  const cell = (v: CsvCell): string => {
    if (v === null || v === undefined) return "";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (typeof v === "number") return decimal === "," ? String(v).replace(".", ",") : String(v);
    return neutraliseFormula(v);
  };
  const data = rows.map((r) => columns.map((c) => cell(r[c])));
  const body = Papa.unparse(
    { fields: columns.map(neutraliseFormula), data },
    { delimiter, newline: "\r\n", quotes: false },
  );
  return `${bom ? "\uFEFF" : ""}${body}\r\n`;
}

/**
 * Writes an arquero table as CSV with {@link toCsv} (formula neutralisation on text cells; by default
 * BOM, `;` and decimal comma), columns in table order.
 * @example tableToCsv(simulateResponses(worker2025, { n: 2 })).split("\r\n").length // => 4
 */
export function tableToCsv(data: ColumnTable, options: CsvOptions = {}): string {
  const columns = data.columnNames();
  const arrays = columns.map((c) => data.array(c) as readonly CsvCell[]);
  const rows = Array.from({ length: data.numRows() }, (_, i) =>
    Object.fromEntries(columns.map((c, j) => [c, arrays[j]![i]])),
  );
  return toCsv(columns, rows, options);
}
