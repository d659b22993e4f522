import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import { findEmails } from "./emailAddress.ts";
import { findIbans } from "./iban.ts";
import { findNationalNumbers, type Span } from "./nationalNumber.ts";
import { findNames, type NameFlag } from "./personalNames.ts";
import { findPhones } from "./phoneNumber.ts";

/** Kinds of identifiers that {@link pseudonymise} replaces. */
export const IdentifierKind = {
  iban: "iban",
  nationalNumber: "nationalNumber",
  email: "email",
  phone: "phone",
  name: "name",
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
    name: "[nom]",
  },
  nl: {
    iban: "[IBAN]",
    nationalNumber: "[rijksregisternummer]",
    email: "[e-mail]",
    phone: "[telefoon]",
    name: "[naam]",
  },
};

/** A word flagged as a possible personal name, and whether it was masked. */
export interface NameReview extends NameFlag {
  /** Masked (`[nom]`), or published as written because a person confirmed it (`confirmedWords`). */
  readonly masked: boolean;
}

/** Result of {@link pseudonymise}: the text and what was replaced. */
export interface PseudonymisedText {
  /** The text with every identifier replaced by a placeholder. */
  readonly text: string;
  /** How many identifiers of each kind were replaced. */
  readonly replaced: Readonly<Record<IdentifierKind, number>>;
  /** Words that may be personal names, for a person to confirm (positions in the original text). */
  readonly names: readonly NameReview[];
}

/** Options of {@link pseudonymise}. */
export interface PseudonymiseOptions {
  /** Language of the placeholders. Default: `"fr"`. */
  readonly lang?: Language;
  /**
   * Flagged words a person has read and confirmed may be published as written (compared without
   * case or accents, e.g. `["Marie"]` for « rue Marie »). Default: none.
   */
  readonly confirmed?: readonly string[];
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Replaces the direct identifiers a testimony may hold by placeholders (« [courriel] »,
 * « [telefoon] »…) and counts them: IBANs in any case and spacing (mod-97 checked), Belgian
 * national register numbers in every written form, e-mail addresses (also « (at) », « arobase »),
 * phone numbers (Belgian and foreign); and masks the words that may be personal names (after a
 * title, frequent Belgian first names and surnames — see {@link findNames}) unless a person has
 * confirmed them. Masking is the default because the testimonies come from vulnerable people: a
 * false alarm costs a word, a missed name can cost a person. Each flagged word is returned, for
 * the review list. Names that are not in the lists, addresses and rare details are NOT found: a
 * person must still read every testimony before it is published. `null` stays `null`.
 *
 * @example pseudonymise("Appelez Mme Diallo au 0470 12 34 56 ou a.b@exemple.be").text
 * // => "Appelez Mme [nom] au [téléphone] ou [courriel]"
 */
export function pseudonymise(text: string, options?: PseudonymiseOptions): PseudonymisedText;
export function pseudonymise(text: string | null, options?: PseudonymiseOptions): PseudonymisedText | null;
export function pseudonymise(text: string | null, options: PseudonymiseOptions = {}): PseudonymisedText | null {
  if (text === null) return null;
  const placeholders = PLACEHOLDERS[options.lang ?? DEFAULT_LANGUAGE];
  const confirmed = new Set((options.confirmed ?? []).map(fold));
  // In order of precedence: an IBAN or a national number is also a run of digits a phone pattern would take.
  const found: (Span & { kind: IdentifierKind })[] = [];
  const overlaps = (s: Span) => found.some((f) => s.start < f.end && f.start < s.end);
  const take = (kind: IdentifierKind, spans: readonly Span[]) => {
    for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end))
      if (!overlaps(s)) found.push({ ...s, kind });
  };
  take("iban", findIbans(text));
  take("email", findEmails(text));
  take("nationalNumber", findNationalNumbers(text));
  take("phone", findPhones(text));
  const names: NameReview[] = [];
  for (const flag of findNames(text)) {
    if (overlaps(flag)) continue;
    const masked = !confirmed.has(fold(flag.word));
    names.push({ ...flag, masked });
    if (masked) found.push({ ...flag, kind: "name" });
  }
  const replaced: Record<IdentifierKind, number> = { iban: 0, nationalNumber: 0, email: 0, phone: 0, name: 0 };
  let out = "";
  let at = 0;
  for (const f of found.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, f.start) + placeholders[f.kind];
    at = f.end;
    replaced[f.kind]++;
  }
  return { text: out + text.slice(at), replaced, names };
}
