import {
  canonicalColumns,
  choiceList,
  dataEntryTemplate,
  findBrusselsCommune,
  type Instrument,
  type Language,
  simulateResponses,
  TICK,
  worker2021,
  worker2025,
} from "@monitoring-social/questionnaire";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWave } from "../../src/index.ts";
import { objectsForCompare } from "../helpers.ts";

/**
 * Types simulated answers into the data-entry template as a paper-form encoder does in Excel: the
 * respondent number, the choice label picked from the drop-down (in the template's language), `x`
 * for a ticked box and nothing for an empty one, numbers as numbers, dates as Excel dates.
 */
async function fill(template: Uint8Array, instrument: Instrument, rows: Record<string, unknown>[], lang: Language) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  const labelOf = new Map<string, Map<string, string>>();
  for (const q of instrument.questions)
    if (q.kind === "single" || q.kind === "ordinal")
      labelOf.set(q.id, new Map(choiceList(instrument, q).choices.map((c) => [c.code, c.label[lang]])));
  rows.forEach((row, i) => {
    const r = ws.getRow(i + 2);
    header.forEach((name, j) => {
      const v = name === "id" ? i + 1 : row[name];
      if (v === null || v === undefined || v === false) return;
      const q = instrument.questions.find((x) => x.id === name);
      const cell = r.getCell(j + 1);
      if (v === true) cell.value = TICK;
      else if (q?.kind === "date") cell.value = new Date(`${v}T00:00:00Z`);
      else if (labelOf.has(name)) cell.value = labelOf.get(name)!.get(String(v))!;
      else cell.value = v as string | number;
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readWave on a filled data-entry template (paper forms typed into Excel)", () => {
  it.each<[string, Instrument, Language]>([
    ["worker 2025, French template", worker2025, "fr"],
    ["worker 2025, Dutch template", worker2025, "nl"],
    ["worker 2021, French template", worker2021, "fr"],
  ])("reads every column with no mapping and gives back the answers typed (%s)", async (_n, instrument, lang) => {
    const simulated = simulateResponses(instrument, { n: 60, seed: 13, commune: "1190" });
    const template = await dataEntryTemplate(instrument, { lang, commune: findBrusselsCommune("1190")!, rows: 100 });
    const filled = await fill(template, instrument, simulated.objects() as Record<string, unknown>[], lang);
    const wave = await readWave(filled, { instrument, fictional: true, file: "saisie.xlsx", commune: "1190" });

    expect(wave.provenance.format).toBe("codebook");
    expect(wave.report.columns.filter((c) => c.binding.kind === "unmatched")).toEqual([]);
    expect(wave.report.columns[0]).toMatchObject({ header: "id", binding: { kind: "id" } });
    const bound = wave.report.columns.length - 1;
    expect(bound).toBe(canonicalColumns(instrument).length - 3); // every canonical column but id, vague, commune
    expect(wave.report.problems).toEqual([]);
    expect(wave.provenance.rowsAccepted).toBe(60);
    expect(wave.table.array("id")).toEqual(Array.from({ length: 60 }, (_, i) => String(i + 1)));
    const compare = { dropId: true, noneTickedAsBlank: true };
    expect(objectsForCompare(wave.table, compare)).toEqual(objectsForCompare(simulated, compare));
  });
});
