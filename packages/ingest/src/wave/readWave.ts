import { createHash } from "node:crypto";
import { DEFAULT_LANGUAGE, type Instrument, instrumentKey, type Language } from "@monitoring-social/questionnaire";
import { detectFormat } from "../formats/detectFormat.ts";
import type { SourceFormat } from "../formats/sourceFormat.ts";
import { toolLayout } from "../formats/toolLayouts.ts";
import type { ColumnBinding, ColumnMapping } from "../mapping/columnBinding.ts";
import { MAPPING_RESERVED_PREFIX } from "../mapping/mappingFile.ts";
import { mappingTarget } from "../mapping/mappingTarget.ts";
import { type ColumnRecognition, recogniseColumns } from "../mapping/recogniseColumns.ts";
import { type IngestMessageCode, ti } from "../messages/index.ts";
import { columnLetter } from "../read/columnLetter.ts";
import { detectEncoding, type Encoding, isOleCompound, isZip, looksBinary } from "../read/detectEncoding.ts";
import { type IngestLimits, ingestLimits } from "../read/ingestLimits.ts";
import type { Delimiter } from "../read/readCsv.ts";
import { readCsvColumns } from "../read/readCsvColumns.ts";
import { ReadFailure } from "../read/readFailure.ts";
import { readXlsx, type XlsxSource } from "../read/readXlsx.ts";
import { linesReconciled, type TextLines } from "../read/textLines.ts";
import type { ValidationReport } from "../report/validationReport.ts";
import { detectDecimal } from "../typing/detectDecimal.ts";
import { ingestColumns, rowHashing } from "../typing/ingestColumns.ts";
import type { DecimalSeparator } from "../typing/parseValues.ts";
import { choiceResolver } from "../typing/parseValues.ts";
import { encodeRows, type RawColumns, rawCell } from "../typing/rawColumns.ts";
import { type SetApartRow, selectRows } from "../typing/selectRows.ts";
import { duplicateColumns } from "../validate/duplicateColumns.ts";
import { IngestError } from "../validate/ingestError.ts";
import { type Problem, SEVERITY_OF } from "../validate/problem.ts";
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
  /**
   * Decimal separator. Default: detected from the numbers of the numeric columns (`0,8` or `0.8`);
   * when they do not tell, the tool's convention (KoboToolbox and LimeSurvey: `"."`; Google Forms and
   * codebook CSV: `","` in a `;`-delimited CSV, else `"."`).
   */
  readonly decimal?: DecimalSeparator;
  /** Saved column mapping (header → question id, `C1__cpas`, `A1__autre_texte`, `id` or `-`). Default: none. */
  readonly mapping?: ColumnMapping;
  /**
   * Whether unfinished responses (LimeSurvey: empty `submitdate`) are read with the others. Default:
   * `false`: they are set apart, counted and listed in the report, and left out of the wave.
   */
  readonly includeIncomplete?: boolean;
  /** Worksheet of a workbook. Default: the first visible one. */
  readonly sheet?: string;
  /** Language of thrown errors. Default: `"fr"`. */
  readonly lang?: Language;
  /** Resource limits, each replacing its default (see `IngestLimits`). Default: `DEFAULT_INGEST_LIMITS`. */
  readonly limits?: Partial<IngestLimits>;
}

/**
 * Reads a survey export (CSV or XLSX bytes) into a validated {@link Wave}: detects encoding,
 * delimiter, decimal separator and format; maps columns to questions; types values by the
 * instrument; checks skip logic, required answers and duplicates; and reports every problem with
 * file, row, column and value. The bytes are not modified (their SHA-256 is recorded), and
 * `rowsAccepted + rowsRejected === rowsRead` always; for a text file, every physical line is
 * accounted for too (`provenance.lines`: header, rows — a row spanning several lines counts each —
 * and blank lines), so that a row swallowed by a misplaced quote cannot pass unseen. Columns that
 * feed the same answer, merged cells, hidden sheets, rows and columns are reported, never silently
 * resolved.
 *
 * Unfinished responses (LimeSurvey's empty `submitdate`) are set apart and counted unless
 * `includeIncomplete`: then `rowsAccepted + rowsRejected + rowsIncomplete === rowsRead`.
 *
 * @throws IngestError when the file cannot be read at all, in the user's language, naming the file
 * and what to do: empty, binary, an old or password-protected workbook, a damaged or oversized
 * workbook (its size is checked before it is inflated), a file over a resource limit, an
 * unreadable header, a mapping that names no known question, no column that matches the
 * instrument (then `columns` holds what was recognised and the message says which export options of
 * the tool give a readable file), or no response at all.
 * @example const wave = await readWave(readFileSync("2025.xlsx"), { instrument: worker2025, fictional: false, file: "2025.xlsx" })
 */
