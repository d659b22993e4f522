import type { Language, LocalizedText } from "./language.ts";

/** One answer option of a choice list. */
export interface Choice {
  /** Stable code stored in data; a valid XLSForm name (letters, digits, `_`, `-`, `.`; no spaces). */
  readonly code: string;
  /** Label shown to respondents, in French and Dutch. */
  readonly label: LocalizedText;
  /**
   * Rank on an ordered scale (ordinal questions): 1, 2, 3… Used by ordinal statistics.
   * Absent for unordered lists and for missing-type answers. Default: none.
   */
  readonly value?: number;
  /**
   * Special answer such as *ne sait pas* or *non applicable*: kept in the data but excluded from
   * denominators by default, and reported. Default: `false`.
   */
  readonly missing?: boolean;
  /** The "other, specify" option: when chosen, `question__autre_texte` holds the text. Default: `false`. */
  readonly other?: boolean;
  /**
   * The neutral answer at the centre of a bipolar ordinal scale (« ni d'accord ni pas d'accord »,
   * « pas de changement »): charts colour such a scale diverging around it. Default: `false` (a
   * one-way scale such as a frequency or brackets).
   */
  readonly centre?: boolean;
  /**
   * The label in results (charts, tables, reports) when the form's label carries an instruction to
   * the respondent: « Autre » / « Andere » for « Autre (précisez) » / « Andere (preciseer) ».
   * Default: the label.
   */
  readonly result?: LocalizedText;
}

/**
 * The label of a choice in results: its `result` label, else its label.
 * @example choiceResultLabel({ code: "autre", label: { fr: "Autre (précisez)", nl: "Andere (preciseer)" }, result: { fr: "Autre", nl: "Andere" } }, "nl") // => "Andere"
 */
export function choiceResultLabel(choice: Choice, lang: Language): string {
  return (choice.result ?? choice.label)[lang];
}

/** A named list of choices (XLSForm `list_name`), shared by questions that use the same scale. */
export interface ChoiceList {
  /** List name, a valid XLSForm name. */
  readonly name: string;
  /** Options in display order. */
  readonly choices: readonly Choice[];
}

/** A valid XLSForm name: starts with a letter or `_`, then letters, digits, `_`, `-`, `.`. */
export const XLSFORM_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Whether a code is a valid XLSForm name (no spaces, no accents).
 * @example isValidCode("cpas") // => true
 * @example isValidCode("ne sait pas") // => false
 */
export function isValidCode(code: string): boolean {
  return XLSFORM_NAME.test(code);
}
