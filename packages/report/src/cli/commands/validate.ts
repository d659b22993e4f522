import { basename, join } from "node:path";
import {
  type ColumnMapping,
  DELIMITERS,
  type Delimiter,
  IngestError,
  isEncoding,
  isSourceFormat,
  readWave,
  rejectedCsv,
  reportJson,
  reportMarkdown,
} from "@monitoring-social/ingest";
import { fileErrorReason } from "../../fileErrorReason.ts";
import { tr } from "../../messages/index.ts";
import type { ParsedArgs } from "../args.ts";
import { instrumentOption } from "../instruments.ts";
import { CliError, type CliIo, ExitCode } from "../io.ts";
import { checkOutDir, jsonErrorDetail, writeOrFail } from "../writeFiles.ts";

function readMapping(path: string, args: ParsedArgs, io: CliIo): ColumnMapping {
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(path));
  } catch (e) {
    throw new CliError(tr("unreadable_file", args.lang, { file: path, detail: fileErrorReason(e, args.lang) }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new CliError(tr("bad_mapping", args.lang, { file: path, detail: jsonErrorDetail(text, e, args.lang) }));
  }
  if (
    !parsed ||
    typeof parsed !== "object" ||
    Array.isArray(parsed) ||
    Object.values(parsed).some((v) => typeof v !== "string")
  ) {
    throw new CliError(tr("bad_mapping", args.lang, { file: path, detail: tr("mapping_not_object", args.lang) }));
  }
  return parsed as ColumnMapping;
}

/**
 * `monitoring validate <file> --instrument worker@2025 [--lang nl] [--mapping m.json] [--format kobo]
 * [--encoding windows-1252] [--delimiter ";"] [--sheet Réponses] [--out dossier] [--fictional]`: prints
 * the validation report. Exit code 0 when no row was rejected (warnings are listed), 1 when rows
 * were rejected, 2 when the file cannot be read or holds no response (or `--out` names a file).
 */
export async function validateCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const file = args.positionals[0];
  if (file === undefined) throw new CliError(tr("missing_file", args.lang));
  const instrument = instrumentOption(args);
  const { format, encoding, delimiter, mapping, out } = args.options;
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
      ...(mapping !== undefined ? { mapping: readMapping(mapping, args, io) } : {}),
      ...(args.options.commune !== undefined ? { commune: args.options.commune } : {}),
      ...(args.options.year !== undefined ? { year: args.options.year } : {}),
      ...(args.options.sheet !== undefined ? { sheet: args.options.sheet } : {}),
      lang: args.lang,
    });
    io.out(reportMarkdown(wave.report, { lang: args.lang }));
    if (out !== undefined) {
      const write = writeOrFail(io, args.lang);
      const base = basename(file).replace(/\.[^.]+$/, "");
      write(join(out, `${base}.validation.${args.lang}.md`), reportMarkdown(wave.report, { lang: args.lang }));
      write(join(out, `${base}.validation.json`), reportJson(wave.report));
      write(
        join(out, `${base}.rejected.csv`),
        rejectedCsv(
          wave.report,
          wave.report.columns.map((c) => c.header),
          args.lang,
        ),
      );
    }
    return wave.provenance.rowsRejected > 0 ? ExitCode.rejected : ExitCode.ok;
  } catch (e) {
    if (e instanceof IngestError) throw new CliError(e.messages[args.lang]);
    throw e;
  }
}
