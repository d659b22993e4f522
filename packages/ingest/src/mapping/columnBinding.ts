/** What a column of the source file feeds in the canonical table. */
export type ColumnBinding =
  /** The respondent id. */
  | { readonly kind: "id" }
  /** The wave (`vague`) or commune key column of a codebook CSV. */
  | { readonly kind: "key"; readonly key: "vague" | "commune" }
  /** Tool metadata (submission time, uuid…): kept out of the table, not a problem. */
  | { readonly kind: "metadata" }
  /** Matches nothing: listed in the report, with a suggestion when one is close. */
  | { readonly kind: "unmatched"; readonly suggestion?: string }
  /** The answer of a question: a code or label, a number, a text, a date — or, for a multiple-choice
   * question, the list of chosen codes or labels in one cell. */
  | { readonly kind: "answer"; readonly question: string }
  /** One choice of a multiple-choice question (0/1, TRUE/FALSE, Y/empty). */
  | { readonly kind: "indicator"; readonly question: string; readonly choice: string }
  /** The "other, specify" text of a question. */
  | { readonly kind: "otherText"; readonly question: string };

/**
 * A saved column mapping: header as in the file → question id, `question__choice`, `question__autre_texte`,
 * `id`, or `-` to ignore a column on purpose. Saved as JSON and reused with `--mapping`.
 */
export type ColumnMapping = Readonly<Record<string, string>>;
