import {
  type CsvCell,
  choiceList,
  type Instrument,
  indicatorColumn,
  otherTextColumn,
  toCsv,
} from "@monitoring-social/questionnaire";
import type { ColumnTable } from "arquero";
import { encodeText } from "./encodeText.ts";

/**
 * Writes a canonical table as a LimeSurvey CSV export (codes): `id`, `submitdate`, `lastpage`,
 * `startlanguage`, then question codes, multiple choice as `Q[code]` = `Y` or empty, "other" texts
 * as `Q[other]`. UTF-8, comma-delimited.
 */
export function writeLimesurveyCsv(data: ColumnTable, instrument: Instrument): Uint8Array {
  const n = data.numRows();
  const names = new Set(data.columnNames());
  const col = (name: string) => (names.has(name) ? (data.array(name) as unknown[]) : new Array(n).fill(null));
  const header = ["id", "submitdate", "lastpage", "startlanguage"];
  const writers: ((i: number) => CsvCell)[] = [
    (i) => col("id")[i] as CsvCell,
    (i) => `2025-03-0${1 + (i % 9)} 10:00:00`,
    () => 7,
    () => "fr",
  ];
  for (const q of instrument.questions) {
    const choices = q.list === undefined ? [] : choiceList(instrument, q).choices;
    if (q.kind === "multiple") {
      for (const c of choices) {
        const v = col(indicatorColumn(q.id, c.code));
        header.push(`${q.id}[${c.code}]`);
        writers.push((i) => (v[i] === true ? "Y" : v[i] === false ? "N" : null));
      }
    } else {
      const v = col(q.id);
      header.push(q.id);
      writers.push((i) => v[i] as CsvCell);
    }
    if (choices.some((c) => c.other) && (q.kind === "single" || q.kind === "multiple")) {
      const v = col(otherTextColumn(q.id));
      header.push(`${q.id}[other]`);
      writers.push((i) => v[i] as CsvCell);
    }
  }
  const rows = Array.from({ length: n }, (_, i) => Object.fromEntries(header.map((h, j) => [h, writers[j]!(i)])));
  return encodeText(toCsv(header, rows, { delimiter: ",", decimal: ".", bom: false }), "utf-8");
}
