import { normalizeLabel } from "../../mapping/normalizeLabel.ts";
import type { ToolLayout } from "../toolLayout.ts";
import { PLAIN_VALUES } from "../valueConventions.ts";

/**
 * Google Forms' first columns, in the languages a Brussels group uses: the timestamp
 * (« Horodateur », « Tijdstempel », "Timestamp"), the respondent's e-mail when the form collects it
 * (« Adresse e-mail », « E-mailadres », "Email Address"), and a quiz's score. Source: the responses
 * download of Google Forms ("Télécharger les réponses (.csv)") and its linked Sheets.
 */
const TIMESTAMP = new Set(["horodateur", "timestamp", "tijdstempel", "marque temporelle", "horodatage"]);
const OTHER_META = new Set([
  "adresse e mail",
  "adresse courriel",
  "email address",
  "e mailadres",
  "e mail adres",
  "nom d utilisateur",
  "username",
  "gebruikersnaam",
  "score",
  "note",
]);

/** Whether a header is Google Forms' timestamp column. */
export function isGoogleTimestamp(header: string): boolean {
  return TIMESTAMP.has(normalizeLabel(header));
}

/**
 * Google Forms downloads: the timestamp first, then one column per question titled with its text
 * (a grid gives `title [row]`), checkbox answers joined by `, `, the "Autre" option's text written in
 * place of the choice, no respondent id. As typed: decimals with a comma or a point.
 */
export const googleFormsLayout: ToolLayout = {
  format: "google-forms",
  isMetadata: (header) => {
    const h = normalizeLabel(header);
    return TIMESTAMP.has(h) || OTHER_META.has(h);
  },
  idColumn: () => -1,
  completionColumn: () => -1,
  values: { ...PLAIN_VALUES, otherInPlace: true },
  decimalByDefault: (delimiter) => (delimiter === ";" ? "," : "."),
  exportHelp: "export_help_google_forms",
};
