import type { Language } from "@monitoring-social/questionnaire";

/** Simple fractions an easy-to-read text uses, with their words. */
const FRACTIONS: readonly { value: number; simple: boolean; fr: string; nl: string }[] = [
  { value: 0.1, simple: false, fr: "1 sur 10", nl: "1 op 10" },
  { value: 0.2, simple: true, fr: "1 sur 5", nl: "1 op 5" },
  { value: 0.25, simple: true, fr: "1 sur 4", nl: "1 op 4" },
  { value: 0.3, simple: false, fr: "3 sur 10", nl: "3 op 10" },
  { value: 1 / 3, simple: true, fr: "1 sur 3", nl: "1 op 3" },
  { value: 0.4, simple: false, fr: "4 sur 10", nl: "4 op 10" },
  { value: 0.5, simple: true, fr: "la moitié", nl: "de helft" },
  { value: 0.6, simple: false, fr: "6 sur 10", nl: "6 op 10" },
  { value: 2 / 3, simple: true, fr: "2 sur 3", nl: "2 op 3" },
  { value: 0.7, simple: false, fr: "7 sur 10", nl: "7 op 10" },
  { value: 0.75, simple: true, fr: "3 sur 4", nl: "3 op 4" },
  { value: 0.8, simple: true, fr: "8 sur 10", nl: "8 op 10" },
  { value: 0.9, simple: false, fr: "9 sur 10", nl: "9 op 10" },
];

/** How much nearer a plain fraction (half, thirds, quarters, fifths) wins over tenths. */
const SIMPLE_BONUS = 0.012;

/**
 * A share (0–1) in plain words for easy-to-read (FALC) charts: the nearest simple fraction,
 * preferring half, thirds and quarters, with « environ » / « ongeveer » unless it is exact to half
 * a point; « presque personne » under 3 %, « presque tout le monde » over 97 %, « personne » and
 * « tout le monde » at 0 and 1. Words replace whiskers: they never claim more precision than a
 * survey of a few hundred people has. Non-finite input gives "–".
 * @example plainShare(0.46, "fr") // => "environ la moitié"
 * @example plainShare(0.46, "nl") // => "ongeveer de helft"
 * @example plainShare(0.71, "fr") // => "environ 7 sur 10"
 * @example plainShare(0.25, "nl") // => "1 op 4"
 */
export function plainShare(p: number, lang: Language): string {
  if (!Number.isFinite(p)) return "–";
  if (p <= 0) return lang === "fr" ? "personne" : "niemand";
  if (p >= 1) return lang === "fr" ? "tout le monde" : "iedereen";
  if (p < 0.03) return lang === "fr" ? "presque personne" : "bijna niemand";
  if (p > 0.97) return lang === "fr" ? "presque tout le monde" : "bijna iedereen";
  if (p < 0.07) return lang === "fr" ? "moins de 1 sur 10" : "minder dan 1 op 10";
  if (p > 0.93) return lang === "fr" ? "plus de 9 sur 10" : "meer dan 9 op 10";
  let best = FRACTIONS[0]!;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const fraction of FRACTIONS) {
    const score = Math.abs(p - fraction.value) - (fraction.simple ? SIMPLE_BONUS : 0);
    if (score < bestScore) {
      best = fraction;
      bestScore = score;
    }
  }
  const exact = Math.abs(p - best.value) < 0.005;
  return `${exact ? "" : lang === "fr" ? "environ " : "ongeveer "}${best[lang]}`;
}
