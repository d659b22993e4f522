import type ExcelJS from "exceljs";
import { codebookRows } from "../codebook/codebookRows.ts";
import type { BrusselsCommune } from "../communes/brusselsCommunes.ts";
import { tq } from "../messages/index.ts";
import { type CanonicalColumn, questionColumns } from "../model/columns.ts";
import { choiceList, type Instrument, instrumentKey } from "../model/instrument.ts";
import { DEFAULT_LANGUAGE, type Language } from "../model/language.ts";
import type { Question } from "../model/question.ts";
import { isNumericKind } from "../model/questionKind.ts";
import { workbookBytes } from "../output/workbookBytes.ts";
import { paperNumberText } from "../paperForm/conditionInWords.ts";
import { questionNumber } from "../paperForm/questionNumber.ts";
import { filterSentence, skipInstructions } from "../paperForm/skipInstructions.ts";

/** Options of {@link dataEntryTemplate}. */
export interface DataEntryTemplateOptions {
  /** Language of the sheet names, instructions, drop-down labels and help. Default: `"fr"`. */
  readonly lang?: Language;
  /** Commune of the survey: named in the instructions and in the validation command. Default: none. */
  readonly commune?: BrusselsCommune;
  /** Rows prepared with drop-down lists and number checks, one per paper form. Default: `1000`. */
  readonly rows?: number;
  /** File name shown in the validation command of the instructions. Default: `"<fichier>.xlsx"` / `"<bestand>.xlsx"`. */
  readonly file?: string;
}

/** Column of the respondent number: the `id` a codebook CSV has, read by ingest without mapping. */
export const DATA_ENTRY_ID_COLUMN = "id";

/** The value to type for a ticked box; `1` (and `0` for an empty box) are also accepted. */
export const TICK = "x";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE6F0" } };
const HEADER_FILL_ALT: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2E6D0" } };

