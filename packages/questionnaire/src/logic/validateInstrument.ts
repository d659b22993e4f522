import type { QuestionnaireMessageCode } from "../messages/fr.ts";
import { tq } from "../messages/index.ts";
import { isValidCode } from "../model/choice.ts";
import type { Condition } from "../model/condition.ts";
import type { Instrument } from "../model/instrument.ts";
import { instrumentKey } from "../model/instrument.ts";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, type LocalizedText } from "../model/language.ts";
import type { Question } from "../model/question.ts";
import { isChoiceKind, isNumericKind, isQuestionKind, QUESTION_KINDS } from "../model/questionKind.ts";

/** One problem found in an instrument definition. */
export interface InstrumentIssue {
  /** Stable code, a key of the message catalogue. */
  readonly code: QuestionnaireMessageCode;
  /** Question concerned, when there is one. */
  readonly question?: string;
  /** Choice list concerned, when there is one. */
  readonly list?: string;
  /** The message in French and Dutch, naming the question. */
  readonly message: LocalizedText;
}

/** Result of {@link validateInstrument}. */
export interface InstrumentValidation {
  /** `true` when no issue was found. */
  readonly valid: boolean;
  /** Issues in definition order. */
  readonly issues: readonly InstrumentIssue[];
}

/** Suggests a valid XLSForm code for an invalid one: accents stripped, spaces to `_`. */
function suggestCode(code: string): string {
  const s = code
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[a-z_]/.test(s) ? s || "code" : `c_${s}`;
}

/**
 * Checks an instrument definition: unique and valid ids and codes, existing choice lists, labels in
 * every language, ranks on ordinal scales, sane ranges, and skip logic that only reads earlier
 * questions with compatible operators and existing codes.
 *
 * Every issue names the question (or list) and says what to do, in French and Dutch.
 *
 * @example validateInstrument(worker2025).valid // => true
 * @example validateInstrument({ ...worker2025, questions: [q, q] }).issues[0].code // => "duplicate_question_id"
 */
