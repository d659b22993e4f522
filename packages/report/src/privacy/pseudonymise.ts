import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";

/** Kinds of identifiers that {@link pseudonymise} replaces. */
export const IdentifierKind = {
  iban: "iban",
  nationalNumber: "nationalNumber",
  email: "email",
  phone: "phone",
} as const;
/** One of the identifier kinds. */
export type IdentifierKind = (typeof IdentifierKind)[keyof typeof IdentifierKind];

/** Placeholder written instead of each kind of identifier, per language. */
export const PLACEHOLDERS: Readonly<Record<Language, Readonly<Record<IdentifierKind, string>>>> = {
  fr: {
    iban: "[IBAN]",
    nationalNumber: "[numéro de registre national]",
    email: "[courriel]",
    phone: "[téléphone]",
  },
  nl: {
    iban: "[IBAN]",
    nationalNumber: "[rijksregisternummer]",
    email: "[e-mail]",
    phone: "[telefoon]",
  },
};

// Order matters: IBANs and national numbers are long digit runs that the phone pattern would eat.
const PATTERNS: readonly (readonly [IdentifierKind, RegExp])[] = [
  // IBAN (upper case, as printed): two letters, two check digits, then 11–30 letters or digits.
  ["iban", /\b[A-Z]{2}\d{2}(?:[ .-]?[A-Z0-9]{4}){2,7}(?:[ .-]?[A-Z0-9]{1,4})?\b/g],
  // Belgian national register number: YY.MM.DD-XXX.CC, with or without separators (11 digits).
  ["nationalNumber", /\b\d{2}[ .]?\d{2}[ .]?\d{2}[ .-]?\d{3}[ .]?\d{2}\b/g],
  ["email", /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu],
  // Belgian phone numbers: +32 / 0032 / 0, then 8 or 9 digits, grouped by spaces, dots, slashes or dashes.
  ["phone", /(?:(?:\+|\b00)32[ ./-]?(?:\(0\)[ ./-]?)?|\b0)\d(?:[ ./-]?\d){7,8}\b/g],
];

/** Result of {@link pseudonymise}: the text and what was replaced. */
export interface PseudonymisedText {
  /** The text with every identifier replaced by a placeholder. */
  readonly text: string;
  /** How many identifiers of each kind were replaced. */
  readonly replaced: Readonly<Record<IdentifierKind, number>>;
}

/** Options of {@link pseudonymise}. */
export interface PseudonymiseOptions {
  /** Language of the placeholders. Default: `"fr"`. */
  readonly lang?: Language;
}

/**
 * Replaces the direct identifiers a testimony may hold — IBANs, Belgian national register numbers,
 * e-mail addresses, Belgian phone numbers — by placeholders (« [courriel] », « [telefoon] »…), and
 * counts them. It errs on the side of replacing: any 11-digit run shaped like a national number goes.
 * Names, addresses and rare details are NOT detected: a person must still read every testimony
 * before it is published. `null` stays `null`.
 *
 * @example pseudonymise("Appelez-moi au 0470 12 34 56 ou a.b@exemple.be").text
 * // => "Appelez-moi au [téléphone] ou [courriel]"
 */
export function pseudonymise(text: string, options?: PseudonymiseOptions): PseudonymisedText;
export function pseudonymise(text: string | null, options?: PseudonymiseOptions): PseudonymisedText | null;
export function pseudonymise(text: string | null, options: PseudonymiseOptions = {}): PseudonymisedText | null {
  if (text === null) return null;
  const placeholders = PLACEHOLDERS[options.lang ?? DEFAULT_LANGUAGE];
  const replaced: Record<IdentifierKind, number> = { iban: 0, nationalNumber: 0, email: 0, phone: 0 };
  let out = text;
  for (const [kind, pattern] of PATTERNS) {
    out = out.replace(pattern, () => {
      replaced[kind]++;
      return placeholders[kind];
    });
  }
  return { text: out, replaced };
}
