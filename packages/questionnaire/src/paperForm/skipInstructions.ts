import { evaluateCondition } from "../logic/evaluateCondition.ts";
import { tq } from "../messages/index.ts";
import { indicatorColumn } from "../model/columns.ts";
import { type Comparator, type Condition, conditionQuestions } from "../model/condition.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import type { Language } from "../model/language.ts";
import type { Question } from "../model/question.ts";
import { isNumericKind } from "../model/questionKind.ts";
import { choiceLabels, comparisonInWords, conditionInWords, negateComparator, quotedList } from "./conditionInWords.ts";
import { questionNumber } from "./questionNumber.ts";

/** The answers to a question after which the respondent skips ahead. */
export type JumpWhen =
  /** Single or ordinal: one of these choices was ticked. */
  | { readonly kind: "choices"; readonly codes: readonly string[] }
  /** Multiple choice: none of these choices was ticked (`all`: none at all). */
  | { readonly kind: "notTicked"; readonly codes: readonly string[]; readonly all: boolean }
  /** Number: the number written compares so to a constant. */
  | { readonly kind: "number"; readonly cmp: Comparator; readonly value: number }
  /** No answer at all. */
  | { readonly kind: "blank" };

/** A "go to" printed under a question's answers. */
export interface SkipJump {
  /** The answers that send the respondent ahead. */
  readonly when: JumpWhen;
  /** Question to go to, or `null` for the end of the questionnaire. */
  readonly goTo: string | null;
}

/** The skip logic of one question, as a paper form prints it. */
export interface QuestionSkips {
  /** Question id. */
  readonly question: string;
  /** Asked only when this holds (the question's `relevant`), or `null` when always asked. */
  readonly filter: Condition | null;
  /**
   * Where to go when the filter does not hold: the next question that does not share it (`null`:
   * the end). Only on the first of consecutive questions with the same filter; `undefined` otherwise.
   */
  readonly otherwise?: string | null;
  /** "Go to" instructions after this question's answers, in order. */
  readonly jumps: readonly SkipJump[];
}