/** Spreadsheet column letters of a 1-based index: 1 → A, 27 → AA. */
function letters(index: number): string {
  let n = index;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Excel's limits on a validation's prompt: title 32 characters, text 255. */
const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function rangeOf(q: Question): { min?: number; max?: number } {
  return {
    ...(q.range?.min !== undefined ? { min: q.range.min } : q.kind === "percent" ? { min: 0 } : {}),
    ...(q.range?.max !== undefined ? { max: q.range.max } : q.kind === "percent" ? { max: 100 } : {}),
  };
}

function rangeText(q: Question, lang: Language): string {
  const { min, max } = rangeOf(q);
  if (min !== undefined && max !== undefined)
    return tq("paper_range_between", lang, { min: paperNumberText(min), max: paperNumberText(max) });
  if (min !== undefined) return tq("paper_range_min", lang, { min: paperNumberText(min) });
  if (max !== undefined) return tq("paper_range_max", lang, { max: paperNumberText(max) });
  return "";
}

interface EntryColumn {
  readonly name: string;
  readonly question: Question | null;
  readonly column: CanonicalColumn | null;
  /** Printed question number (`B1`), or empty for the id. */
  readonly number: string;
  /** What to type, in words. */
  readonly what: string;
  /** The filter sentence, or empty. */
  readonly filter: string;
}

function entryColumns(instrument: Instrument, lang: Language): EntryColumn[] {
  const skips = new Map(skipInstructions(instrument).map((s) => [s.question, s]));
  const out: EntryColumn[] = [
    {
      name: DATA_ENTRY_ID_COLUMN,
      question: null,
      column: null,
      number: "",
      what: tq("entry_what_id", lang),
      filter: "",
    },
  ];
  for (const q of instrument.questions) {
    const filter = filterSentence(instrument, skips.get(q.id)!, lang);
    const choices = q.list === undefined ? [] : choiceList(instrument, q).choices;
    for (const c of questionColumns(instrument, q)) {
      let what: string;
      if (c.role === "indicator") {
        const label = choices.find((x) => x.code === c.choice)!.label[lang];
        what = tq("entry_what_indicator", lang, { choice: label });
      } else if (c.role === "otherText") {
        what = tq("entry_what_other", lang, { choice: choices.find((x) => x.other)?.label[lang] ?? "" });
      } else if (isNumericKind(q.kind)) {
        what = tq("entry_what_number", lang, { range: rangeText(q, lang) }).trim();
      } else if (q.kind === "date") {
        what = tq("entry_what_date", lang);
      } else if (q.kind === "text") {
        what = tq("entry_what_text", lang);
      } else {
        what = tq("entry_what_choice", lang);
      }
      out.push({
        name: c.name,
        question: q,
        column: c,
        number: questionNumber(instrument, q.id),
        what,
        filter: filter === null ? "" : `${filter} ${tq("entry_filter_blank", lang)}`,
      });
    }
  }
  return out;
}

/** Fills a sheet with a header row and rows, bold header, frozen first row, given widths. */
function tableSheet(
  ws: ExcelJS.Worksheet,
  startRow: number,
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  widths: readonly number[],
): void {
  const h = ws.getRow(startRow);
  header.forEach((v, i) => {
    h.getCell(i + 1).value = v;
  });
  h.font = { bold: true };
  rows.forEach((r, k) => {
    const row = ws.getRow(startRow + 1 + k);
    r.forEach((v, i) => {
      row.getCell(i + 1).value = v;
    });
    row.alignment = { wrapText: true, vertical: "top" };
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/**
 * The data-entry template for paper forms, as .xlsx bytes: one sheet to type into (« Saisie » /
 * « Invoer »: one row per paper form; the first column is the respondent number `id`, then one
 * column per canonical column of the instrument — single choice as a drop-down of the choice labels
 * in the chosen language, multiple choice as one column per choice where a ticked box is typed `x`,
 * numbers checked against their range, the question and its skip filter shown when a cell is
 * selected and in a note on each header cell), a sheet of instructions, the codebook of the
 * instrument, and the lists behind the drop-downs. The header row holds the canonical column names,
 * so `readWave` (a codebook layout) reads a filled template with every column recognised and no
 * mapping; labels in either language are read back as their codes. Excel only warns on a value
 * outside a list or range (what is written on paper is kept, and validation reports it). The first
 * sheet must stay first: it is the one ingest reads. Deterministic bytes (fixed workbook dates).
 *
 * @example const bytes = await dataEntryTemplate(worker2025, { lang: "nl", commune: findBrusselsCommune("1080") });
 */
export async function dataEntryTemplate(
  instrument: Instrument,
  options: DataEntryTemplateOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const rows = options.rows ?? 1000;
  const last = rows + 1;
  const wb = new (await import("exceljs")).default.Workbook();
  const entryName = tq("entry_sheet", lang);
  const listsName = tq("entry_lists_sheet", lang);
  const entry = wb.addWorksheet(entryName, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  const instructions = wb.addWorksheet(tq("entry_instructions_sheet", lang));
  const codebook = wb.addWorksheet(tq("entry_codebook_sheet", lang), { views: [{ state: "frozen", ySplit: 1 }] });
  const lists = wb.addWorksheet(listsName, { views: [{ state: "frozen", ySplit: 1 }] });

  // Lists behind the drop-downs: one column per choice list used by a single or ordinal question.
  const listColumn = new Map<string, string>();
  for (const list of instrument.lists) {
    const used = instrument.questions.some(
      (q) => q.list === list.name && (q.kind === "single" || q.kind === "ordinal"),
    );
    if (!used) continue;
    const at = listColumn.size + 1;
    const col = letters(at);
    lists.getCell(`${col}1`).value = list.name;
    list.choices.forEach((c, i) => {
      lists.getCell(`${col}${i + 2}`).value = c.label[lang];
    });
    lists.getColumn(at).width = Math.min(60, Math.max(14, ...list.choices.map((c) => c.label[lang].length + 2)));
    listColumn.set(list.name, `'${listsName}'!$${col}$2:$${col}$${list.choices.length + 1}`);
  }
  lists.getRow(1).font = { bold: true };

  const columns = entryColumns(instrument, lang);
  const validations = (entry as unknown as { dataValidations: { add: (a: string, v: ExcelJS.DataValidation) => void } })
    .dataValidations;
  const warning = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "warning" as const,
    errorTitle: tq("entry_error_title", lang),
    error: tq("entry_error", lang),
    showInputMessage: true,
  };
  let module = "";
  let alt = false;
  columns.forEach((c, i) => {
    const at = i + 1;
    const col = letters(at);
    const cell = entry.getCell(`${col}1`);
    cell.value = c.name;
    if (c.question && c.question.module !== module) {
      module = c.question.module;
      alt = !alt;
    }
    cell.fill = alt ? HEADER_FILL : HEADER_FILL_ALT;
    const q = c.question;
    const title = q ? `${c.number}. ${q.label[lang]}` : c.what;
    cell.note = [title, q?.hint?.[lang], q ? c.what : undefined, c.filter || undefined].filter(Boolean).join("\n\n");
    entry.getColumn(at).width = Math.max(q?.kind === "text" ? 40 : 12, c.name.length + 3);
    const range = `${col}2:${col}${last}`;
    // Shown when a cell is selected: the question (short), then what to type, which is never cut.
    const choice =
      c.column?.choice === undefined
        ? undefined
        : choiceList(instrument, q!).choices.find((x) => x.code === c.column!.choice);
    const prompt = {
      ...warning,
      promptTitle: clip(q ? `${c.number} — ${choice?.label[lang] ?? q.short?.[lang] ?? q.label[lang]}` : c.name, 32),
      prompt: q ? `${clip(q.label[lang], 255 - c.what.length - 3)} — ${c.what}` : clip(c.what, 255),
    };
    if (!q) {
      validations.add(range, { ...prompt, type: "whole", operator: "between", formulae: [1, 999999] });
      return;
    }
    if (c.column?.role === "indicator") {
      validations.add(range, { ...prompt, type: "list", formulae: [`"${TICK},1,0"`] });
    } else if (c.column?.role === "answer" && (q.kind === "single" || q.kind === "ordinal")) {
      validations.add(range, { ...prompt, type: "list", formulae: [listColumn.get(q.list!)!] });
    } else if (c.column?.role === "answer" && isNumericKind(q.kind)) {
      const { min, max } = rangeOf(q);
      const type = q.kind === "integer" ? "whole" : "decimal";
      if (min !== undefined && max !== undefined)
        validations.add(range, { ...prompt, type, operator: "between", formulae: [min, max] });
      else if (min !== undefined)
        validations.add(range, { ...prompt, type, operator: "greaterThanOrEqual", formulae: [min] });
      else if (max !== undefined)
        validations.add(range, { ...prompt, type, operator: "lessThanOrEqual", formulae: [max] });
      else validations.add(range, { ...prompt, type, operator: "between", formulae: [-1e15, 1e15] });
    } else {
      // Text and dates: no check, only the question shown when a cell is selected.
      const { promptTitle, prompt: text } = prompt;
      validations.add(range, {
        type: "any" as ExcelJS.DataValidation["type"],
        showInputMessage: true,
        promptTitle,
        prompt: text,
        formulae: [],
      });
    }
  });
  const header = entry.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center" };

  // Instructions: steps, then what each column holds.
  const commune = options.commune;
  const file = options.file ?? (lang === "fr" ? "<fichier>.xlsx" : "<bestand>.xlsx");
  const command = `pnpm monitoring validate ${file} --instrument ${instrumentKey(instrument)}${commune ? ` --commune ${commune.postcode}` : ""}${lang === "nl" ? " --lang nl" : ""}`;
  instructions.getCell("A1").value = tq("entry_title", lang, { title: instrument.title[lang] });
  instructions.getCell("A1").font = { bold: true, size: 14 };
  let r = 2;
  if (commune) {
    instructions.getCell(`A${r}`).value = tq("paper_commune", lang, {
      commune: `${commune.name[lang]} (${commune.postcode})`,
    });
    r++;
  }
  r++;
  tq("entry_steps", lang, { sheet: entryName, command })
    .split("\n")
    .forEach((step, k) => {
      instructions.getCell(`A${r}`).value = `${k + 1}. ${step}`;
      instructions.getCell(`A${r}`).alignment = { wrapText: true, vertical: "top" };
      r++;
    });
  r++;
  instructions.getCell(`A${r}`).value = tq("entry_columns_title", lang, { sheet: entryName });
  instructions.getCell(`A${r}`).font = { bold: true, size: 12 };
  r++;
  // One wide first column carries the steps; the column table starts beside nothing else.
  tableSheet(
    instructions,
    r,
    [
      tq("entry_col_column", lang),
      tq("entry_col_question", lang),
      tq("entry_col_text", lang),
      tq("entry_col_what", lang),
      tq("entry_col_filter", lang),
    ],
    columns.map((c) => [c.name, c.number || null, c.question?.label[lang] ?? null, c.what, c.filter || null]),
    [28, 10, 60, 50, 60],
  );
  for (let k = 3; k < r; k++) instructions.mergeCells(`A${k}:E${k}`);

  // Codebook of this instrument, in the chosen language.
  tableSheet(
    codebook,
    1,
    [
      tq("entry_cb_id", lang),
      tq("entry_cb_module", lang),
      tq("entry_cb_kind", lang),
      tq("entry_cb_question", lang),
      tq("entry_cb_codes", lang),
      tq("entry_cb_labels", lang),
      tq("entry_cb_range", lang),
      tq("entry_cb_required", lang),
      tq("entry_cb_filter", lang),
    ],
    codebookRows([instrument]).map((row) => [
      row.id,
      row.moduleLabel[lang],
      row.kind,
      row.label[lang],
      row.choices.map((c) => c.code).join(" | ") || null,
      row.choices.map((c) => c.label[lang]).join(" | ") || null,
      row.range,
      row.required ? tq("entry_yes", lang) : null,
      row.relevant?.[lang] ?? null,
    ]),
    [12, 24, 10, 60, 40, 60, 10, 12, 40],
  );
  return workbookBytes(wb);
}
