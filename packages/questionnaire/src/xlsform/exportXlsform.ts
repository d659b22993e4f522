import type ExcelJS from "exceljs";
import { otherTextColumn } from "../model/columns.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import type { Question } from "../model/question.ts";
import { workbookBytes } from "../output/workbookBytes.ts";
import { toRelevant } from "./relevantExpression.ts";
import { CHOICES_COLUMNS, col, SETTINGS_COLUMNS, SURVEY_COLUMNS, XLSFORM_LANGUAGES } from "./xlsformColumns.ts";

type Row = Partial<Record<string, string | number>>;

const fmt = (v: number) => String(v);

/** `constraint` and its messages for a numeric range; `undefined` when unbounded. */
function rangeConstraint(q: Question): { constraint: string; fr: string; nl: string } | undefined {
  const min = q.range?.min ?? (q.kind === "percent" ? 0 : undefined);
  const max = q.range?.max ?? (q.kind === "percent" ? 100 : undefined);
  const parts = [min !== undefined ? `. >= ${fmt(min)}` : "", max !== undefined ? `. <= ${fmt(max)}` : ""].filter(
    Boolean,
  );
  if (parts.length === 0) return undefined;
  const nb = (v: number | undefined) => (v === undefined ? "" : fmt(v).replace(".", ","));
  return {
    constraint: parts.join(" and "),
    fr:
      min !== undefined && max !== undefined
        ? `Entre ${nb(min)} et ${nb(max)}.`
        : min !== undefined
          ? `Au moins ${nb(min)}.`
          : `Au plus ${nb(max)}.`,
    nl:
      min !== undefined && max !== undefined
        ? `Tussen ${nb(min)} en ${nb(max)}.`
        : min !== undefined
          ? `Minstens ${nb(min)}.`
          : `Hoogstens ${nb(max)}.`,
  };
}

function typeOf(q: Question): string {
  switch (q.kind) {
    case "single":
    case "ordinal":
      return `select_one ${q.list}`;
    case "multiple":
      return `select_multiple ${q.list}`;
    case "percent":
      return "decimal";
    default:
      return q.kind;
  }
}

/** The rows of the `survey` sheet, modules as groups, "other, specify" as a text row after its question. */
export function surveyRows(instrument: Instrument): Row[] {
  const rows: Row[] = [];
  for (const m of instrument.modules) {
    const questions = instrument.questions.filter((q) => q.module === m.id);
    if (questions.length === 0) continue;
    rows.push({ type: "begin_group", name: m.id, [col("label", "fr")]: m.label.fr, [col("label", "nl")]: m.label.nl });
    for (const q of questions) {
      const range = rangeConstraint(q);
      rows.push({
        type: typeOf(q),
        name: q.id,
        [col("label", "fr")]: q.label.fr,
        [col("label", "nl")]: q.label.nl,
        [col("hint", "fr")]: q.hint?.fr,
        [col("hint", "nl")]: q.hint?.nl,
        required: q.required ? "yes" : undefined,
        relevant: q.relevant ? toRelevant(q.relevant) : undefined,
        constraint: range?.constraint,
        [col("constraint_message", "fr")]: range?.fr,
        [col("constraint_message", "nl")]: range?.nl,
        monitoring_kind: q.kind === "ordinal" || q.kind === "percent" ? q.kind : undefined,
        [col("monitoring_short", "fr")]: q.short?.fr,
        [col("monitoring_short", "nl")]: q.short?.nl,
      });
      const other = q.list === undefined ? undefined : choiceList(instrument, q).choices.find((c) => c.other);
      if (other && (q.kind === "single" || q.kind === "multiple")) {
        rows.push({
          type: "text",
          name: otherTextColumn(q.id),
          [col("label", "fr")]: `${q.short?.fr ?? q.id} : précisez « ${other.label.fr} »`,
          [col("label", "nl")]: `${q.short?.nl ?? q.id}: preciseer ‘${other.label.nl}’`,
          relevant: `selected(\${${q.id}}, '${other.code}')`,
          monitoring_kind: "other_text",
        });
      }
    }
    rows.push({ type: "end_group", name: m.id });
  }
  return rows;
}

function addSheet(wb: ExcelJS.Workbook, name: string, columns: readonly string[], rows: readonly Row[]): void {
  const ws = wb.addWorksheet(name);
  ws.addRow([...columns]);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(columns.map((c) => r[c] ?? null));
  ws.columns.forEach((c, i) => {
    c.width = i < 2 ? 22 : 40;
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

/**
 * Exports an instrument as an XLSForm workbook (.xlsx bytes) for KoboToolbox or ODK: sheets
 * `survey` (modules as groups; `label`, `hint` and `constraint_message` in French and Dutch;
 * `required`, `relevant`, `constraint`), `choices` and `settings` (default language French).
 * Deterministic: the same instrument gives the same bytes (fixed dates in the workbook and zip).
 *
 * @example const bytes = await exportXlsform(worker2025); // then writeFileSync("worker-2025.xlsx", bytes)
 */
export async function exportXlsform(instrument: Instrument): Promise<Uint8Array> {
  const wb = new (await import("exceljs")).default.Workbook();
  addSheet(wb, "survey", SURVEY_COLUMNS, surveyRows(instrument));
  addSheet(
    wb,
    "choices",
    CHOICES_COLUMNS,
    instrument.lists.flatMap((l) =>
      l.choices.map((c) => ({
        list_name: l.name,
        name: c.code,
        [col("label", "fr")]: c.label.fr,
        [col("label", "nl")]: c.label.nl,
        monitoring_value: c.value,
        monitoring_missing: c.missing ? "yes" : undefined,
        monitoring_other: c.other ? "yes" : undefined,
        monitoring_centre: c.centre ? "yes" : undefined,
        [col("monitoring_result", "fr")]: c.result?.fr,
        [col("monitoring_result", "nl")]: c.result?.nl,
      })),
    ),
  );
  addSheet(wb, "settings", SETTINGS_COLUMNS, [
    {
      form_title: instrument.title.fr,
      form_id: `${instrument.id}_${instrument.version}`,
      version: instrument.version,
      default_language: XLSFORM_LANGUAGES.fr,
      monitoring_instrument: instrument.id,
      [col("monitoring_title", "nl")]: instrument.title.nl,
    },
  ]);
  return workbookBytes(wb);
}
