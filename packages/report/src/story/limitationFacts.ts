import { surveyDesign, timeBurden } from "@monitoring-social/stats";
import { questionLabel } from "../content/labels.ts";
import { ofWave } from "../sections/derive.ts";
import { BRACKET_MIDPOINTS } from "../sections/timeShareSection.ts";
import type { Study } from "../study/study.ts";
import { bracketSensitivity } from "./bracketSensitivity.ts";
import type { LimitationFacts } from "./limitations.ts";

/**
 * Questions of the worker questionnaire that measure a worker's perception of the public rather
 * than a count: how often obstacles make people give up (D2), how often non-take-up is observed (E1).
 */
export const PERCEPTION_QUESTIONS: readonly string[] = ["D2", "E1"];

/**
 * The facts the limits of a study are written from ({@link limitations}): each wave's respondents
 * and tool (its export's format), the perception questions the report shows, and — when the report
 * has a `timeShare` section whose columns are in the data — the respondents of each wave's FTE total
 * and the sensitivity of the hours to the time brackets (both waves at the brackets of the
 * comparison, as the report's hours by midpoints).
 * Missing values: a question or a column the study lacks is left out of the facts.
 * @example studyLimitationFacts(study, "fr").fteTotals // => [{ year: "2021", n: 178 }, { year: "2025", n: 229 }]
 */
export function studyLimitationFacts(study: Study, lang: "fr" | "nl"): LimitationFacts {
  const waves = study.waves.map((w) => ({ year: w.year, n: w.provenance.rowsAccepted, tool: w.provenance.format }));
  const shown = new Set(
    study.definition.sections.flatMap((s) => (s.kind === "compare" ? s.questions : [])) as readonly string[],
  );
  const perceptions = PERCEPTION_QUESTIONS.filter(
    (q) => shown.has(q) && study.instrument.questions.some((x) => x.id === q),
  ).map((q) => questionLabel(study.instrument, q, lang));
  const time = study.definition.sections.find((s) => s.kind === "timeShare");
  const facts: LimitationFacts = { waves, ...(perceptions.length > 0 ? { perceptions } : {}) };
  if (time?.kind !== "timeShare") return facts;
  const column = time.question ?? "B1";
  const fte = time.fte ?? "A5";
  const midpoints = time.midpoints ?? BRACKET_MIDPOINTS;
  const table = study.harmonised.table;
  if (!table.columnNames().includes(column) || !table.columnNames().includes(fte)) return facts;
  const [a, b] = [study.years[0], study.years.at(-1)!];
  const designs = [a, b].map((y) => surveyDesign(ofWave(table, y)));
  const fteTotals = [a, b].map((year, i) => {
    const rows = timeBurden(designs[i]!, { shareCodes: { column, percent: midpoints }, etp: fte }).objects() as {
      indicator: string;
      n: number;
    }[];
    return { year, n: rows.find((r) => r.indicator === "etp_total")?.n ?? 0 };
  });
  return {
    ...facts,
    fteTotals,
    brackets: bracketSensitivity(designs[0]!, designs[1]!, { column, fte, midpoints }),
  };
}
