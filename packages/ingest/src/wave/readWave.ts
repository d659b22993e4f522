import { createHash } from "node:crypto";
import { DEFAULT_LANGUAGE, type Instrument, instrumentKey, type Language } from "@monitoring-social/questionnaire";
import { detectFormat, type SourceFormat } from "../formats/sourceFormat.ts";
import { bindColumns } from "../mapping/bindColumns.ts";
import type { ColumnBinding, ColumnMapping } from "../mapping/columnBinding.ts";
import { detectEncoding, type Encoding, isZip, looksBinary } from "../read/detectEncoding.ts";
import type { Delimiter } from "../read/readCsv.ts";
import { readCsvColumns } from "../read/readCsvColumns.ts";
import { readXlsx } from "../read/readXlsx.ts";
import type { RowSource } from "../read/rowSource.ts";
import type { ValidationReport } from "../report/validationReport.ts";
import { ingestColumns, rowHashing } from "../typing/ingestColumns.ts";
import type { DecimalSeparator } from "../typing/parseValues.ts";
import { encodeRows, type RawColumns } from "../typing/rawColumns.ts";
import { IngestError } from "../validate/ingestError.ts";
import type { Wave } from "./wave.ts";

/** Options of {@link readWave}. Every detection can be overridden. */
export interface ReadWaveOptions {
  /** Instrument version the file follows. Required. */
  readonly instrument: Instrument;
  /** Whether the data are fictional. Required: no default, so that nobody forgets it. */
  readonly fictional: boolean;
  /** File name shown in messages and reports. Default: `"donnees"`. */
  readonly file?: string;
  /** Commune (postcode) when the file has no `commune` column. Default: `"1030"`. */
  readonly commune?: string;
  /** Year of the wave (the `vague` column). Default: the instrument's version. */
  readonly year?: string;
  /** Source format. Default: detected from the header. */
  readonly format?: SourceFormat;
  /** Text encoding of a CSV. Default: detected (BOM, valid UTF-8, else Windows-1252). */
  readonly encoding?: Encoding;
  /** Delimiter of a CSV. Default: detected among `,` `;` tab. */
  readonly delimiter?: Delimiter;
  /** Decimal separator. Default: `","` for a `;`-delimited CSV, `"."` otherwise. */
  readonly decimal?: DecimalSeparator;
  /** Saved column mapping (header → question id). Default: none. */
  readonly mapping?: ColumnMapping;
  /** Worksheet of a workbook. Default: the first. */
  readonly sheet?: string;
  /** Language of thrown errors. Default: `"fr"`. */
  readonly lang?: Language;
}

/**
 * Reads a survey export (CSV or XLSX bytes) into a validated {@link Wave}: detects encoding,
 * delimiter, decimal separator and format; maps columns to questions; types values by the
 * instrument; checks skip logic, required answers and duplicates; and reports every problem with
 * file, row, column and value. The bytes are not modified (their SHA-256 is recorded), and
 * `rowsAccepted + rowsRejected === rowsRead` always.
 *
 * @throws IngestError when the file cannot be read at all: empty, binary, unreadable workbook, no
 * header, or no column that matches the instrument.
 * @example const wave = await readWave(readFileSync("2025.xlsx"), { instrument: worker2025, fictional: false, file: "2025.xlsx" })
 */
export async function readWave(bytes: Uint8Array, options: ReadWaveOptions): Promise<Wave> {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const file = options.file ?? "donnees";
  const instrument = options.instrument;
  let sha256 = "";
  if (bytes.length === 0) throw new IngestError("empty_file", { file }, lang);

  // Columns are bound as soon as the header is known: the reader then hashes what validation needs.
  let bound: { header: readonly string[]; bindings: ColumnBinding[] } | undefined;
  const bind = (h: readonly string[]): ColumnBinding[] => {
    if (bound?.header !== h)
      bound = { header: h, bindings: bindColumns(h, instrument, options.format ?? detectFormat(h), options.mapping) };
    return bound.bindings;
  };
  let header: readonly string[];
  let raw: () => RawColumns;
  let encoding: string;
  let delimiter: Delimiter | null;
  let decimal: DecimalSeparator;
  if (isZip(bytes)) {
    let source: RowSource;
    try {
      source = await readXlsx(bytes, options.sheet);
    } catch (e) {
      throw new IngestError("xlsx_unreadable", { file, detail: String((e as Error).message).slice(0, 100) }, lang);
    }
    header = source.header;
    raw = () => encodeRows(source, rowHashing(bind(source.header)));
    encoding = "xlsx";
    delimiter = null;
    decimal = options.decimal ?? ".";
  } else {
    const enc = options.encoding ?? detectEncoding(bytes);
    if (looksBinary(bytes, enc)) throw new IngestError("binary_file", { file }, lang);
    // A large file's second half is parsed on a worker thread: hash the bytes meanwhile.
    const reading = readCsvColumns(bytes, enc, { delimiter: options.delimiter, hashing: (h) => rowHashing(bind(h)) });
    sha256 = createHash("sha256").update(bytes).digest("hex");
    const csv = await reading;
    if (csv === null) throw new IngestError("empty_file", { file }, lang);
    header = csv.header;
    raw = () => csv.raw;
    delimiter = csv.delimiter;
    decimal = options.decimal ?? (delimiter === ";" ? "," : ".");
    encoding = enc;
  }
  if (header.every((h) => h === "")) throw new IngestError("no_header", { file }, lang);

  const format = options.format ?? detectFormat(header);
  const bindings = bind(header);
  if (!bindings.some((b) => b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText")) {
    throw new IngestError("no_matching_column", { file, instrument: instrumentKey(instrument) }, lang);
  }
  sha256 ||= createHash("sha256").update(bytes).digest("hex");
  const year = options.year ?? instrument.version;
  const commune = options.commune ?? "1030";
  const result = ingestColumns(raw(), header, bindings, instrument, {
    file,
    decimal,
    vague: year,
    commune,
    encoding,
    otherInPlace: format === "google-forms",
  });
  const provenance = {
    file,
    sha256,
    format,
    encoding,
    delimiter,
    decimal,
    instrument: instrumentKey(instrument),
    rowsRead: result.rowsRead,
    rowsAccepted: result.table.numRows(),
    rowsRejected: result.rejected.length,
    blankLines: result.blankLines,
  };
  const report: ValidationReport = {
    provenance,
    fictional: options.fictional,
    columns: header.map((h, i) => ({ header: h, binding: bindings[i]! })),
    problems: result.problems,
    rejected: result.rejected,
  };
  return { instrument, commune, year, fictional: options.fictional, table: result.table, provenance, report };
}
