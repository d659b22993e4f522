import { type Instrument, isChoiceKind, type Language, type Question } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import { ReportError } from "../reportError.ts";
import type { ReportDefinition } from "./reportDefinition.ts";
import { isSectionKind, type Section } from "./section.ts";
import { WORKER_SECTIONS } from "./workerSections.ts";

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Problems as a bulleted list under the message that introduces them. */
export const bullets = (problems: readonly string[]): string => `\n- ${problems.join("\n- ")}`;

const isText = (v: unknown): boolean =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { fr?: unknown }).fr === "string" &&
  typeof (v as { nl?: unknown }).nl === "string";

/**
 * Checks the shape of a report definition read from JSON or written in TypeScript: ids, texts in
 * French and Dutch, two waves, known section kinds. Returns the problems, one sentence each, in
 * the user's language (empty when the definition is sound).
 * @example checkDefinitionShape({ id: "x" }, "fr")[0] // => "La définition n'a pas de titre (title.fr, title.nl)."
 */
export function checkDefinitionShape(value: unknown, lang: Language): string[] {
  const problems: string[] = [];
  const d = (value ?? {}) as Record<string, unknown>;
  if (typeof d.id !== "string" || !ID.test(d.id)) problems.push(tr("def_bad_id", lang, { value: String(d.id ?? "") }));
  if (!isText(d.title)) problems.push(tr("def_missing_text", lang, { field: "title" }));
  if (!isText(d.source)) problems.push(tr("def_missing_text", lang, { field: "source" }));
  if (typeof d.commune !== "string") problems.push(tr("def_missing_commune", lang));
  const waves = d.waves;
  if (!Array.isArray(waves) || waves.length !== 2) problems.push(tr("def_two_waves", lang));
  else
    waves.forEach((w: Record<string, unknown>, i) => {
      if (typeof w?.file !== "string") problems.push(tr("def_wave_field", lang, { wave: i + 1, field: "file" }));
      if (typeof w?.instrument !== "string")
        problems.push(tr("def_wave_field", lang, { wave: i + 1, field: "instrument" }));
      if (typeof w?.fictional !== "boolean")
        problems.push(tr("def_wave_field", lang, { wave: i + 1, field: "fictional" }));
      const m = w?.mapping;
      if (m !== undefined && typeof m !== "string" && (m === null || typeof m !== "object" || Array.isArray(m)))
        problems.push(tr("def_mapping", lang, { wave: i + 1 }));
      if (w?.includeIncomplete !== undefined && typeof w.includeIncomplete !== "boolean")
        problems.push(tr("def_wave_field", lang, { wave: i + 1, field: "includeIncomplete" }));
    });
  const sections = d.sections;
  if (sections === undefined) return problems; // JSON definitions may leave them out: the standard sections apply.
  if (!Array.isArray(sections) || sections.length === 0) problems.push(tr("def_no_sections", lang));
  else {
    const seen = new Set<string>();
    sections.forEach((s: Record<string, unknown>, i) => {
      const where = String(s?.id ?? i + 1);
      if (!isSectionKind(s?.kind))
        problems.push(tr("def_section_kind", lang, { section: where, kind: String(s?.kind) }));
      if (typeof s?.id !== "string" || !ID.test(s.id)) problems.push(tr("def_bad_id", lang, { value: where }));
      else if (seen.has(s.id)) problems.push(tr("def_duplicate_section", lang, { section: s.id }));
      else seen.add(s.id);
      if (!isText(s?.title)) problems.push(tr("def_missing_text", lang, { field: `sections[${where}].title` }));
    });
  }
  return problems;
}

function questionsOf(section: Section): { ids: readonly string[]; kinds: (q: Question) => boolean }[] {
  const choice = (q: Question) => isChoiceKind(q.kind);
  const any = () => true;
  switch (section.kind) {
    case "sample":
      return [{ ids: section.questions, kinds: (q) => q.kind === "single" }];
    case "compare":
      return [{ ids: section.questions, kinds: any }];
    case "likert":
      return [{ ids: section.items, kinds: (q) => q.kind === "ordinal" }];
    case "testimonies":
      return [{ ids: section.questions, kinds: (q) => q.kind === "text" }];
    case "timeShare":
      return [
        { ids: [section.question ?? "B1"], kinds: choice },
        { ids: section.adjustFor ?? ["A1", "A3"], kinds: (q) => q.kind === "single" },
      ];
    default:
      return [];
  }
}

/**
 * Checks that every question a definition names exists in the comparison schema, with a kind its
 * section can use. Returns the problems in the user's language.
 * @example checkDefinitionQuestions(definition, comparisonInstrument(h, [w21, w25]), "nl") // => []
 */
export function checkDefinitionQuestions(
  definition: ReportDefinition,
  instrument: Instrument,
  lang: Language,
): string[] {
  const problems: string[] = [];
  for (const section of definition.sections) {
    for (const { ids, kinds } of questionsOf(section)) {
      for (const id of ids) {
        const q = instrument.questions.find((x) => x.id === id);
        if (!q) problems.push(tr("def_unknown_question", lang, { section: section.id, question: id }));
        else if (!kinds(q))
          problems.push(tr("def_question_kind", lang, { section: section.id, question: id, kind: q.kind }));
      }
    }
  }
  return problems;
}

/**
 * Reads a report definition from JSON text (a commune's own report, without code), checking its
 * shape. Without `sections`, the standard sections of the worker questionnaire apply.
 * @throws ReportError listing every problem, in the user's language.
 * @example parseDefinition(readFileSync("ma-commune.json", "utf8"), "ma-commune.json").id // => "forest-2025"
 */
export function parseDefinition(json: string, file: string, lang?: Language): ReportDefinition {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new ReportError("def_not_json", { file, detail: (e as Error).message }, lang);
  }
  if (checkDefinitionShape(value, "fr").length > 0)
    throw new ReportError("def_invalid", (l) => ({ file, problems: bullets(checkDefinitionShape(value, l)) }), lang);
  const d = value as ReportDefinition & { sections?: ReportDefinition["sections"] };
  return { ...d, sections: d.sections ?? WORKER_SECTIONS };
}

/**
 * Declares a report definition in TypeScript (`export default defineReport({…})`): typed, and its
 * shape checked at once.
 * @throws ReportError listing every problem.
 */
export function defineReport(definition: ReportDefinition): ReportDefinition {
  if (checkDefinitionShape(definition, "fr").length > 0)
    throw new ReportError("def_invalid", (l) => ({
      file: String(definition.id),
      problems: bullets(checkDefinitionShape(definition, l)),
    }));
  return definition;
}
