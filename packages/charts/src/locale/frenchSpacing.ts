import { NBSP, NNBSP } from "./locale.ts";

/**
 * French text set as the French locale of this package sets it (`LOCALES.fr`): the space typed
 * inside « » and before « : » becomes a no-break space, the one before « ; ! ? % » a narrow
 * no-break space (added when missing before « ; ! ? »), so that a line never starts with « » »,
 * « : » or « % ». A colon or a sign with no space before it inside a word, a time or an address
 * (« 10:30 », « https:// ») is left alone.
 * Used on the texts a user writes (report definitions), which are typed with plain spaces.
 * @example frenchSpacing("groupe « exclusion numérique » : 40 %") // => "groupe «\u00a0exclusion numérique\u00a0»\u00a0: 40\u202f%"
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+%/g, `${NNBSP}%`)
    .replace(/([^\s;!?])[ \u00a0\u202f]*([;!?])(?=\s|$)/g, `$1${NNBSP}$2`);
}
