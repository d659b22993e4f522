import type { Span } from "./nationalNumber.ts";

/**
 * Length of the IBAN of each country that has one (SWIFT IBAN Registry, release 99, 2024): Belgium
 * and its neighbours, the countries most Brussels residents bank in or send money to, and every
 * other SEPA country.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  DZ: 26,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MA: 28,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/**
 * Whether a compact string (no spaces, any case) is a valid IBAN: a known country, its length, and
 * the ISO 13616 check (the four first characters moved to the end, letters as 10–35, modulo 97 is 1).
 * @example isIban("be68539007547034") // => true
 * @example isIban("BE68539007547035") // => false
 */
export function isIban(compact: string): boolean {
  const s = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  let r = 0;
  for (const ch of `${s.slice(4)}${s.slice(0, 4)}`) {
    const v = ch <= "9" ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r === 1;
}

/**
 * Where a text writes a bank account: an IBAN in any case and any spacing (`BE68 5390 0754 7034`,
 * `be68539007547034`, `BE 68 5390 0754 7034`, `FR76 3000 6000 0112 3456 7890 189`), checked with
 * its country's length and the mod-97 check so that ordinary words followed by numbers are not
 * taken; a Belgian one (BE + 14 digits) is taken even with a wrong check (a typo still
 * identifies); and the old Belgian account number `539-0075470-34` (mod-97 checked).
 * @example findIbans("Versé sur be68 5390 0754 7034 hier")[0] // => { start: 9, end: 28 }
 */
export function findIbans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([A-Za-z]{2})[ ]?(\d{2})/gu)) {
    const country = m[1]!.toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (length === undefined) continue;
    // Read the rest: letters and digits, with at most one separator between two of them.
    let i = m.index + m[0].length;
    let compact = `${country}${m[2]}`;
    let end = i;
    while (i < text.length && compact.length < length) {
      const sep = /[ .-]/.test(text[i]!) && /[A-Za-z0-9]/.test(text[i + 1] ?? "") ? 1 : 0;
      const ch = text[i + sep];
      if (ch === undefined || !/[A-Za-z0-9]/.test(ch)) break;
      compact += ch;
      i += sep + 1;
      end = i;
    }
    if (compact.length !== length || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
    const belgian = country === "BE" && /^\d{14}$/.test(compact.slice(2));
    if (isIban(compact) || belgian) out.push({ start: m.index, end });
  }
  for (const m of text.matchAll(/(?<![\p{N}-])(\d{3})-(\d{7})-(\d{2})(?![\p{N}-])/gu)) {
    const body = Number(`${m[1]}${m[2]}`);
    if ((body % 97 || 97) === Number(m[3])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
