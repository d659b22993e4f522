import { surveyDesign, timeBurden } from "@monitoring-social/stats";
import { questionLabel } from "../content/labels.ts";
import { mainComparison } from "../sections/comparisonParts.ts";
import { ofWave } from "../sections/derive.ts";
import { BRACKET_MIDPOINTS } from "../sections/timeShareSection.ts";
import type { Study } from "../study/study.ts";
import { STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import { bracketSensitivity } from "./bracketSensitivity.ts";
import type { LimitationFacts } from "./limitations.ts";

/**
 * Questions of the worker questionnaire that measure a worker's perception of the public rather
 * than a count: how often obstacles make people give up (D2), how often non-take-up is observed (E1).
 */
export const PERCEPTION_QUESTIONS: readonly string[] = ["D2", "E1"];

/**
 * The facts the limits of a study are written from ({@link limitations}): each wave's respondents,
 * tool (its export's format) and label, the number of communes and the most waves one commune has,
 * the perception questions the report shows, and — when the report has a `timeShare` section whose
 * columns are in the data and the study compares two waves or places (its main comparison, as the
 * key findings) — the respondents of each group's FTE total and, for a change over time where a
 * wave knows the time only by bracket, the sensitivity of the hours to the time brackets (both waves
 * at the brackets of the comparison, as the report's hours by midpoints).
 * Missing values: a question or a column the study lacks is left out of the facts; a study without
 * comparison has no FTE totals or bracket sensitivity.
 * @example studyLimitationFacts(study, "fr").fteTotals // => [{ year: "2021", n: 178 }, { year: "2025", n: 229 }]
 */
export function studyLimitationFacts(study: Study, lang: "fr" | "nl"): LimitationFacts {
  const waves = study.waves.map((w) => ({
    year: w.year,
    n: w.respondents,
    tool: w.provenance.format,
    label: w.label[lang],
  }));
  const perWave = new Map<string, number>();
  for (const w of study.waves.filter((x) => !x.reference))
    perWave.set(w.place.postcode, (perWave.get(w.place.postcode) ?? 0) + 1);
  const communes = new Set(study.waves.map((w) => w.place.postcode)).size;
  const shown = new Set(
    study.definition.sections.flatMap((s) => (s.kind === "compare" ? s.questions : [])) as readonly string[],
  );
  const perceptions = PERCEPTION_QUESTIONS.filter(
    (q) => shown.has(q) && study.instrument.questions.some((x) => x.id === q),
  ).map((q) => questionLabel(study.instrument, q, lang));
  const time = study.definition.sections.find((s) => s.kind === "timeShare");
  const facts: LimitationFacts = {
    waves,
    communes,
    repeated: Math.max(0, ...perWave.values()),
    ...(perceptions.length > 0 ? { perceptions } : {}),
  };
  const cmp = mainComparison({ study });
  if (time?.kind !== "timeShare" || !cmp?.separate) return facts;
  const column = time.question ?? "B1";
  const fte = time.fte ?? "A5";
  const percent = time.percentQuestion ?? "B1_pct";
  const midpoints = time.midpoints ?? BRACKET_MIDPOINTS;
  const table = study.harmonised.table;
  if (!table.columnNames().includes(column) || !table.columnNames().includes(fte)) return facts;
  const groups = cmp.groups.map((g) => study.waves.find((w) => w.key === g.key)!);
  const designs = groups.map((w) => surveyDesign(ofWave(table, w.key, STUDY_WAVE_COLUMN)));
  const fteTotals = groups.map((w, i) => {
    const rows = timeBurden(designs[i]!, { shareCodes: { column, percent: midpoints }, etp: fte }).objects() as {
      indicator: string;
      n: number;
    }[];
    return { year: w.label[lang], n: rows.find((r) => r.indicator === "etp_total")?.n ?? 0 };
  });
  const bracketsOnly = groups.some((w) => !w.table.columnNames().includes(percent));
  if (!cmp.change || !bracketsOnly) return { ...facts, fteTotals };
  return {
    ...facts,
    fteTotals,
    brackets: bracketSensitivity(designs[0]!, designs[1]!, { column, fte, midpoints }),
    bracketWaves: [groups[0]!.label[lang], groups[1]!.label[lang]],
  };
}
