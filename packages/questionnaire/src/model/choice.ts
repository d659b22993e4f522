import type { LocalizedText } from "./language.ts";

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
