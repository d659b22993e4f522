import type { Language } from "@monitoring-social/questionnaire";

/** Short words that only one of the two languages uses (« de » and « en », in both, are left out). */
const WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(
    "le la les un une des du et est pas pour qui que dans sur avec elle il ils elles ne au aux ses son sa ont été fait plus mais ou où car cette ce leur nous vous je on très".split(
      " ",
    ),
  ),
  nl: new Set(
    "het een van is niet voor die dat met op aan zijn haar hij ze zij er te om bij naar kon werd heeft geen nog ook maar moest omdat wordt worden kan wij ik u hun deze dit".split(
      " ",
    ),
  ),
};

/**
 * The language a free text (a testimony) is written in, French or Dutch, from the signs only one of
 * them shows: short words (French elisions « l' », « d' », « n' », « qu' » count as French words),
 * French accents (é, è, ê, à, ç, ù, û, ô, î) and endings in « -tion(s) », a space before a colon
 * (French typography); Dutch « ij » and doubled vowels (« aa », « uu », « ee »). The language with at
 * least two signs and twice as many as the other wins. A text too short or too mixed to tell gives
 * `undefined` — the page then marks nothing rather than guess.
 * @example textLanguage("Une dame n'a pas pu prendre rendez-vous en ligne.") // => "fr"
 * @example textLanguage("Een man kon zijn afspraak niet online maken.") // => "nl"
 * @example textLanguage("Proposition fictive : publier les informations en langage FALC.") // => "fr"
 * @example textLanguage("OK") // => undefined
 */
export function textLanguage(text: string): Language | undefined {
  const words = text.toLowerCase().match(/[\p{L}]+(?:'|’)?/gu) ?? [];
  const score = { fr: 0, nl: 0 };
  for (const w of words) {
    if (/['’]$/.test(w) || WORDS.fr.has(w) || /[éèêàçùûôî]|tions?$/.test(w)) score.fr++;
    else if (WORDS.nl.has(w) || /ij|aa|uu|ee/.test(w)) score.nl++;
  }
  score.fr += (text.match(/\s:\s/g) ?? []).length;
  if (score.fr >= 2 && score.fr >= 2 * score.nl) return "fr";
  if (score.nl >= 2 && score.nl >= 2 * score.fr) return "nl";
  return undefined;
}
