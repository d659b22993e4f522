import { readFileSync } from "node:fs";
import {
  choiceList,
  type Instrument,
  indicatorColumn,
  simulateResponses,
  tableToCsv,
} from "@monitoring-social/questionnaire";
import { surveyDesign } from "@monitoring-social/stats";
import { expect } from "vitest";
import {
  type BuiltReport,
  type DataTable,
  loadStudy,
  parseDefinition,
  reportDecisions,
  type Study,
  testName,
} from "../../src/index.ts";

// Shared by the tests of studies of every shape: studies built from simulated exports
// (questionnaire's simulateResponses), and their published figures read back from the report's tables.

/** A simulated export: one wave of one commune in one year. */
export type Sim = { file: string; instrument: Instrument; n: number; seed: number; commune: string; year: string };

/** The bytes of a simulated export, as a codebook CSV. */
export const simulatedCsv = (s: Omit<Sim, "file" | "year">): Uint8Array =>
  new TextEncoder().encode(tableToCsv(simulateResponses(s.instrument, { n: s.n, seed: s.seed, commune: s.commune })));

/**
 * Loads a study from a definition (JSON, as a user writes it) and in-memory files under `/sim`;
 * any other path (the reference's exports in `datasets/`) is read from disk.
 */
export async function studyOfFiles(definition: object, files: ReadonlyMap<string, Uint8Array>): Promise<Study> {
  const parsed = parseDefinition(JSON.stringify(definition), "simulation.json");
  return loadStudy(parsed, { baseDir: "/sim", readFile: (p) => files.get(p) ?? readFileSync(p) });
}

/** Options of {@link simulatedStudy}: definition fields added as they are. */
export interface SimulatedStudyOptions {
  /** `reference` of the definition. Default: none. */
  readonly reference?: "schaerbeek";
  /** `fictional` of every wave. Default: `true`. */
  readonly fictional?: boolean;
}

/** A study of simulated waves, as a definition naming them builds it. */
export async function simulatedStudy(
  id: string,
  sims: readonly Sim[],
  commune: string,
  options: SimulatedStudyOptions = {},
): Promise<Study> {
  const files = new Map(sims.map((s) => [`/sim/${s.file}`, simulatedCsv(s)]));
  return studyOfFiles(
    {
      id,
      title: { fr: "Simulation", nl: "Simulatie" },
      source: { fr: "Données simulées", nl: "Gesimuleerde gegevens" },
      commune,
      ...(options.reference ? { reference: options.reference } : {}),
      waves: sims.map((s) => ({
        file: s.file,
        instrument: `worker@${s.instrument.version}`,
        fictional: options.fictional ?? true,
        commune: s.commune,
        year: s.year,
      })),
    },
    files,
  );
}

/** Every table of a report (alone or under a figure), by id. */
export function tables(report: BuiltReport): Map<string, DataTable> {
  const out = new Map<string, DataTable>();
  for (const s of report.sections)
    for (const b of s.blocks) {
      const t = b.kind === "table" ? b.table : b.kind === "figure" ? b.table : undefined;
      if (t) out.set(t.id, t);
    }
  return out;
}

/** Every text of a report: paragraphs, headings, list items, findings, figure titles and source lines. */
export function texts(report: BuiltReport): string[] {
  return report.sections.flatMap((s) =>
    s.blocks.flatMap((b) => {
      if (b.kind === "findings") return b.items.map((f) => f.text);
      if (b.kind === "list") return [...b.items];
      if (b.kind === "figure") return [b.chart.meta.title, b.chart.meta.source];
      return "text" in b ? [b.text] : [];
    }),
  );
}

/** A table's CSV rows as objects, by column name. */
export function rows(table: DataTable | undefined): Record<string, unknown>[] {
  expect(table).toBeDefined();
  return table!.csv.rows.map((r) => Object.fromEntries(table!.csv.columns.map((c, i) => [c, r[i]])));
}

/** One estimate as the stats package returns it. */
export type Est = {
  level: string;
  n: number;
  estimate: number;
  ci_low: number;
  ci_high: number;
  vague_etude?: string;
  ensemble?: string;
};

/** A share as the report's CSV writes it: percent, one decimal. */
export const pct = (x: number) => Math.round(x * 1000) / 10;
/** A CSV cell as a number (empty: null). */
export const num = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

/** The design the report describes, built here from the harmonised table: one stratum per wave of each commune. */
export const designOf = (study: Study) => surveyDesign(study.harmonised.table, { strata: ["vague", "commune"] });

/**
 * Checks a published comparison table against compareMultiple/compareProportions (`expected`) and
 * Holm's bounds over the report's family; `a` and `b` are the two groups' labels as the CSV
 * columns name them. Returns the rows checked.
 */
export function expectComparison(
  study: Study,
  table: DataTable | undefined,
  expected: readonly Record<string, unknown>[],
  a: string,
  b: string,
): Record<string, unknown>[] {
  const m = reportDecisions(study).tests.size;
  // The CSV is in the reader's language (« non » / « nee » for a cell shown, issue 14).
  const published = rows(table).filter((r) => r.masque_n_moins_de_5 === "non" || r.masque_n_moins_de_5 === "nee");
  expect(published.length).toBeGreaterThan(0);
  for (const r of published) {
    const e = expected.find((x) => x.level === r.code)!;
    expect(num(r[`n_${a}`])).toBe(e.n_a);
    expect(num(r[`n_${b}`])).toBe(e.n_b);
    expect(num(r[`pct_${a}`])).toBe(pct(e.estimate_a as number));
    expect(num(r[`pct_${b}`])).toBe(pct(e.estimate_b as number));
    expect(num(r.difference_points)).toBe(pct(e.difference as number));
    expect(num(r.difference_ic_bas)).toBe(pct(e.diff_ci_low as number));
    expect(num(r.difference_ic_haut)).toBe(pct(e.diff_ci_high as number));
    expect([testName(e.test as string, "fr"), testName(e.test as string, "nl")]).toContain(r.test);
    const p = e.p_value as number;
    expect(num(r.p)).toBeCloseTo(p, 4);
    // Holm over the m tests of the report: between the raw p and m × p (capped at 1).
    const adjusted = num(r.p_ajustee_holm)!;
    expect(adjusted).toBeGreaterThanOrEqual(Math.round(p * 1e4) / 1e4 - 1e-4);
    expect(adjusted).toBeLessThanOrEqual(Math.min(1, m * p) + 1e-4);
  }
  return published;
}

/** The indicator columns of D1 (obstacles, multiple choice) in the study's table. */
export const d1 = (study: Study) =>
  choiceList(study.instrument, study.instrument.questions.find((q) => q.id === "D1")!)
    .choices.map((c) => indicatorColumn("D1", c.code))
    .filter((c) => study.harmonised.table.columnNames().includes(c));
