import {
  type CsvCell,
  choiceList,
  type Instrument,
  indicatorColumn,
  type Language,
  otherTextColumn,
  toCsv,
} from "@monitoring-social/questionnaire";
import type { ColumnTable } from "arquero";
import type { Encoding } from "../read/detectEncoding.ts";
import type { Delimiter } from "../read/readCsv.ts";
import { encodeText } from "./encodeText.ts";

/** Options of {@link writeGoogleFormsCsv}. */
export interface GoogleFormsCsvOptions {
  /** Language of headers and values. Default: `"fr"`. */
  readonly lang?: Language;
  /** Delimiter. Default: `";"` (Excel on a Belgian PC). */
  readonly delimiter?: Delimiter;
  /** Decimal separator. Default: `","`. */
  readonly decimal?: "." | ",";
  /** Encoding. Default: `"windows-1252"`. */
  readonly encoding?: Encoding;
  /** First timestamp (ISO, UTC); each row one minute later. Default: `"2021-03-01T09:00:00Z"`. */
  readonly start?: string;
}

/**
 * Writes a canonical table the way a Google Forms export looks after a trip through Excel on a
 * Belgian PC: « Horodateur » first, full question texts as headers, labels as values, several
 * choices joined by `, ` in one cell, the "other" text written in place of the choice, dates as
 * DD/MM/YYYY, decimal commas, semicolons, Windows-1252. No respondent id (Google Forms has none).
 */
export function writeGoogleFormsCsv(
  data: ColumnTable,
  instrument: Instrument,
  options: GoogleFormsCsvOptions = {},
): Uint8Array {
  const {
    lang = "fr",
    delimiter = ";",
    decimal = ",",
    encoding = "windows-1252",
    start = "2021-03-01T09:00:00Z",
  } = options;
  const n = data.numRows();
  const col = (name: string) =>
    data.columnNames().includes(name) ? (data.array(name) as unknown[]) : new Array(n).fill(null);
  const headers = ["Horodateur", ...instrument.questions.map((q) => q.label[lang])];
  const t0 = Date.parse(start);
  const rows: Record<string, CsvCell>[] = [];
  const cols = instrument.questions.map((q) => {
    const choices = q.list === undefined ? [] : choiceList(instrument, q).choices;
    if (q.kind === "multiple") {
      const arrays = choices.map((c) => ({ c, values: col(indicatorColumn(q.id, c.code)) }));
      const other = col(otherTextColumn(q.id));
      return (i: number): CsvCell => {
        const picked = arrays.filter((a) => a.values[i] === true);
        if (picked.length === 0) return null;
        return picked
          .map((a) => (a.c.other && typeof other[i] === "string" ? (other[i] as string) : a.c.label[lang]))
          .join(", ");
      };
    }
    const values = col(q.id);
    if (q.kind === "single" || q.kind === "ordinal") {
      const other = col(otherTextColumn(q.id));
      return (i: number): CsvCell => {
        const c = choices.find((x) => x.code === values[i]);
        if (!c) return (values[i] as CsvCell) ?? null;
        return c.other && typeof other[i] === "string" ? (other[i] as string) : c.label[lang];
      };
    }
    if (q.kind === "date") {
      return (i: number): CsvCell => {
        const v = values[i];
        return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)
          ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`
          : (v as CsvCell);
      };
    }
    return (i: number): CsvCell => values[i] as CsvCell;
  });
  for (let i = 0; i < n; i++) {
    const ts = new Date(t0 + i * 60_000).toISOString();
    const row: Record<string, CsvCell> = { Horodateur: `${ts.slice(0, 10).replaceAll("-", "/")} ${ts.slice(11, 19)}` };
    instrument.questions.forEach((q, j) => {
      row[q.label[lang]] = cols[j]!(i);
    });
    rows.push(row);
  }
  return encodeText(toCsv(headers, rows, { delimiter, decimal, bom: false }), encoding);
}
