import { FIRST_NAMES, SURNAMES } from "./belgianNames.ts";
import type { Span } from "./nationalNumber.ts";

/** Why a word was taken for a personal name. */
export const NameReason = {
  /** It follows a title: Madame, Monsieur, M., Mme, Mevrouw, Meneer, Dhr., Mw.… */
  title: "title",
  /** It is a frequent first name (Statbel). */
  firstName: "firstName",
  /** It is a frequent surname (Statbel). */
  surname: "surname",
  /** It follows a first name, capitalised: the rest of a full name. */
  afterFirstName: "afterFirstName",
} as const;
/** One of the reasons. */
export type NameReason = (typeof NameReason)[keyof typeof NameReason];

/** A word (or words) of a text that may name a person. */
export interface NameFlag extends Span {
  /** The words as written. */
  readonly word: string;
  readonly reason: NameReason;
}

/** Titles after which a capitalised word is a name (French and Dutch, with and without a dot). */
const TITLES = new Set([
  "madame",
  "monsieur",
  "mademoiselle",
  "m.",
  "mme",
  "mme.",
  "mlle",
  "mlle.",
  "mm.",
  "mr",
  "mr.",
  "dr",
  "dr.",
  "docteur",
  "maître",
  "mevrouw",
  "meneer",
  "mijnheer",
  "dhr",
  "dhr.",
  "mw",
  "mw.",
  "mevr",
  "mevr.",
  "juffrouw",
  "dokter",
  "meester",
]);
/** Particles of a surname: « Van den Broeck », « De Smet », « El Amrani », « Le Roy ». */
const PARTICLES = new Set([
  "de",
  "van",
  "der",
  "den",
  "het",
  "le",
  "la",
  "du",
  "des",
  "el",
  "ben",
  "ait",
  "d'",
  "von",
  "di",
  "da",
  "dos",
]);

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const FIRST = new Set(FIRST_NAMES.map(fold));
const LAST = new Set(SURNAMES.map(fold));
const LONGEST = Math.max(...SURNAMES.map((s) => s.split(" ").length));

const capitalised = (w: string) => /^\p{Lu}[\p{Ll}'’]/u.test(w) || /^\p{Lu}{2,}$/u.test(w);

/**
 * Words of a text that may name a person, to be confirmed by someone before publication: a
 * capitalised word after a title (« Madame Lefèvre », « Mme Diallo », « Dhr. Peeters », « Mw. De
 * Smet »), a frequent Belgian first name or surname written with a capital (« Fatima », « Janssens »,
 * « EL AMRANI »), and the capitalised word that follows a first name (« Fatima Benali »). A
 * hyphenated word counts only when its first part is a first name (« Jean-Pierre », not
 * « Saint-Gilles »). Lower-case words are never taken.
 * @example findNames("J'ai accompagné Madame Lefèvre et Mohamed.").map((f) => f.word) // => ["Lefèvre", "Mohamed"]
 */
export function findNames(text: string): NameFlag[] {
  const words = [...text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*\.?/gu)].map((m) => {
    const raw = m[0];
    // A final dot belongs to a title (« Mme. »), not to a name at the end of a sentence.
    const word = raw.endsWith(".") && !TITLES.has(raw.toLowerCase()) ? raw.slice(0, -1) : raw;
    return { word, start: m.index, end: m.index + word.length };
  });
  const flags: NameFlag[] = [];
  const taken = new Set<number>();
  const flag = (from: number, to: number, reason: NameReason) => {
    for (let k = from; k <= to; k++) taken.add(k);
    flags.push({
      start: words[from]!.start,
      end: words[to]!.end,
      word: text.slice(words[from]!.start, words[to]!.end),
      reason,
    });
  };
  /** Index of the last word of a name starting at i (particles, then a capitalised word), or -1. */
  const nameFrom = (i: number): number => {
    let j = i;
    while (j < words.length && PARTICLES.has(fold(words[j]!.word)) && j - i < 3) j++;
    return j < words.length && capitalised(words[j]!.word) ? j : -1;
  };
  const isFirst = (w: string) => FIRST.has(fold(w)) || (w.includes("-") && FIRST.has(fold(w.split("-")[0]!)));
  for (let i = 0; i < words.length; i++) {
    if (taken.has(i)) continue;
    const w = words[i]!.word;
    if (TITLES.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)) {
      const end = nameFrom(i + 1);
      if (end >= 0) {
        let last = end;
        while (last + 1 < words.length && capitalised(words[last + 1]!.word) && last - end < 2) last++;
        flag(i + 1, last, NameReason.title);
      }
      continue;
    }
    // A surname of several words (« Van den Broeck »), longest first.
    let matched = false;
    for (let n = LONGEST; n >= 1 && !matched; n--) {
      if (i + n > words.length) continue;
      const seq = words.slice(i, i + n).map((x) => x.word);
      if (!capitalised(seq[0]!) || !capitalised(seq.at(-1)!)) continue;
      if (LAST.has(fold(seq.join(" ")))) {
        flag(i, i + n - 1, NameReason.surname);
        matched = true;
      }
    }
    if (matched || !capitalised(w)) continue;
    if (isFirst(w)) {
      const end = nameFrom(i + 1);
      // « Fatima Benali »: the next capitalised word is the surname (unless it starts a new sentence).
      const sentenceEnd = /[.!?]\s*$/.test(text.slice(words[i]!.end, words[i + 1]?.start ?? words[i]!.end));
      if (end >= 0 && !sentenceEnd && end - i <= 3) flag(i, end, NameReason.afterFirstName);
      else flag(i, i, NameReason.firstName);
    }
  }
  return flags;
}
