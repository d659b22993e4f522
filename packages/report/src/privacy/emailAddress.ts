import type { Span } from "./nationalNumber.ts";

/**
 * Where a text writes an e-mail address: `marie.dupont+cpas@exemple-asbl.be`, and the disguised
 * forms people use to avoid spam — `marie (at) exemple.be`, `marie[at]exemple[dot]be`,
 * `marie arobase exemple point be`.
 * @example findEmails("Écrivez à a.b@exemple.be demain")[0] // => { start: 10, end: 24 }
 */
export function findEmails(text: string): Span[] {
  const local = "[\\p{L}\\p{N}._%+-]+";
  const at = "(?:\\s*@\\s*|\\s*[([{]at[)\\]}]\\s*|\\s+arobase\\s+)";
  const dot = "(?:\\.|\\s*[([{]dot[)\\]}]\\s*|\\s+point\\s+)";
  const email = new RegExp(`${local}${at}[\\p{L}\\p{N}-]+(?:${dot}[\\p{L}\\p{N}-]+)*${dot}\\p{L}{2,}`, "giu");
  return [...text.matchAll(email)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
