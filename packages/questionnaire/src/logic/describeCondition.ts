import type { Condition } from "../model/condition.ts";
import type { Language } from "../model/language.ts";

const WORDS = {
  fr: { selected: "coché dans", answered: "a une réponse", and: " et ", or: " ou ", not: "non", quotes: ["« ", " »"] },
  nl: {
    selected: "aangevinkt bij",
    answered: "is beantwoord",
    and: " en ",
    or: " of ",
    not: "niet",
    quotes: ["‘", "’"],
  },
} as const;

/**
 * Skip logic in words, for codebooks and paper forms.
 * @example describeCondition(when.in("E1", "souvent", "parfois"), "fr") // => "E1 = souvent ou parfois"
 * @example describeCondition(when.selected("C1", "commune"), "nl") // => "‘commune’ aangevinkt bij C1"
 */
export function describeCondition(condition: Condition, lang: Language): string {
  const w = WORDS[lang];
  const wrap = (c: Condition) =>
    c.op === "and" || c.op === "or" ? `(${describeCondition(c, lang)})` : describeCondition(c, lang);
  switch (condition.op) {
    case "in":
      return `${condition.question} = ${condition.values.join(w.or)}`;
    case "selected":
      return `${w.quotes[0]}${condition.choice}${w.quotes[1]} ${w.selected} ${condition.question}`;
    case "compare":
      return `${condition.question} ${condition.cmp.replace(">=", "≥").replace("<=", "≤").replace("!=", "≠")} ${String(condition.value).replace(".", ",")}`;
    case "answered":
      return `${condition.question} ${w.answered}`;
    case "and":
      return condition.conditions.map(wrap).join(w.and);
    case "or":
      return condition.conditions.map(wrap).join(w.or);
    case "not":
      return `${w.not} (${describeCondition(condition.condition, lang)})`;
  }
}
