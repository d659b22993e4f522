/**
 * Languages of every user-facing text. French is the default; Brussels is bilingual.
 */
export const Language = { fr: "fr", nl: "nl" } as const;
/** A user-facing language code: `"fr"` or `"nl"`. */
export type Language = (typeof Language)[keyof typeof Language];

/** All supported languages, French first (the default). */
export const LANGUAGES: readonly Language[] = [Language.fr, Language.nl];

/** Default language of every output: French. */
export const DEFAULT_LANGUAGE: Language = Language.fr;

/**
 * Whether a value is a supported language code.
 * @example isLanguage("nl") // => true
 * @example isLanguage("en") // => false
 */
export function isLanguage(value: unknown): value is Language {
  return value === "fr" || value === "nl";
}

/** A text in French and in Dutch. */
export interface LocalizedText {
  /** French wording (default language). */
  readonly fr: string;
  /** Dutch wording. */
  readonly nl: string;
}
