import { type Choice, choiceList, type Instrument, type Question } from "@monitoring-social/questionnaire";
import { normalizeLabel } from "../mapping/normalizeLabel.ts";

/** Decimal separator of numbers in a file. */
export type DecimalSeparator = "." | ",";

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d{1,15}$/;

/**
 * Parses a number written by a survey tool or by Excel on a Belgian PC: decimal comma or point,
 * spaces (also no-break and thin) as thousands separators, a trailing `%`. Returns `null` for a
 * blank cell and `undefined` for text that is not a number.
 * @example parseNumber("12,5", ",") // => 12.5
 * @example parseNumber("1 250", ",") // => 1250
 * @example parseNumber("beaucoup", ",") // => undefined
 */
export function parseNumber(raw: string, decimal: DecimalSeparator): number | null | undefined {
  // Fast path: a plain integer, as most cells are.
  if (INTEGER.test(raw)) return Number(raw);
  let s = raw.trim();
  if (s === "") return null;
  s = s.replace(/\s*%$/, "").replace(/[\s\u00a0\u202f]/g, "");
  if (decimal === ",") {
    if (s.includes(".") && s.includes(",")) s = s.replace(/\./g, "");
    s = s.replace(",", ".");
  } else if (/^-?\d+,\d+$/.test(s)) {
    // A lone decimal comma in a point-decimal file is still unambiguous.
    s = s.replace(",", ".");
  }
  return NUMBER.test(s) ? Number(s) : undefined;
}

const HOURS = "h|hr|hrs|heures?|u|uur|uren";
const MINUTES = "m|mn|min|mins|minutes?|minuten";
const H_MIN = new RegExp(`^(\\d{1,3})\\s*(?:${HOURS})\\s*(?:(\\d{1,2})\\s*(?:${MINUTES})?)?$`, "i");
const ONLY_MIN = new RegExp(`^(\\d{1,4})\\s*(?:${MINUTES})$`, "i");
const DECIMAL_H = new RegExp(`^(\\d{1,3})[.,](\\d{1,2})\\s*(?:${HOURS})$`, "i");
const CLOCK = /^(\d{1,2}):(\d{2})$/;

/**
 * Reads a duration written in words or as a clock where a number was expected — « 2h30 », « 2 h »,
 * « 1u15 », « 45 min », « 1,5 h », « 1:30 » — as minutes. Returns `undefined` for anything else,
 * plain numbers included: a number column is never converted, this only lets a message say what
 * number to type instead.
 * @example parseDuration("2h30") // => 150
 * @example parseDuration("45 min") // => 45
 * @example parseDuration("150") // => undefined
 */
export function parseDuration(raw: string): number | undefined {
  const s = raw.trim();
  let m = H_MIN.exec(s);
  if (m) {
    const minutes = m[2] === undefined ? 0 : Number(m[2]);
    return minutes < 60 ? Number(m[1]) * 60 + minutes : undefined;
  }
  m = ONLY_MIN.exec(s);
  if (m) return Number(m[1]);
  m = DECIMAL_H.exec(s);
  if (m) return Math.round(Number(`${m[1]}.${m[2]}`) * 60);
  m = CLOCK.exec(s);
  if (m && Number(m[2]) < 60) return Number(m[1]) * 60 + Number(m[2]);
  return undefined;
}

/**
 * Parses a date as ISO `YYYY-MM-DD` (a time part is dropped) or day first, `DD/MM/YYYY`, `D-M-YYYY`
 * or `DD.MM.YYYY` (Belgian order, as Google Sheets writes it in French and Dutch).
 * Returns `null` for blank, `undefined` for anything else or an impossible date.
 * @example parseDate("05/03/2025") // => "2025-03-05"
 */
