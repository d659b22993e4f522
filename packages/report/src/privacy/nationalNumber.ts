/** A span of a text that holds an identifier: `[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether 11 digits are a valid Belgian national register number (or BIS number): the last two
 * digits are 97 minus the first nine modulo 97 — with a 2 before the nine digits for people born
 * from 2000 on. Reference: Belgian Official Journal, AR of 8 January 2006; SPF Intérieur,
 * « Structure du numéro de registre national ».
 * @example isNationalNumber("85073003328") // => true
 * @example isNationalNumber("85073003329") // => false
 */
export function isNationalNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const body = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  return 97 - (Number(body) % 97) === check || 97 - (Number(`2${body}`) % 97) === check;
}

/** Whether the first six digits can be a birth date (month 0–12, +20 or +40 for a BIS number; day 0–31). */
function plausibleDate(digits: string): boolean {
  const month = Number(digits.slice(2, 4)) % 20;
  const day = Number(digits.slice(4, 6));
  return Number(digits.slice(2, 4)) <= 52 && month <= 12 && day <= 31;
}

/**
 * Where a text writes a Belgian national register number, in any of the forms people write it:
 * `85.07.30-033.28`, `85-07-30-033-28`, `850730 033 28`, `85 07 30 033 28`, `85073003328` — 11
 * digits with at most one separator (space, dot, dash or slash) between two digits, not part of a
 * longer number nor of an international phone number (`+32…`). It errs on the safe side: a run
 * shaped like a birth date is taken even when its check digits are wrong (a typo still identifies).
 * @example findNationalNumbers("RN 85-07-30-033-28.") // => [{ start: 3, end: 18 }]
 */
export function findNationalNumbers(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}+]|\d[ .\-/])\d(?:[ .\-/]?\d){10}(?![\p{L}\p{N}]|[ .\-/]\d)/gu)) {
    const digits = m[0].replace(/\D/g, "");
    if (isNationalNumber(digits) || plausibleDate(digits)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
