import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CHART_TEXT,
  ChartFormat,
  chartMessages,
  checkDutch,
  type DutchIssue,
  type DutchScope,
  GALLERY_BUILDERS,
  galleryChart,
} from "../../packages/charts/src/index.ts";
import { ingestMessages, REPORT_TEXT } from "../../packages/ingest/src/index.ts";
import {
  CODEBOOK_TEXT,
  choiceResultLabel,
  describeCondition,
  type Instrument,
  questionnaireMessages,
  when,
  workerInstruments,
} from "../../packages/questionnaire/src/index.ts";
import { PLACEHOLDERS, reportMessages, WORKER_SECTIONS } from "../../packages/report/src/index.ts";
import { statsMessages, TEST_REASON_TEXT } from "../../packages/stats/src/index.ts";
import schaerbeek from "../../reports/schaerbeek-2021-2025/report.ts";

/**
 * Every Dutch text the project writes follows the reviewed glossary and the nl-BE typography
 * (`packages/charts/src/locale/dutchGlossary.ts`): each package's nl catalogue, the questionnaire's
 * labels (form and results), the report definitions, and every text of the chart gallery.
 */
type Text = { where: string; text: string; scope: DutchScope };

/** Every string of a catalogue (nested objects included), named `name:path`. */
function strings(name: string, value: unknown, path = ""): Text[] {
  if (typeof value === "string") return [{ where: `${name}:${path}`, text: value, scope: "results" }];
  if (typeof value === "function") return [];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => strings(name, v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The Dutch texts of an instrument: what respondents read (form) and what results print. */
function instrumentTexts(instrument: Instrument): Text[] {
  const id = `${instrument.id}@${instrument.version}`;
  const form = (where: string, text: string | undefined): Text[] =>
    text === undefined ? [] : [{ where: `${id}:${where}`, text, scope: "form" }];
  const results = (where: string, text: string): Text[] => [{ where, text, scope: "results" }];
  return [
    ...form("title", instrument.title.nl),
    ...instrument.modules.flatMap((m) => form(`module:${m.id}`, m.label.nl)),
    ...instrument.questions.flatMap((q) => [
      ...form(`question:${q.id}`, q.label.nl),
      ...form(`hint:${q.id}`, q.hint?.nl),
      // The short label titles the charts and tables.
      ...(q.short ? results(`short:${q.id}`, q.short.nl) : []),
    ]),
    ...instrument.lists.flatMap((list) =>
      list.choices.flatMap((c) => [
        ...form(`choice:${list.name}.${c.code}`, c.label.nl),
        ...results(`choice:${list.name}.${c.code}`, choiceResultLabel(c, "nl")),
      ]),
    ),
  ];
}

/** The Dutch texts of a report definition (title, subtitle, source, section titles and bodies). */
function definitionTexts(name: string, definition: unknown): Text[] {
  const out: Text[] = [];
  const walk = (value: unknown, path: string) => {
    if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "nl" && typeof v === "string") out.push({ where: `${name}:${path}`, text: v, scope: "results" });
        else walk(v, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(definition, "");
  return out;
}

const root = join(import.meta.dirname, "../..");
const texts: Text[] = [
  ...strings("questionnaire", questionnaireMessages.nl),
  ...strings("codebook", CODEBOOK_TEXT.nl),
  ...strings("ingest", ingestMessages.nl),
  ...strings("validation-report", REPORT_TEXT.nl),
  ...strings("stats", statsMessages.nl),
  ...strings("stats-tests", TEST_REASON_TEXT.nl),
  ...strings("charts", chartMessages.nl),
  ...strings("charts-text", CHART_TEXT.nl),
  ...strings("report", reportMessages.nl),
  ...strings("pseudonymise", PLACEHOLDERS.nl),
  { where: "describeCondition", text: describeCondition(when.selected("C1", "commune"), "nl"), scope: "form" },
  ...workerInstruments.flatMap(instrumentTexts),
  ...definitionTexts("worker-sections", WORKER_SECTIONS),
  ...definitionTexts("schaerbeek", schaerbeek),
  ...definitionTexts(
    "modele-commune",
    JSON.parse(readFileSync(join(root, "reports/modele-commune/rapport.json"), "utf8")),
  ),
  ...GALLERY_BUILDERS.flatMap((builder) =>
    Object.values(ChartFormat).flatMap((format) => {
      const { meta } = galleryChart(builder, "nl", format);
      return (["title", "subtitle", "source", "note", "altText"] as const).flatMap((k) =>
        meta[k] ? [{ where: `gallery:${builder}.${format}.${k}`, text: meta[k]!, scope: "results" as const }] : [],
      );
    }),
  ),
];

const show = (issues: readonly DutchIssue[]) =>
  issues.map((i) => `${i.where}: « ${i.found} » → ${i.write} (${i.why})`).join("\n");

describe("Dutch glossary", () => {
  it("scans the catalogues and labels of every package", () => {
    expect(texts.length).toBeGreaterThan(700);
    for (const prefix of ["questionnaire:", "ingest:", "stats:", "charts:", "report:", "worker@2025:", "gallery:"]) {
      expect(
        texts.some((t) => t.where.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  it("no Dutch text uses a form the glossary forbids or French typography", () => {
    const issues = texts.flatMap((t) => checkDutch(t.text, t.where, t.scope));
    expect(show(issues)).toBe("");
  });
});
