/**
 * Skip logic written as typed data over earlier answers — never as strings passed to `eval`.
 *
 * A question with a `relevant` condition is asked only when the condition holds for the answers
 * given so far; otherwise its canonical value is `null` ("not asked").
 */
export type Condition =
  /** Single or ordinal question answered with one of `values`. */
  | { readonly op: "in"; readonly question: string; readonly values: readonly string[] }
  /** Multiple-choice question where `choice` was ticked. */
  | { readonly op: "selected"; readonly question: string; readonly choice: string }
  /** Numeric question compared to a constant. */
  | { readonly op: "compare"; readonly question: string; readonly cmp: Comparator; readonly value: number }
  /** Question answered (not blank). */
  | { readonly op: "answered"; readonly question: string }
  | { readonly op: "and"; readonly conditions: readonly Condition[] }
  | { readonly op: "or"; readonly conditions: readonly Condition[] }
  | { readonly op: "not"; readonly condition: Condition };

/** Comparison operators of a numeric condition. */
export const Comparator = { lt: "<", le: "<=", gt: ">", ge: ">=", eq: "=", ne: "!=" } as const;
/** One of `<`, `<=`, `>`, `>=`, `=`, `!=`. */
export type Comparator = (typeof Comparator)[keyof typeof Comparator];

/**
 * Whether a value is a comparator.
 * @example isComparator(">=") // => true
 */
export function isComparator(value: unknown): value is Comparator {
  return typeof value === "string" && (Object.values(Comparator) as string[]).includes(value);
}

/** Condition builders, so that instruments read like the questionnaire. */
export const when = {
  /** `question` answered with one of the codes. @example when.in("A1", ["cpas"]) */
  in: (question: string, ...values: string[]): Condition => ({ op: "in", question, values }),
  /** `choice` ticked in multiple-choice `question`. @example when.selected("C1", "commune") */
  selected: (question: string, choice: string): Condition => ({ op: "selected", question, choice }),
  /** numeric `question` compared to `value`. @example when.compare("B1", ">", 0) */
  compare: (question: string, cmp: Comparator, value: number): Condition => ({ op: "compare", question, cmp, value }),
  /** `question` not blank. */
  answered: (question: string): Condition => ({ op: "answered", question }),
  and: (...conditions: Condition[]): Condition => ({ op: "and", conditions }),
  or: (...conditions: Condition[]): Condition => ({ op: "or", conditions }),
  not: (condition: Condition): Condition => ({ op: "not", condition }),
} as const;

/**
 * The question ids a condition reads, in order of first appearance.
 * @example conditionQuestions(when.and(when.in("A1", "cpas"), when.answered("A2"))) // => ["A1", "A2"]
 */
export function conditionQuestions(condition: Condition): string[] {
  const out: string[] = [];
  const visit = (c: Condition): void => {
    switch (c.op) {
      case "and":
      case "or":
        for (const d of c.conditions) visit(d);
        return;
      case "not":
        visit(c.condition);
        return;
      default:
        if (!out.includes(c.question)) out.push(c.question);
    }
  };
  visit(condition);
  return out;
}
