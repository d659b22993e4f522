import type { Language } from "@monitoring-social/questionnaire";
import { fileErrorReason } from "../fileErrorReason.ts";
import { tr } from "../messages/index.ts";
import { CliError, type CliIo } from "./io.ts";

/**
 * Checks, before any work, that `--out` can be a folder: a path naming an existing file is refused
 * with a message (nothing is written). A missing folder is created by the writes.
 * @throws CliError (`out_is_file`, exit 2).
 * @example checkOutDir(io, "rapport.csv", "fr") // throws « --out « rapport.csv » est un fichier qui existe déjà … »
 */
export function checkOutDir(io: CliIo, dir: string, lang: Language): void {
  if (io.pathKind?.(dir) === "file") throw new CliError(tr("out_is_file", lang, { dir }));
}

/**
 * `io.writeFile`, with a failed write told in the user's language (file and reason, never the
 * system's text) instead of thrown as is.
 * @example writeOrFail(io, "nl")("uit/x.csv", "…") // throws « Kan « uit/x.csv » niet schrijven (toegang geweigerd) … » when denied
 */
export function writeOrFail(io: CliIo, lang: Language): (path: string, data: string | Uint8Array) => void {
  return (path, data) => {
    try {
      io.writeFile(path, data);
    } catch (e) {
      throw new CliError(tr("unwritable_file", lang, { file: path, detail: fileErrorReason(e, lang) }));
    }
  };
}

/**
 * Why a JSON text does not parse, in the user's language, with the line and column of the fault
 * when the parser gives its position.
 * @example jsonErrorDetail("{pas du json", error, "fr") // => "JSON invalide à la ligne 1, colonne 2"
 */
export function jsonErrorDetail(text: string, error: unknown, lang: Language): string {
  const m = /position (\d+)/.exec(String((error as Error)?.message ?? ""));
  if (!m) return tr("json_invalid", lang);
  const at = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, at).split(/\r\n|\n|\r/);
  return tr("json_invalid_at", lang, { line: before.length, column: before.at(-1)!.length + 1 });
}