export function validateInstrument(instrument: Instrument): InstrumentValidation {
  const issues: InstrumentIssue[] = [];
  const add = (
    code: QuestionnaireMessageCode,
    params: Record<string, string | number>,
    where: { question?: string; list?: string } = {},
  ): void => {
    const message = {
      fr: tq(code, "fr", params),
      nl: tq(code, "nl", params),
    };
    issues.push({ code, ...where, message });
  };
  const checkLabel = (
    text: LocalizedText | undefined,
    whereCode: QuestionnaireMessageCode,
    params: Record<string, string>,
    ref: { question?: string; list?: string },
  ): void => {
    for (const lang of LANGUAGES) {
      const value = text?.[lang];
      if (typeof value !== "string" || value.trim() === "") {
        const msgParams = (l: Language) => ({ where: tq(whereCode, l, params), language: tq(`language_${lang}`, l) });
        issues.push({
          code: "missing_label",
          ...ref,
          message: { fr: tq("missing_label", "fr", msgParams("fr")), nl: tq("missing_label", "nl", msgParams("nl")) },
        });
      }
    }
  };

  checkLabel(instrument.title, "title", {}, {});
  const moduleIds = new Set<string>();
  for (const m of instrument.modules) {
    moduleIds.add(m.id);
    checkLabel(m.label, "module", { id: m.id }, {});
  }

  const lists = new Map<string, Instrument["lists"][number]>();
  for (const list of instrument.lists) {
    if (lists.has(list.name)) add("duplicate_list", { list: list.name }, { list: list.name });
    lists.set(list.name, list);
    if (list.choices.length === 0) add("empty_list", { list: list.name }, { list: list.name });
    const seen = new Set<string>();
    for (const c of list.choices) {
      if (!isValidCode(c.code))
        add(
          "invalid_choice_code",
          { list: list.name, code: c.code, suggestion: suggestCode(c.code) },
          { list: list.name },
        );
      if (seen.has(c.code)) add("duplicate_choice_code", { list: list.name, code: c.code }, { list: list.name });
      seen.add(c.code);
      checkLabel(c.label, "choice", { list: list.name, code: c.code }, { list: list.name });
    }
  }

  const position = new Map<string, number>();
  const byId = new Map<string, Question>();
  instrument.questions.forEach((q, i) => {
    if (position.has(q.id)) add("duplicate_question_id", { id: q.id }, { question: q.id });
    else position.set(q.id, i);
    byId.set(q.id, q);
  });

  instrument.questions.forEach((q, index) => {
    const ref = { question: q.id };
    if (!isValidCode(q.id) || q.id.includes("__")) add("invalid_question_id", { id: q.id }, ref);
    if (!isQuestionKind(q.kind)) {
      add("unknown_kind", { id: q.id, kind: String(q.kind), kinds: QUESTION_KINDS.join(", ") }, ref);
      return;
    }
    if (!moduleIds.has(q.module)) add("unknown_module", { id: q.id, module: q.module }, ref);
    checkLabel(q.label, "question", { id: q.id }, ref);
    if (q.hint) checkLabel(q.hint, "question", { id: q.id }, ref);

    if (isChoiceKind(q.kind)) {
      if (q.list === undefined) add("missing_list", { id: q.id }, ref);
      else {
        const list = lists.get(q.list);
        if (!list) add("unknown_list", { id: q.id, list: q.list }, ref);
        else if (q.kind === "ordinal") {
          for (const c of list.choices) {
            if (!c.missing && typeof c.value !== "number") add("ordinal_without_rank", { id: q.id, code: c.code }, ref);
          }
        }
      }
    } else if (q.list !== undefined) {
      add("unexpected_list", { id: q.id, kind: q.kind, list: q.list }, ref);
    }

    if (q.range) {
      if (!isNumericKind(q.kind)) add("range_on_non_numeric", { id: q.id }, ref);
      const { min, max } = q.range;
      const bad =
        (min !== undefined && !Number.isFinite(min)) ||
        (max !== undefined && !Number.isFinite(max)) ||
        (min !== undefined && max !== undefined && min > max) ||
        (q.kind === "percent" && ((min ?? 0) < 0 || (max ?? 100) > 100));
      if (bad) add("invalid_range", { id: q.id, min: String(min ?? "–"), max: String(max ?? "–") }, ref);
    }

    if (q.relevant) checkCondition(q, index, q.relevant);
  });

  function checkCondition(q: Question, index: number, c: Condition): void {
    const ref = { question: q.id };
    switch (c.op) {
      case "and":
      case "or":
        for (const d of c.conditions) checkCondition(q, index, d);
        return;
      case "not":
        checkCondition(q, index, c.condition);
        return;
    }
    const target = byId.get(c.question);
    const pos = position.get(c.question);
    if (!target || pos === undefined) {
      add("skip_unknown_question", { id: q.id, target: c.question }, ref);
      return;
    }
    if (pos >= index) {
      add("skip_forward", { id: q.id, target: c.question }, ref);
      return;
    }
    const wrongKind =
      (c.op === "in" && target.kind !== "single" && target.kind !== "ordinal") ||
      (c.op === "selected" && target.kind !== "multiple") ||
      (c.op === "compare" && !isNumericKind(target.kind));
    if (wrongKind) {
      add("skip_wrong_kind", { id: q.id, op: c.op, target: c.question, kind: target.kind }, ref);
      return;
    }
    const list = target.list === undefined ? undefined : lists.get(target.list);
    if (!list) return;
    const codes = c.op === "in" ? c.values : c.op === "selected" ? [c.choice] : [];
    for (const code of codes) {
      if (!list.choices.some((x) => x.code === code))
        add("skip_unknown_choice", { id: q.id, code, target: c.question }, ref);
    }
  }

  return { valid: issues.length === 0, issues };
}

/** Error thrown by {@link assertValidInstrument}; carries every issue. */
export class InstrumentError extends Error {
  /** The issues found. */
  readonly issues: readonly InstrumentIssue[];
  constructor(instrument: Instrument, issues: readonly InstrumentIssue[], lang: Language) {
    super(`${instrumentKey(instrument)}:\n${issues.map((i) => `- ${i.message[lang]}`).join("\n")}`);
    this.name = "InstrumentError";
    this.issues = issues;
  }
}

/**
 * Validates an instrument and throws when it is broken.
 * @throws InstrumentError listing every issue, in `lang` (default French).
 * @returns the same instrument, for chaining.
 */
export function assertValidInstrument(instrument: Instrument, lang: Language = DEFAULT_LANGUAGE): Instrument {
  const { valid, issues } = validateInstrument(instrument);
  if (!valid) throw new InstrumentError(instrument, issues, lang);
  return instrument;
}