export async function readWave(bytes: Uint8Array, options: ReadWaveOptions): Promise<Wave> {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const file = options.file ?? "donnees";
  const instrument = options.instrument;
  const limits = ingestLimits(options.limits);
  /** The error of a file that cannot be read, in the user's language. */
  const refuse = (code: IngestMessageCode, params: Readonly<Record<string, string | number>> = {}) =>
    new IngestError(code, { file, ...params }, lang);
  let sha256 = "";
  if (bytes.length === 0) throw refuse("empty_file");
  if (isOleCompound(bytes)) throw refuse("old_workbook");

  const mapping = options.mapping ?? {};
  const badTargets = Object.entries(mapping).filter(
    ([k, v]) => !k.startsWith(MAPPING_RESERVED_PREFIX) && mappingTarget(String(v), instrument) === undefined,
  );
  if (badTargets.length > 0) {
    const detail = badTargets.map(([k, v]) => `"${k}": ${JSON.stringify(v)}`).join(", ");
    throw new IngestError("bad_mapping", { file: "mapping", detail }, lang);
  }

  // Columns are recognised as soon as the header is known: the reader then hashes what validation needs.
  let bound: { header: readonly string[]; columns: ColumnRecognition[]; bindings: ColumnBinding[] } | undefined;
  const recognise = (h: readonly string[]) => {
    if (bound?.header !== h) {
      const columns = recogniseColumns(h, instrument, options.format ?? detectFormat(h), mapping);
      bound = { header: h, columns, bindings: columns.map((c) => c.binding) };
    }
    return bound;
  };
  const bind = (h: readonly string[]): ColumnBinding[] => recognise(h).bindings;
  let header: readonly string[];
  let raw: () => RawColumns;
  let encoding: string;
  let delimiter: Delimiter | null;
  let lines: TextLines | null = null;
  let xlsx: XlsxSource | null = null;
  try {
    if (isZip(bytes)) {
      const source = await readXlsx(bytes, options.sheet, limits);
      xlsx = source;
      header = source.header;
      raw = () => encodeRows(source, rowHashing(bind(source.header)));
      encoding = "xlsx";
      delimiter = null;
    } else {
      const enc = options.encoding ?? detectEncoding(bytes);
      if (looksBinary(bytes, enc)) throw refuse("binary_file");
      // A large file's second half is parsed on a worker thread: hash the bytes meanwhile.
      const reading = readCsvColumns(bytes, enc, {
        delimiter: options.delimiter,
        hashing: (h) => rowHashing(bind(h)),
        limits,
      });
      sha256 = createHash("sha256").update(bytes).digest("hex");
      const csv = await reading;
      if (csv === null) throw refuse("empty_file");
      header = csv.header;
      raw = () => csv.raw;
      delimiter = csv.delimiter;
      encoding = enc;
      lines = csv.lines;
    }
  } catch (e) {
    if (e instanceof ReadFailure) throw refuse(e.code, e.params);
    throw e;
  }
  if (header.every((h) => h === "")) throw refuse("no_header");

  const format = options.format ?? detectFormat(header);
  const layout = toolLayout(format);
  const { columns, bindings } = recognise(header);
  if (!bindings.some((b) => b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText")) {
    throw new IngestError(
      "no_matching_column",
      (l) => ({ file, instrument: instrumentKey(instrument), help: exportHelp(l, format) }),
      lang,
      columns,
    );
  }
  let rows = raw();
  if (rows.rowCount === 0) throw refuse("no_responses");
  sha256 ||= createHash("sha256").update(bytes).digest("hex");
  // What the reader found about the file as a whole, reported before the rows' problems.
  const fileProblems: Problem[] = [];
  const note = (
    code: IngestMessageCode,
    params: Readonly<Record<string, string | number>>,
    at: { row?: number; column?: string; value?: string } = {},
  ) =>
    fileProblems.push({
      code,
      severity: SEVERITY_OF[code] ?? "warning",
      file,
      row: at.row ?? null,
      column: at.column ?? null,
      value: at.value ?? null,
      question: null,
      params,
    });
  if (xlsx) {
    // Sheet names as written (the message is rendered later, in either language: no quotes of one language).
    const list = (names: readonly string[]) => names.join(", ");
    const hidden = xlsx.otherSheets.filter((s) => s.hidden).map((s) => s.name);
    // A visible sheet is worth a word only when it could hold responses too: its first row names half as many
    // question columns as the sheet read (at least 3): a template's instructions, codebook or lists
    // sheet is not.
    const answers = (h: readonly string[]) =>
      recogniseColumns(h, instrument, detectFormat(h), mapping).filter((c) =>
        ["answer", "indicator", "otherText"].includes(c.binding.kind),
      ).length;
    const enough = Math.max(3, answers(header) / 2);
    const visible = xlsx.otherSheets.filter((s) => !s.hidden && answers(s.header) >= enough).map((s) => s.name);
    if (hidden.length > 0) note("hidden_sheets", { sheets: list(hidden), sheet: xlsx.sheet });
    if (visible.length > 0) note("other_sheets", { sheets: list(visible), sheet: xlsx.sheet });
    if (xlsx.hiddenColumns.length > 0)
      note("hidden_columns", { sheet: xlsx.sheet, columns: xlsx.hiddenColumns.map(columnLetter).join(", ") });
    if (xlsx.hiddenRows.length > 0) {
      const shown = xlsx.hiddenRows.slice(0, 20).join(", ");
      note("hidden_rows", {
        sheet: xlsx.sheet,
        count: xlsx.hiddenRows.length,
        rows: xlsx.hiddenRows.length > 20 ? `${shown}…` : shown,
      });
    }
    for (const m of xlsx.merges)
      note(
        "merged_cells",
        { range: m.range },
        { row: m.row, column: header[m.column] ?? columnLetter(m.column), value: m.value.slice(0, 60) },
      );
  }
  const duplicates = duplicateColumns(header, columns, rows, file);
  fileProblems.push(...duplicates.problems);
  if (lines && !linesReconciled(lines))
    note("lines_unaccounted", { total: lines.total, counted: lines.header + lines.rows + lines.blank });
  const year = options.year ?? instrument.version;
  const commune = options.commune ?? "1030";
  // Unfinished responses (the tool's completion column is blank) are set apart unless asked for.
  let incomplete: SetApartRow[] = [];
  const completion = layout.completionColumn(header);
  let rowsIncomplete = 0;
  if (completion >= 0) {
    const done = rows.columns[completion]!;
    for (let r = 0; r < rows.rowCount; r++)
      if (rawCell(done, r).trim() === "" && !rows.malformed.has(r)) rowsIncomplete++;
    if (rowsIncomplete > 0 && options.includeIncomplete !== true) {
      const split = selectRows(rows, (r) => rawCell(done, r).trim() !== "" || rows.malformed.has(r));
      rows = split.raw;
      incomplete = split.apart;
    }
  }
  const decimal = options.decimal ?? detectDecimal(rows, bindings, instrument, layout.decimalByDefault(delimiter));
  // Say which columns had answers read by the tool's default codes (by position), to be checked.
  const recognised = columns.map((c, i) => {
    const b = c.binding;
    if (b.kind !== "answer") return c;
    const q = instrument.questions.find((x) => x.id === b.question)!;
    if (q.kind !== "single" && q.kind !== "ordinal") return c;
    const resolver = choiceResolver(instrument, q);
    const values = rows.columns[i]!.codes === null ? new Set(rows.columns[i]!.values) : rows.columns[i]!.values;
    for (const v of values)
      if (resolver.resolve(v) === undefined && layout.values.positional(v, resolver.choices) !== undefined)
        return { ...c, valuesByPosition: true };
    return c;
  });
  const result = ingestColumns(rows, header, duplicates.bindings, instrument, {
    file,
    decimal,
    vague: year,
    commune,
    encoding,
    otherInPlace: layout.values.otherInPlace,
    values: layout.values,
  });
  const problems = result.problems;
  const provenance = {
    file,
    sha256,
    format,
    encoding,
    delimiter,
    decimal,
    instrument: instrumentKey(instrument),
    rowsRead: result.rowsRead + incomplete.length,
    rowsAccepted: result.table.numRows(),
    rowsRejected: result.rejected.length,
    rowsIncomplete,
    incompleteIncluded: options.includeIncomplete === true,
    blankLines: result.blankLines,
    lines,
    sheet: xlsx?.sheet ?? null,
  };
  const report: ValidationReport = {
    provenance,
    fictional: options.fictional,
    columns: recognised,
    problems: [...fileProblems, ...problems],
    rejected: result.rejected,
    incomplete,
    questions: instrument.questions.map((q) => ({ id: q.id, label: q.short ?? q.label })),
  };
  return { instrument, commune, year, fictional: options.fictional, table: result.table, provenance, report };
}

/** The export options of a tool (or of every tool, when the format is a guess) that give a readable file. */
function exportHelp(lang: Language, format: SourceFormat): string {
  const codes = [
    "export_help_kobo",
    "export_help_limesurvey",
    "export_help_google_forms",
    "export_help_codebook",
  ] as const;
  const own = toolLayout(format).exportHelp;
  return [own, ...codes.filter((c) => c !== own)].map((c) => `\n- ${ti(c, lang)}`).join("");
}
