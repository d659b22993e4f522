import type ExcelJS from "exceljs";
import type { QuestionnaireMessageCode } from "../messages/fr.ts";
import { tq } from "../messages/index.ts";
import type { Choice, ChoiceList } from "../model/choice.ts";
import { OTHER_TEXT_SUFFIX } from "../model/columns.ts";
import type { Instrument, Module } from "../model/instrument.ts";
import { DEFAULT_LANGUAGE, type Language, type LocalizedText } from "../model/language.ts";
import type { Question, Range } from "../model/question.ts";
import type { QuestionKind } from "../model/questionKind.ts";
import { parseRelevant, RelevantSyntaxError } from "./relevantExpression.ts";
import { col } from "./xlsformColumns.ts";

/** Error of {@link importXlsform}: names the sheet, row and value, in French and Dutch. */
export class XlsformError extends Error {
  /** Stable message code. */
  readonly code: QuestionnaireMessageCode;
  /** The message in both languages. */
  readonly messages: LocalizedText;
  constructor(code: QuestionnaireMessageCode, params: Record<string, string | number>, lang: Language) {
    const messages = { fr: tq(code, "fr", params), nl: tq(code, "nl", params) };
    super(messages[lang]);
    this.name = "XlsformError";
    this.code = code;
    this.messages = messages;
  }
}

/** Options of {@link importXlsform}. */
export interface ImportXlsformOptions {
  /** Language of error messages. Default: `"fr"`. */
  readonly lang?: Language;
}

type SheetRows = { header: string[]; rows: { row: number; get: (c: string) => string }[] };

function readSheet(wb: ExcelJS.Workbook, name: string, required: readonly string[], lang: Language): SheetRows {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new XlsformError("xlsform_missing_sheet", { sheet: name }, lang);
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, i) => {
    header[i] = cell.text.trim();
  });
  for (const c of required)
    if (!header.includes(c)) throw new XlsformError("xlsform_missing_column", { sheet: name, column: c }, lang);
  const rows: SheetRows["rows"] = [];
  ws.eachRow((r, rowNumber) => {
    if (rowNumber === 1) return;
    const values = new Map<string, string>();
    header.forEach((h, i) => {
      if (h) values.set(h, r.getCell(i).text.trim());
    });
    if ([...values.values()].every((v) => v === "")) return;
    rows.push({ row: rowNumber, get: (c) => values.get(c) ?? "" });
  });
  return { header, rows };
}

const localized = (get: (c: string) => string, base: string): LocalizedText => ({
  fr: get(col(base, "fr")) || get(base),
  nl: get(col(base, "nl")),
});
const optionalLocalized = (get: (c: string) => string, base: string): LocalizedText | undefined => {
  const t = localized(get, base);
  return t.fr === "" && t.nl === "" ? undefined : t;
};

/** Reads `. >= a and . <= b` back into a range; other constraints are left aside. */
function parseRange(constraint: string): Range | undefined {
  if (!constraint) return undefined;
  const min = /\.\s*>=\s*(-?[\d.]+)/.exec(constraint);
  const max = /\.\s*<=\s*(-?[\d.]+)/.exec(constraint);
  if (!min && !max) return undefined;
  return { ...(min ? { min: Number(min[1]) } : {}), ...(max ? { max: Number(max[1]) } : {}) };
}

/**
 * Reads an XLSForm workbook (.xlsx bytes) into an {@link Instrument}: the subset written by
 * `exportXlsform` (groups as modules, select_one/select_multiple/integer/decimal/text/date, labels
 * and hints in French and Dutch, required, relevant, range constraints), so that a group can edit
 * the form in a spreadsheet and load it back. Export then import gives an equal instrument.
 *
 * Validate the result with `validateInstrument` before use.
 *
 * @throws XlsformError naming the sheet, row and value, for an unreadable file, a missing sheet or
 * column, an unsupported type, an unknown list or a condition outside the supported subset.
 * @example const instrument = importXlsform(readFileSync("worker-2025.xlsform.xlsx"))
 */
