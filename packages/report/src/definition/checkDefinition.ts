import {
  BRUSSELS_COMMUNES,
  choiceList,
  findBrusselsCommune,
  type Instrument,
  isChoiceKind,
  isNumericKind,
  type Language,
  type Question,
} from "@monitoring-social/questionnaire";
import { type ReportMessageCode, tr } from "../messages/index.ts";
import { ReportError } from "../reportError.ts";
import { isReferenceStudy, type ReportDefinition } from "./reportDefinition.ts";
import { isSectionKind, type Section, type SectionKind } from "./section.ts";
import { WORKER_SECTIONS } from "./workerSections.ts";

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Problems as a bulleted list under the message that introduces them. */
export const bullets = (problems: readonly string[]): string => `\n- ${problems.join("\n- ")}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const isText = (v: unknown): boolean => isObject(v) && typeof v.fr === "string" && typeof v.nl === "string";

const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");

const isQuestionList = (v: unknown): boolean =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && x.trim() !== "");

/** What a field must hold: a check and the sentence (code `def_expect_*`) saying what to write. */
interface FieldRule {
  readonly check: (v: unknown) => boolean;
  readonly expect: ReportMessageCode;
  readonly required?: boolean;
}

const text: FieldRule = { check: isText, expect: "def_expect_text" };
const string: FieldRule = { check: (v) => typeof v === "string" && v.trim() !== "", expect: "def_expect_string" };
const questions: FieldRule = { check: isQuestionList, expect: "def_expect_questions", required: true };
const codes: FieldRule = { check: isQuestionList, expect: "def_expect_codes" };

/** Fields of the definition itself (the id, title, source, commune, waves and sections are checked apart). */
const DEFINITION_FIELDS: Readonly<Record<string, FieldRule | null>> = {
  id: null,
  title: null,
  source: null,
  commune: null,
  waves: null,
  sections: null,
  subtitle: text,
  harmonisation: string,
  alpha: { check: (v) => typeof v === "number" && v > 0 && v < 1, expect: "def_expect_alpha" },
  threshold: { check: (v) => Number.isInteger(v) && (v as number) >= 1, expect: "def_expect_threshold" },
  reference: { check: isReferenceStudy, expect: "def_expect_reference" },
  minSample: { check: (v) => Number.isInteger(v) && (v as number) >= 2, expect: "def_expect_min_sample" },
};

/** Fields of a wave. */
const WAVE_FIELDS: Readonly<Record<string, FieldRule>> = {
  file: { ...string, required: true },
  instrument: { ...string, required: true },
  fictional: { check: (v) => typeof v === "boolean", expect: "def_expect_boolean", required: true },
  year: { check: (v) => typeof v === "string" && /^\d{4}$/.test(v), expect: "def_expect_year" },
  commune: { check: (v) => typeof v === "string" && /^\d{4}$/.test(v), expect: "def_expect_postcode" },
  mapping: {
    check: (v) => (typeof v === "string" && v.trim() !== "") || isObject(v),
    expect: "def_expect_mapping",
  },
  includeIncomplete: { check: (v) => typeof v === "boolean", expect: "def_expect_flag" },
  splitByWorkCommune: { check: (v) => typeof v === "boolean", expect: "def_expect_flag" },
};

/** Fields every section has (kind, id and title are checked apart). */
const SECTION_BASE: Readonly<Record<string, FieldRule | null>> = { kind: null, id: null, title: null, intro: text };

/** Fields of each kind of section. */
const SECTION_FIELDS: Readonly<Record<SectionKind, Readonly<Record<string, FieldRule>>>> = {
  text: { body: { ...text, required: true } },
  keyFindings: {},
  sample: { questions },
  timeShare: {
    question: string,
    above: codes,
    midpoints: {
      check: (v) =>
        isObject(v) &&
        Object.keys(v).length > 0 &&
        Object.values(v).every((x) => typeof x === "number" && x >= 0 && x <= 100),
      expect: "def_expect_midpoints",
    },
    percentQuestion: string,
    fte: string,
    adjustFor: { ...questions, required: false },
  },
  compare: { questions, top: codes },
  likert: { items: questions },
  testimonies: {
    questions,
    perWave: { check: (v) => Number.isInteger(v) && (v as number) >= 1, expect: "def_expect_positive_integer" },
    confirmedWords: { check: isStringList, expect: "def_expect_words" },
  },
  methodology: {},
};

/** The 19 communes, as a message lists them: « 1030 Schaerbeek / Schaarbeek, … ». */
const communeList = () => BRUSSELS_COMMUNES.map((c) => `${c.postcode} ${c.name.fr} / ${c.name.nl}`).join(", ");

/** A value as the user wrote it, short, for a message: `cinq`, `2.5`, `[…]`. */
function shown(v: unknown): string {
  if (v === undefined) return "—";
  let s: string;
  try {
    s = typeof v === "string" ? v : Array.isArray(v) ? "[…]" : isObject(v) ? "{…}" : String(v);
  } catch {
    s = "?";
  }
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** Checks the fields of one object against its rules; `where` starts each sentence (« Section « x » : »). */
function checkFields(
  value: Record<string, unknown>,
  rules: Readonly<Record<string, FieldRule | null>>,
  where: string,
  lang: Language,
  problems: string[],
): void {
  for (const [field, rule] of Object.entries(rules)) {
    if (rule === null) continue;
    const v = value[field];
    const expected = tr(rule.expect, lang);
    if (v === undefined) {
      if (rule.required) problems.push(tr("def_field_missing", lang, { where, field, expected }));
    } else if (!rule.check(v)) problems.push(tr("def_field_type", lang, { where, field, expected, value: shown(v) }));
  }
  for (const field of Object.keys(value))
    if (!Object.hasOwn(rules, field))
      problems.push(tr("def_field_unknown", lang, { where, field, allowed: Object.keys(rules).join(", ") }));
}

/**
 * Checks the shape of a report definition read from JSON or written in TypeScript: every field
 * has the type its documentation gives (texts in French and Dutch, one or more waves, known section kinds,
 * lists of questions, a whole threshold of at least 1…), no field is unknown (a misspelt
 * `treshold` would otherwise be ignored in silence). Returns the problems, one sentence each, in
 * the user's language, naming the section or wave and the field and saying what to write instead
 * (empty when the definition is sound). Never throws, whatever the value.
 * @example checkDefinitionShape({ id: "x" }, "fr")[0] // => 'Le champ « title » doit donner un texte en français et en néerlandais ({ "fr": …, "nl": … }).'
 */
export function checkDefinitionShape(value: unknown, lang: Language): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return [tr("def_not_object", lang)];
  const d = value;
  if (typeof d.id !== "string" || !ID.test(d.id)) problems.push(tr("def_bad_id", lang, { value: shown(d.id) }));
  if (!isText(d.title)) problems.push(tr("def_missing_text", lang, { field: "title" }));
  if (!isText(d.source)) problems.push(tr("def_missing_text", lang, { field: "source" }));
  if (typeof d.commune !== "string" || d.commune.trim() === "") problems.push(tr("def_missing_commune", lang));
  else if (findBrusselsCommune(d.commune) === undefined)
    problems.push(tr("def_unknown_commune", lang, { where: "", value: d.commune, communes: communeList() }));
  checkFields(d, DEFINITION_FIELDS, "", lang, problems);
  const waves = d.waves;
  if (!Array.isArray(waves) || waves.length === 0) problems.push(tr("def_waves", lang));
  else
    waves.forEach((w: unknown, i) => {
      const where = tr("def_where_wave", lang, { wave: i + 1 });
      if (!isObject(w)) problems.push(tr("def_wave_not_object", lang, { wave: i + 1 }));
      else {
        checkFields(w, WAVE_FIELDS, where, lang, problems);
        // A postcode (the field rule checks the four digits) that is not a Brussels commune.
        if (typeof w.commune === "string" && /^\d{4}$/.test(w.commune) && findBrusselsCommune(w.commune) === undefined)
          problems.push(tr("def_unknown_commune", lang, { where, value: w.commune, communes: communeList() }));
      }
    });
  const sections = d.sections;
  if (sections === undefined) return problems; // JSON definitions may leave them out: the standard sections apply.
  if (!Array.isArray(sections) || sections.length === 0) {
    problems.push(tr("def_no_sections", lang));
    return problems;
  }
  const seen = new Set<string>();
  sections.forEach((s: unknown, i) => {
    if (!isObject(s)) {
      problems.push(tr("def_section_not_object", lang, { section: i + 1 }));
      return;
    }
    const name = typeof s.id === "string" && s.id !== "" ? s.id : String(i + 1);
    const where = tr("def_where_section", lang, { section: name });
    if (!isSectionKind(s.kind)) problems.push(tr("def_section_kind", lang, { section: name, kind: shown(s.kind) }));
    if (typeof s.id !== "string" || !ID.test(s.id)) problems.push(tr("def_bad_id", lang, { value: shown(s.id) }));
    else if (seen.has(s.id)) problems.push(tr("def_duplicate_section", lang, { section: s.id }));
    else seen.add(s.id);
    if (!isText(s.title)) problems.push(tr("def_missing_text", lang, { field: `sections[${name}].title` }));
    if (isSectionKind(s.kind)) checkFields(s, { ...SECTION_BASE, ...SECTION_FIELDS[s.kind] }, where, lang, problems);
  });
  return problems;
}

function questionsOf(section: Section): { ids: readonly string[]; kinds: (q: Question) => boolean }[] {
  const choice = (q: Question) => isChoiceKind(q.kind);
  const numeric = (q: Question) => isNumericKind(q.kind);
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
        { ids: [section.fte ?? "A5"], kinds: numeric },
      ];
    default:
      return [];
  }
}

/** Answer codes a section names (`top`, `above`, `midpoints`) that its question does not have. */
function unknownCodes(section: Section, instrument: Instrument, lang: Language): string[] {
  const codesOf = (id: string) => {
    const q = instrument.questions.find((x) => x.id === id);
    return q && isChoiceKind(q.kind) ? choiceList(instrument, q).choices.map((c) => c.code) : undefined;
  };
  const problems: string[] = [];
  const check = (question: string, field: string, named: readonly string[]) => {
    const known = codesOf(question);
    if (known === undefined) return;
    for (const code of named)
      if (!known.includes(code))
        problems.push(
          tr("def_unknown_code", lang, { section: section.id, field, code, question, codes: known.join(", ") }),
        );
  };
  if (section.kind === "timeShare") {
    const id = section.question ?? "B1";
    if (section.above) check(id, "above", section.above);
    if (section.midpoints) check(id, "midpoints", Object.keys(section.midpoints));
    const percent = section.percentQuestion;
    const q = percent === undefined ? undefined : instrument.questions.find((x) => x.id === percent);
    if (q && !isNumericKind(q.kind))
      problems.push(tr("def_question_kind", lang, { section: section.id, question: q.id, kind: q.kind }));
  }
  if (section.kind === "compare" && section.top) {
    const ordinal = section.questions.filter((id) => instrument.questions.find((x) => x.id === id)?.kind === "ordinal");
    for (const id of ordinal) check(id, "top", section.top);
  }
  return problems;
}

/**
 * Checks that every question a definition names exists in the comparison schema, with a kind its
 * section can use, and that every answer code it names (`top`, `above`, `midpoints`) is one of its
 * question's codes. Returns the problems in the user's language.
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
    problems.push(...unknownCodes(section, instrument, lang));
  }
  return problems;
}

/**
 * Reads a report definition from JSON text (a commune's own report, without code), checking its
 * shape. Without `sections`, the standard sections of the worker questionnaire apply.
 * @throws ReportError listing every problem, in the user's language, with the file's name.
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
 * shape checked at once, as {@link parseDefinition} checks a JSON file.
 * @throws ReportError listing every problem.
 */
export function defineReport(definition: ReportDefinition): ReportDefinition {
  if (checkDefinitionShape(definition, "fr").length > 0)
    throw new ReportError("def_invalid", (l) => ({
      file: String((definition as { id?: unknown } | null)?.id ?? "?"),
      problems: bullets(checkDefinitionShape(definition, l)),
    }));
  return definition;
}