const same = (a: Condition | undefined, b: Condition | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Choices whose tick alone opens `c` when `c` is an `or` of `selected`/`answered` on `p`; else undefined. */
function openingChoices(c: Condition, p: Question, instrument: Instrument): string[] | undefined {
  const all = choiceList(instrument, p).choices.map((x) => x.code);
  const visit = (d: Condition): string[] | undefined => {
    if (d.op === "selected" && d.question === p.id) return [d.choice];
    if (d.op === "answered" && d.question === p.id) return all;
    if (d.op === "or") {
      const parts = d.conditions.map(visit);
      return parts.some((x) => x === undefined) ? undefined : [...new Set(parts.flat() as string[])];
    }
    return undefined;
  };
  const codes = visit(c);
  return codes === undefined ? undefined : all.filter((x) => codes.includes(x));
}

/** The jumps printed after question `i`: only over the questions right after it that depend on it alone. */
function jumpsAfter(instrument: Instrument, i: number): SkipJump[] {
  const qs = instrument.questions;
  const p = qs[i]!;
  const run: Question[] = [];
  for (let j = i + 1; j < qs.length; j++) {
    const r = qs[j]!.relevant;
    const deps = r ? conditionQuestions(r) : [];
    if (!r || deps.length !== 1 || deps[0] !== p.id) break;
    run.push(qs[j]!);
  }
  if (run.length === 0) return [];
  const after = qs[i + 1 + run.length]?.id ?? null;
  const first = run[0]!;
  const target = (row: Record<string, unknown>): string | null =>
    run.find((q) => evaluateCondition(q.relevant!, row))?.id ?? after;
  const allSame = run.every((q) => same(q.relevant, first.relevant));

  if (p.kind === "single" || p.kind === "ordinal") {
    const groups = new Map<string | null, string[]>();
    for (const c of choiceList(instrument, p).choices) {
      const t = target({ [p.id]: c.code });
      if (t === first.id) continue;
      groups.set(t, [...(groups.get(t) ?? []), c.code]);
    }
    return [...groups].map(([goTo, codes]) => ({ when: { kind: "choices", codes }, goTo }));
  }
  if (p.kind === "multiple") {
    const opening = openingChoices(first.relevant!, p, instrument);
    if (!opening || !allSame) return [];
    const all = choiceList(instrument, p).choices.map((c) => c.code);
    const others = Object.fromEntries(
      all.filter((c) => !opening.includes(c)).map((c) => [indicatorColumn(p.id, c), true]),
    );
    const goTo = target({});
    if (goTo === first.id || target(others) !== goTo) return [];
    return [{ when: { kind: "notTicked", codes: opening, all: opening.length === all.length }, goTo }];
  }
  if (!allSame) return [];
  const r = first.relevant!;
  if (isNumericKind(p.kind) && r.op === "compare") {
    let cmp = negateComparator(r.cmp);
    const min = p.range?.min ?? (p.kind === "percent" ? 0 : undefined);
    // « 0 ou moins » when nothing can be below 0 is just « 0 ».
    if (cmp === "<=" && min === r.value) cmp = "=";
    return [{ when: { kind: "number", cmp, value: r.value }, goTo: after }];
  }
  if (r.op === "answered") return [{ when: { kind: "blank" }, goTo: after }];
  return [];
}

/**
 * The skip logic of an instrument as a paper form needs it, derived from the typed conditions:
 * for each question, its filter (asked only when…) with where to go otherwise, and the "go to"
 * instructions after its answers. A "go to" is printed only when it is exact: over the questions
 * right after this one whose filter reads this question alone (single and ordinal: by choice;
 * multiple: when the filter is « this or that choice ticked »; numbers: one comparison). Every
 * other filter is still printed at the question it concerns.
 * @example skipInstructions(worker2025).find((s) => s.question === "E1")?.jumps
 * // => [{ when: { kind: "choices", codes: ["jamais", "nsp"] }, goTo: "F1" }]
 */
export function skipInstructions(instrument: Instrument): QuestionSkips[] {
  const qs = instrument.questions;
  return qs.map((q, i) => {
    const filter = q.relevant ?? null;
    let otherwise: string | null | undefined;
    if (filter && !same(qs[i - 1]?.relevant, filter)) {
      otherwise = qs.slice(i + 1).find((x) => !same(x.relevant, filter))?.id ?? null;
    }
    return {
      question: q.id,
      filter,
      ...(otherwise !== undefined ? { otherwise } : {}),
      jumps: jumpsAfter(instrument, i),
    };
  });
}

/** Where to go, in words: « la question F1 » or « la fin du questionnaire ». */
function gotoWords(instrument: Instrument, goTo: string | null, lang: Language): string {
  return goTo === null
    ? tq("paper_goto_end", lang)
    : tq("paper_goto_question", lang, { question: questionNumber(instrument, goTo) });
}

/**
 * A "go to" as the sentence printed under the answers: « Si vous avez répondu « Jamais » ou « Ne
 * sait pas », passez à la question F1. »
 * @example jumpSentence(worker2025, "E1", jump, "nl") // => "Hebt u ‘Nooit’ of ‘Weet niet’ geantwoord? Ga dan naar vraag F1."
 */
export function jumpSentence(instrument: Instrument, from: string, jump: SkipJump, lang: Language): string {
  const goto = gotoWords(instrument, jump.goTo, lang);
  const w = jump.when;
  switch (w.kind) {
    case "choices":
      return tq("paper_jump_choices", lang, {
        answers: quotedList(choiceLabels(instrument, from, w.codes, lang), lang),
        goto,
      });
    case "notTicked": {
      if (w.all) return tq("paper_jump_none_ticked", lang, { goto });
      const answers = quotedList(choiceLabels(instrument, from, w.codes, lang), lang);
      return tq(w.codes.length === 1 ? "paper_jump_not_ticked" : "paper_jump_none_of", lang, { answers, goto });
    }
    case "number":
      return tq("paper_jump_number", lang, { comparison: comparisonInWords(w.cmp, w.value, lang), goto });
    case "blank":
      return tq("paper_jump_blank", lang, { goto });
  }
}

/**
 * A filter as the sentence printed at its question: « Répondez à cette question seulement si … »,
 * followed by « Sinon, passez à la question … » on the first question that has it.
 * @example filterSentence(worker2025, skips.find((s) => s.question === "B4")!, "fr")
 * // => "Répondez à cette question seulement si vous avez écrit plus de 0 à la question B1. Sinon, passez à la question C1."
 */
export function filterSentence(instrument: Instrument, skips: QuestionSkips, lang: Language): string | null {
  if (!skips.filter) return null;
  const main = tq("paper_filter", lang, { condition: conditionInWords(skips.filter, instrument, lang) });
  if (skips.otherwise === undefined) return main;
  return `${main} ${tq("paper_filter_otherwise", lang, { goto: gotoWords(instrument, skips.otherwise, lang) })}`;
}
