import { basename, join } from "node:path";
import {
  type ColumnMapping,
  type ColumnRecognition,
  DELIMITERS,
  type Delimiter,
  IngestError,
  incompleteCsv,
  isEncoding,
  isSourceFormat,
  MappingError,
  mappingProposal,
  parseMapping,
  readWave,
  rejectedCsv,
  reportJson,
  reportMarkdown,
} from "@monitoring-social/ingest";
import type { Instrument } from "@monitoring-social/questionnaire";
import { fileErrorReason } from "../../fileErrorReason.ts";
import { tr } from "../../messages/index.ts";
import type { ParsedArgs } from "../args.ts";
import { instrumentOption } from "../instruments.ts";
import { CliError, type CliIo, ExitCode } from "../io.ts";
import { checkOutDir, jsonErrorDetail, writeOrFail } from "../writeFiles.ts";

function readMapping(path: string, instrument: Instrument, args: ParsedArgs, io: CliIo): ColumnMapping {
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(path));
  } catch (e) {
    throw new CliError(tr("unreadable_file", args.lang, { file: path, detail: fileErrorReason(e, args.lang) }));
  }
  try {
    JSON.parse(text);
  } catch (e) {
    // Where the JSON breaks, in the user's language (not the parser's English).
    throw new CliError(tr("bad_mapping", args.lang, { file: path, detail: jsonErrorDetail(text, e, args.lang) }));
  }
  try {
    return parseMapping(text, instrument).mapping;
  } catch (e) {
    if (e instanceof MappingError) throw new CliError(tr("bad_mapping", args.lang, { file: path, detail: e.message }));
    throw e;
  }
}

/** Writes the mapping `--write-mapping` asks for, and says so. */
function writeMapping(path: string, columns: readonly ColumnRecognition[], args: ParsedArgs, io: CliIo): void {
  io.writeFile(path, mappingProposal(columns));
  const review = columns.filter((c) => c.binding.kind === "unmatched").length;
  io.err(tr("mapping_written", args.lang, { file: path, review }));
}

/**
 * `monitoring validate <file> --instrument worker@2025 [--lang nl] [--mapping m.json] [--format kobo]
 * [--encoding windows-1252] [--delimiter ";"] [--sheet Réponses] [--out dossier] [--fictional]
 * [--include-incomplete] [--write-mapping m.json]`: prints the validation report. `--write-mapping`
 * also writes the column mapping recognition proposes (guesses marked under `$review`), even when no
 * column was recognised. Exit code 0 when no row was rejected (warnings are listed), 1 when rows were
 * rejected, 2 when the file cannot be read or holds no response (or `--out` names a file).
 */
export async function validateCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const file = args.positionals[0];
  if (file === undefined) throw new CliError(tr("missing_file", args.lang));
  const instrument = instrumentOption(args);
  const { format, encoding, delimiter, mapping, out } = args.options;
  const writeTo = args.options["write-mapping"];
  if (format !== undefined && !isSourceFormat(format))
    throw new CliError(
      tr("bad_choice", args.lang, {
        option: "format",
        value: format,
        allowed: "kobo, limesurvey, google-forms, codebook",
      }),
    );
  if (encoding !== undefined && !isEncoding(encoding))
    throw new CliError(
      tr("bad_choice", args.lang, {
        option: "encoding",
        value: encoding,
        allowed: "utf-8, utf-8-bom, windows-1252, utf-16le, utf-16be",
      }),
    );
  const delim = delimiter === "tab" || delimiter === "\\t" ? "\t" : delimiter;
  if (delim !== undefined && !(DELIMITERS as readonly string[]).includes(delim))
    throw new CliError(tr("bad_choice", args.lang, { option: "delimiter", value: delim, allowed: ", ; tab" }));
  if (out !== undefined) checkOutDir(io, out, args.lang);
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    throw new CliError(tr("unreadable_file", args.lang, { file, detail: fileErrorReason(e, args.lang) }));
  }
  try {
    const wave = await readWave(bytes, {
      instrument,
      fictional: args.flags.fictional === true,
      file: basename(file),
      ...(format !== undefined ? { format } : {}),
      ...(encoding !== undefined ? { encoding } : {}),
      ...(delim !== undefined ? { delimiter: delim as Delimiter } : {}),
      ...(mapping !== undefined ? { mapping: readMapping(mapping, instrument, args, io) } : {}),
      includeIncomplete: args.flags["include-incomplete"] === true,
      ...(args.options.commune !== undefined ? { commune: args.options.commune } : {}),
      ...(args.options.year !== undefined ? { year: args.options.year } : {}),
      ...(args.options.sheet !== undefined ? { sheet: args.options.sheet } : {}),
      lang: args.lang,
    });
    io.out(reportMarkdown(wave.report, { lang: args.lang }));
    if (writeTo !== undefined) writeMapping(writeTo, wave.report.columns, args, io);
    if (out !== undefined) {
      const write = writeOrFail(io, args.lang);
      const base = basename(file).replace(/\.[^.]+$/, "");
      write(join(out, `${base}.validation.${args.lang}.md`), reportMarkdown(wave.report, { lang: args.lang }));
      write(join(out, `${base}.validation.json`), reportJson(wave.report));
      const header = wave.report.columns.map((c) => c.header);
      write(join(out, `${base}.rejected.csv`), rejectedCsv(wave.report, header, args.lang));
      if (wave.report.incomplete.length > 0)
        write(join(out, `${base}.incomplete.csv`), incompleteCsv(wave.report, header, args.lang));
    }
    return wave.provenance.rowsRejected > 0 ? ExitCode.rejected : ExitCode.ok;
  } catch (e) {
    if (e instanceof IngestError) {
      if (writeTo !== undefined && e.columns) writeMapping(writeTo, e.columns, args, io);
      throw new CliError(e.messages[args.lang]);
    }
    throw e;
  }
}
