import { tq } from "../messages/index.ts";
import type { Comparator, Condition } from "../model/condition.ts";
import { choiceList, type Instrument, question } from "../model/instrument.ts";
import type { Language } from "../model/language.ts";
import { questionNumber } from "./questionNumber.ts";

const COMPARATOR_CODE = {
  ">": "paper_cmp_gt",
  ">=": "paper_cmp_ge",
  "<": "paper_cmp_lt",
  "<=": "paper_cmp_le",
  "=": "paper_cmp_eq",
  "!=": "paper_cmp_ne",
} as const;

const NEGATED: Readonly<Record<Comparator, Comparator>> = {
  ">": "<=",
  ">=": "<",
  "<": ">=",
  "<=": ">",
  "=": "!=",
  "!=": "=",
};

/**
 * The comparator that holds exactly when `cmp` does not (for a number that is given).
 * @example negateComparator(">") // => "<="
 */
export function negateComparator(cmp: Comparator): Comparator {
  return NEGATED[cmp];
}

/**
 * A number as a respondent writes it in Brussels: decimal comma.
 * @example paperNumberText(0.5) // => "0,5"
 */
export function paperNumberText(value: number): string {
  return String(value).replace(".", ",");
}

/**
 * A comparison with a constant in words, as in « 2 ou plus » / « 2 of meer ».
 * @example comparisonInWords(">=", 2, "fr") // => "2 ou plus"
 * @example comparisonInWords(">", 0, "nl") // => "meer dan 0"
 */
export function comparisonInWords(cmp: Comparator, value: number, lang: Language): string {
  return tq(COMPARATOR_CODE[cmp], lang, { value: paperNumberText(value) });
}

/**
 * Choice labels, quoted and joined as a sentence does: « A », « B » ou « C » (Dutch ‘A’, ‘B’ of ‘C’).
 * @example quotedList(["Jamais", "Ne sait pas"], "fr") // => "« Jamais » ou « Ne sait pas »"
 */
export function quotedList(labels: readonly string[], lang: Language): string {
  const quoted = labels.map((text) => tq("paper_quote", lang, { text }));
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")}${tq("paper_list_or", lang)}${quoted.at(-1)}`;
}

/** Labels of some choice codes of a question, in list order. */
export function choiceLabels(
  instrument: Instrument,
  questionId: string,
  codes: readonly string[],
  lang: Language,
): string[] {
  return choiceList(instrument, question(instrument, questionId))
    .choices.filter((c) => codes.includes(c.code))
    .map((c) => c.label[lang]);
}

/**
 * Skip logic in plain words for a respondent, with the printed question numbers and the choice
 * labels (not the codes): « vous avez répondu « Rarement » ou « Parfois » à la question E1 ». A
 * negation is pushed down to the answers (« vous n'avez pas coché … »); `and` inside `or` (or the
 * reverse) is put in parentheses. Unlike `describeCondition`, which writes codes for codebooks, this
 * is the wording of the paper form.
 * @throws Error when the condition names a question the instrument does not have.
 * @example conditionInWords(when.compare("A4", ">=", 2), worker2025, "fr") // => "vous avez écrit 2 ou plus à la question A4"
 * @example conditionInWords(when.selected("C1", "commune"), worker2025, "nl") // => "u bij vraag C1 ‘Gemeentebestuur’ hebt aangekruist"
 */
export function conditionInWords(condition: Condition, instrument: Instrument, lang: Language): string {
  return words(condition, false, instrument, lang);
}

function words(c: Condition, negated: boolean, instrument: Instrument, lang: Language): string {
  const join = (parts: readonly Condition[], op: "and" | "or"): string => {
    // De Morgan: a negated `and` is an `or` of negations, and the reverse.
    const shown = negated ? (op === "and" ? "or" : "and") : op;
    return parts
      .map((p) => {
        // Negation flips parent and child alike: parentheses when they differ.
        const nested = (p.op === "and" || p.op === "or") && p.op !== op;
        const text = words(p, negated, instrument, lang);
        return nested ? `(${text})` : text;
      })
      .join(tq(shown === "and" ? "paper_and" : "paper_or", lang));
  };
  switch (c.op) {
    case "and":
    case "or":
      return join(c.conditions, c.op);
    case "not":
      return words(c.condition, !negated, instrument, lang);
    default:
      break;
  }
  const q = question(instrument, c.question);
  const number = questionNumber(instrument, q.id);
  switch (c.op) {
    case "in":
      return tq(negated ? "paper_cond_not_in" : "paper_cond_in", lang, {
        question: number,
        answers: quotedList(choiceLabels(instrument, q.id, c.values, lang), lang),
      });
    case "selected":
      return tq(negated ? "paper_cond_not_selected" : "paper_cond_selected", lang, {
        question: number,
        answers: quotedList(choiceLabels(instrument, q.id, [c.choice], lang), lang),
      });
    case "answered":
      if (q.kind === "multiple")
        return tq(negated ? "paper_cond_ticked_none" : "paper_cond_ticked_any", lang, { question: number });
      return tq(negated ? "paper_cond_not_answered" : "paper_cond_answered", lang, { question: number });
    case "compare":
      return tq("paper_cond_compare", lang, {
        question: number,
        comparison: comparisonInWords(negated ? negateComparator(c.cmp) : c.cmp, c.value, lang),
      });
  }
}
