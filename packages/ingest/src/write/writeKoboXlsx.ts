import {
  choiceList,
  type Instrument,
  indicatorColumn,
  type Language,
  otherTextColumn,
  workbookBytes,
} from "@monitoring-social/questionnaire";
import type { ColumnTable } from "arquero";

/** Options of {@link writeKoboXlsx}. */
export interface KoboXlsxOptions {
  /** Values as XML codes (Kobo's default) or as labels. Default: `"codes"`. */
  readonly values?: "codes" | "labels";
  /** Language of labels when `values` is `"labels"`. Default: `"fr"`. */
  readonly lang?: Language;
  /** Submission time of the first row (ISO); each row one minute later. Default: `"2025-03-03T09:00:00Z"`. */
  readonly start?: string;
}

/**
 * Writes a canonical table as a KoboToolbox XLSX export: `start`, `end`, group paths as headers
 * (`A/A1`), multiple choice as space-separated codes plus one 0/1 column per choice (`C/C1/cpas`),
 * "other" texts, then `_id`, `_uuid` (the respondent id), `_submission_time`, `_index`.
 * Deterministic bytes.
 */
export async function writeKoboXlsx(
  data: ColumnTable,
  instrument: Instrument,
  options: KoboXlsxOptions = {},
): Promise<Uint8Array> {
  const { values = "codes", lang = "fr", start = "2025-03-03T09:00:00Z" } = options;
  const n = data.numRows();
  const names = new Set(data.columnNames());
  const col = (name: string) => (names.has(name) ? (data.array(name) as unknown[]) : new Array(n).fill(null));
  const header: string[] = ["start", "end"];
  const writers: ((i: number) => string | number | null)[] = [];
  const t0 = Date.parse(start);
  const stamp = (i: number) => new Date(t0 + i * 60_000).toISOString();
  writers.push(stamp, (i) => new Date(t0 + i * 60_000 + 420_000).toISOString());
  for (const q of instrument.questions) {
    const path = `${q.module}/${q.id}`;
    const choices = q.list === undefined ? [] : choiceList(instrument, q).choices;
    const label = (code: unknown) => {
      const c = choices.find((x) => x.code === code);
      return c ? (values === "labels" ? c.label[lang] : c.code) : (code as string | null);
    };
    if (q.kind === "multiple") {
      const arrays = choices.map((c) => ({ c, v: col(indicatorColumn(q.id, c.code)) }));
      header.push(path);
      writers.push((i) => {
        const picked = arrays.filter((a) => a.v[i] === true);
        if (arrays.every((a) => a.v[i] === null || a.v[i] === undefined)) return null;
        return picked.map((a) => (values === "labels" ? a.c.label[lang] : a.c.code)).join(" ");
      });
      for (const a of arrays) {
        header.push(`${path}/${a.c.code}`);
        writers.push((i) => (a.v[i] === true ? 1 : a.v[i] === false ? 0 : null));
      }
    } else {
      const v = col(q.id);
      header.push(path);
      writers.push((i) =>
        q.kind === "single" || q.kind === "ordinal" ? label(v[i]) : (v[i] as string | number | null),
      );
    }
    if (choices.some((c) => c.other) && (q.kind === "single" || q.kind === "multiple")) {
      const v = col(otherTextColumn(q.id));
      header.push(`${q.module}/${otherTextColumn(q.id)}`);
      writers.push((i) => (v[i] as string | null) ?? null);
    }
  }
  const ids = col("id");
  header.push("_id", "_uuid", "_submission_time", "_index");
  writers.push(
    (i) => 100000 + i,
    (i) => (ids[i] as string) ?? null,
    (i) => stamp(i).slice(0, 19),
    (i) => i + 1,
  );
  const wb = new (await import("exceljs")).default.Workbook();
  const ws = wb.addWorksheet("Export");
  ws.addRow(header);
  for (let i = 0; i < n; i++) ws.addRow(writers.map((w) => w(i)));
  return workbookBytes(wb);
}
