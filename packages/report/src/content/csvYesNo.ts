import type { CsvCell, Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";

/**
 * A yes/no cell of a CSV in the reader's language (« oui » / « non », « ja » / « nee »): Excel on a
 * Belgian PC shows TRUE/FALSE in English otherwise.
 * Missing values: null stays an empty cell.
 * @example csvYesNo(true, "nl") // => "ja"
 */
export function csvYesNo(x: boolean | null | undefined, lang: Language): CsvCell {
  return x === null || x === undefined ? null : tr(x ? "csv_yes" : "csv_no", lang);
}