export async function importXlsform(bytes: Uint8Array, options: ImportXlsformOptions = {}): Promise<Instrument> {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const wb = new (await import("exceljs")).default.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsformError("xlsform_unreadable", { detail: (e as Error).message.slice(0, 120) }, lang);
  }
  const survey = readSheet(wb, "survey", ["type", "name"], lang);
  const choicesSheet = readSheet(wb, "choices", ["list_name", "name"], lang);
  const settings = readSheet(wb, "settings", [], lang);

  const lists: ChoiceList[] = [];
  for (const r of choicesSheet.rows) {
    const name = r.get("list_name");
    let list = lists.find((l) => l.name === name);
    if (!list) {
      list = { name, choices: [] };
      lists.push(list);
    }
    const rawValue = r.get("monitoring_value");
    const value = rawValue === "" ? undefined : Number(rawValue.replace(",", "."));
    if (value !== undefined && !Number.isFinite(value)) {
      throw new XlsformError(
        "xlsform_bad_number",
        { sheet: "choices", row: r.row, value: rawValue, column: "monitoring_value" },
        lang,
      );
    }
    const result = optionalLocalized(r.get, "monitoring_result");
    const choice: Choice = {
      code: r.get("name"),
      label: localized(r.get, "label"),
      ...(result ? { result } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(r.get("monitoring_missing") === "yes" ? { missing: true } : {}),
      ...(r.get("monitoring_other") === "yes" ? { other: true } : {}),
      ...(r.get("monitoring_centre") === "yes" ? { centre: true } : {}),
    };
    (list.choices as Choice[]).push(choice);
  }

  const modules: Module[] = [];
  const questions: Question[] = [];
  let module: string | undefined;
  for (const r of survey.rows) {
    const type = r.get("type").replace(/\s+/g, " ");
    const name = r.get("name");
    if (type === "begin_group" || type === "begin group") {
      module = name;
      modules.push({ id: name, label: localized(r.get, "label") });
      continue;
    }
    if (type === "end_group" || type === "end group") {
      module = undefined;
      continue;
    }
    if (r.get("monitoring_kind") === "other_text" || name.endsWith(`__${OTHER_TEXT_SUFFIX}`)) continue;
    if (module === undefined) throw new XlsformError("xlsform_outside_group", { row: r.row, name }, lang);
    const [base, list] = type.split(" ");
    const marker = r.get("monitoring_kind");
    let kind: QuestionKind;
    if (base === "select_one") kind = marker === "ordinal" ? "ordinal" : "single";
    else if (base === "select_multiple") kind = "multiple";
    else if (base === "decimal") kind = marker === "percent" ? "percent" : "decimal";
    else if (base === "integer" || base === "text" || base === "date") kind = base;
    else throw new XlsformError("xlsform_unknown_type", { row: r.row, type, name }, lang);
    if (list !== undefined && !lists.some((l) => l.name === list)) {
      throw new XlsformError("xlsform_unknown_list", { row: r.row, name, list }, lang);
    }
    let relevant: Question["relevant"];
    const expression = r.get("relevant");
    if (expression) {
      try {
        relevant = parseRelevant(expression);
      } catch (e) {
        if (!(e instanceof RelevantSyntaxError)) throw e;
        throw new XlsformError("xlsform_bad_expression", { row: r.row, name, expression, detail: e.message }, lang);
      }
    }
    let range = parseRange(r.get("constraint"));
    // A percent's 0–100 is implied by its kind: keep the range only when narrower.
    if (kind === "percent" && range?.min === 0 && range?.max === 100) range = undefined;
    const hint = optionalLocalized(r.get, "hint");
    const short = optionalLocalized(r.get, "monitoring_short");
    questions.push({
      id: name,
      module,
      kind,
      label: localized(r.get, "label"),
      ...(hint ? { hint } : {}),
      ...(list !== undefined ? { list } : {}),
      ...(r.get("required") === "yes" || r.get("required") === "true" ? { required: true } : {}),
      ...(range ? { range } : {}),
      ...(relevant ? { relevant } : {}),
      ...(short ? { short } : {}),
    });
  }

  const s = settings.rows[0]?.get ?? (() => "");
  const version = s("version");
  const formId = s("form_id");
  return {
    id: s("monitoring_instrument") || formId.replace(new RegExp(`_${version}$`), "") || formId,
    version,
    title: { fr: s("form_title"), nl: s(col("monitoring_title", "nl")) },
    modules,
    lists,
    questions,
  };
}
