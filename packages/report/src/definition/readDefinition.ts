import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Language } from "@monitoring-social/questionnaire";
import { fileErrorReason } from "../fileErrorReason.ts";
import { ReportError } from "../reportError.ts";
import { parseDefinition } from "./checkDefinition.ts";
import type { ReportDefinition } from "./reportDefinition.ts";

/** Options of {@link readDefinition}. */
export interface ReadDefinitionOptions {
  /** Reads a JSON file. Default: `fs.readFileSync`. */
  readonly readFile?: (path: string) => Uint8Array;
  /** Language of errors. Default: `"fr"`. */
  readonly lang?: Language;
}

/**
 * Reads a report definition from a file: a JSON file (a commune's report, without code; shape
 * checked, standard sections when it has none) or a TypeScript/JavaScript module whose default
 * export is the definition (`export default defineReport({…})`).
 * @throws ReportError when the file cannot be read, is not valid, or exports no definition.
 * @example const definition = await readDefinition("reports/schaerbeek-2021-2025/report.ts")
 */
export async function readDefinition(path: string, options: ReadDefinitionOptions = {}): Promise<ReportDefinition> {
  const { lang } = options;
  const ext = extname(path);
  if (ext === ".json") {
    let text: string;
    try {
      text = new TextDecoder().decode((options.readFile ?? readFileSync)(path));
    } catch (e) {
      throw new ReportError("unreadable_file", (l) => ({ file: path, detail: fileErrorReason(e, l) }), lang);
    }
    return parseDefinition(text, path, lang);
  }
  if (ext === ".ts" || ext === ".js" || ext === ".mjs") {
    let module: { default?: ReportDefinition };
    try {
      module = (await import(pathToFileURL(resolve(path)).href)) as { default?: ReportDefinition };
    } catch (e) {
      if (e instanceof ReportError) throw e;
      throw new ReportError("unreadable_file", { file: path, detail: (e as Error).message.split("\n")[0]! }, lang);
    }
    if (!module.default) throw new ReportError("definition_no_default", { file: path }, lang);
    return module.default;
  }
  throw new ReportError("definition_extension", { file: path }, lang);
}
