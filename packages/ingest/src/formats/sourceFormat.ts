/** Survey tools whose exports the reader understands. */
export const SourceFormat = {
  kobo: "kobo",
  limesurvey: "limesurvey",
  googleForms: "google-forms",
  codebook: "codebook",
} as const;
/** One of the source formats of {@link SourceFormat}. */
export type SourceFormat = (typeof SourceFormat)[keyof typeof SourceFormat];

/**
 * Whether a value is a source format name.
 * @example isSourceFormat("kobo") // => true
 */
export function isSourceFormat(value: unknown): value is SourceFormat {
  return typeof value === "string" && (Object.values(SourceFormat) as string[]).includes(value);
}