export function parseDate(raw: string): string | null | undefined {
  const s = raw.trim();
  if (s === "") return null;
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  const be = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (be) [y, m, d] = [Number(be[4]), Number(be[3]), Number(be[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const TRUE = new Set(["1", "true", "vrai", "y", "yes", "oui", "ja", "x", "waar"]);
const FALSE = new Set(["0", "false", "faux", "n", "no", "non", "nee", "onwaar"]);

/**
 * Parses a multiple-choice indicator cell: 1/0, TRUE/FALSE (also VRAI/FAUX), Y/N, oui/non, ja/nee,
 * x. Returns `null` for blank and `undefined` for anything else.
 * @example parseIndicator("Y") // => true
 */
export function parseIndicator(raw: string): boolean | null | undefined {
  // Fast paths for what tools write most.
  if (raw === "TRUE" || raw === "1") return true;
  if (raw === "FALSE" || raw === "0") return false;
  if (raw === "") return null;
  const s = raw.trim().toLowerCase();
  if (s === "") return null;
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

/** Resolves codes and labels (French or Dutch, normalised) of one question's choices. */
export interface ChoiceResolver {
  /** The question's choices. */
  readonly choices: readonly Choice[];
  /** Code of a cell holding a code or a label, or `undefined` when unknown. */
  readonly resolve: (raw: string) => string | undefined;
  /** Labels (as written, both languages) longest first, with their code: to split Google Forms cells. */
  readonly labels: readonly { readonly text: string; readonly code: string }[];
  /** The "other, specify" choice, if any. */
  readonly other: Choice | undefined;
}

/** Builds the {@link ChoiceResolver} of a choice question. */
export function choiceResolver(instrument: Instrument, q: Question): ChoiceResolver {
  const choices = choiceList(instrument, q).choices;
  const byCode = new Map(choices.map((c) => [c.code, c.code]));
  const byLabel = new Map<string, string>();
  for (const c of choices) {
    byLabel.set(normalizeLabel(c.code), c.code);
    byLabel.set(normalizeLabel(c.label.fr), c.code);
    byLabel.set(normalizeLabel(c.label.nl), c.code);
  }
  const labels = choices
    .flatMap((c) => [
      { text: c.label.fr, code: c.code },
      { text: c.label.nl, code: c.code },
    ])
    .sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  return {
    choices,
    labels,
    other: choices.find((c) => c.other),
    resolve: (raw) => byCode.get(raw) ?? byCode.get(raw.trim()) ?? byLabel.get(normalizeLabel(raw)),
  };
}

/** Codes of a cell made of known labels (or codes) joined by single spaces, or `undefined`. */
function splitSpaced(s: string, resolver: ChoiceResolver): string[] | undefined {
  const texts = [...resolver.labels, ...resolver.choices.map((c) => ({ text: c.code, code: c.code }))].filter(
    (x) => x.text !== "",
  );
  // from[i]: how position i was reached (previous position and code), for the first parse found.
  const from: ({ prev: number; code: string } | undefined)[] = new Array(s.length + 1);
  const reached = new Uint8Array(s.length + 1);
  reached[0] = 1;
  for (let i = 0; i < s.length; i++) {
    if (!reached[i]) continue;
    for (const { text, code } of texts) {
      const end = i + text.length;
      if (end > s.length || !s.startsWith(text, i) || (end < s.length && s[end] !== " ")) continue;
      const next = end < s.length ? end + 1 : end;
      if (!reached[next]) {
        reached[next] = 1;
        from[next] = { prev: i, code };
      }
    }
  }
  if (!reached[s.length]) return undefined;
  const codes: string[] = [];
  for (let at = s.length; at > 0; ) {
    const step = from[at]!;
    if (!codes.includes(step.code)) codes.push(step.code);
    at = step.prev;
  }
  return codes;
}

/**
 * Splits a multiple-choice cell into codes: space-separated codes (Kobo, codebook CSV), labels
 * joined by `, ` or `;` (Google Forms), or labels joined by spaces (Kobo "Single column" with labels) — labels may contain commas, so known labels are matched
 * longest first. Returns the codes in list order and what is left over (text that matches no choice).
 * @example splitMultiple("Emploi, formation, Logement", resolver) // => { codes: ["emploi", "logement"], rest: [] }
 */
export function splitMultiple(raw: string, resolver: ChoiceResolver): { codes: string[]; rest: string[] } {
  const s = raw.trim();
  if (s === "") return { codes: [], rest: [] };
  const tokens = s.split(/\s+/);
  const order = (codes: Iterable<string>) => resolver.choices.map((c) => c.code).filter((c) => new Set(codes).has(c));
  if (tokens.every((t) => resolver.choices.some((c) => c.code === t))) return { codes: order(tokens), rest: [] };
  let remaining = `, ${s}, `;
  const codes: string[] = [];
  for (const { text, code } of resolver.labels) {
    if (text === "") continue;
    const needle = `, ${text}, `;
    while (remaining.includes(needle)) {
      remaining = remaining.replace(needle, ", ");
      if (!codes.includes(code)) codes.push(code);
    }
  }
  const rest = remaining
    .split(/\s*[,;]\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  // Labels joined by single spaces (KoboToolbox's "Single column" export with labels).
  if (rest.length > 0 && codes.length === 0) {
    const spaced = splitSpaced(s, resolver);
    if (spaced) return { codes: order(spaced), rest: [] };
  }
  const restCodes = rest.map((r) => resolver.resolve(r));
  const unresolved: string[] = [];
  rest.forEach((r, i) => {
    const c = restCodes[i];
    if (c !== undefined) {
      if (!codes.includes(c)) codes.push(c);
    } else unresolved.push(r);
  });
  return { codes: order(codes), rest: unresolved };
}
