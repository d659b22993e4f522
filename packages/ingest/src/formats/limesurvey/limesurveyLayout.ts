import { normalizeLabel } from "../../mapping/normalizeLabel.ts";
import type { ToolLayout } from "../toolLayout.ts";
import { nthChoice, type ValueConventions } from "../valueConventions.ts";

/**
 * LimeSurvey's response-table columns that are not answers, by field name and by the heading its
 * exporter prints for them in French and Dutch (the "Full question text" and "Question code & question
 * text" heading styles print `gT('Response ID')`, `gT('Date submitted')`…). Field names: LimeSurvey
 * `application/helpers/common_helper.php` `createFieldMap`; exporter: `application/helpers/admin/export/Writer.php`.
 */
const FIELDS = {
  id: ["id", "response id", "id de la reponse", "antwoord id"],
  submitdate: ["submitdate", "date submitted", "date de soumission", "datum verstuurd", "datum ingediend"],
  lastpage: ["lastpage", "last page", "derniere page", "laatste pagina"],
  startlanguage: ["startlanguage", "start language", "langue de depart", "starttaal", "start taal"],
  seed: ["seed", "graine"],
  startdate: ["startdate", "date started", "date de debut", "startdatum"],
  datestamp: ["datestamp", "date last action", "date de la derniere action", "datum laatste actie"],
  ipaddr: ["ipaddr", "ip address", "adresse ip", "ip adres"],
  refurl: ["refurl", "referrer url", "url de provenance", "verwijzende url"],
  token: ["token", "access code", "code d acces", "toegangscode"],
  interviewtime: ["interviewtime", "total time", "temps total", "totale tijd"],
} as const;

/** The LimeSurvey field a heading names: the field name, its translated heading, or `field. heading`. */
function fieldOf(header: string): keyof typeof FIELDS | undefined {
  const h = normalizeLabel(header);
  // "Abbreviated question text" cuts headings to their first characters and adds `.. `.
  const cut = /(?:\.\.|…)\s*$/.test(header) && h.length >= 4;
  for (const [field, names] of Object.entries(FIELDS) as [keyof typeof FIELDS, readonly string[]][]) {
    for (const name of names) if (h === name || h === `${field} ${name}` || (cut && name.startsWith(h))) return field;
  }
  // Timings (`…Time`) are exported as extra columns; group and question timings end in "time".
  if (/^(interviewtime|\d+x\d+(x\d+)?time)$/.test(h.replace(/ /g, ""))) return "interviewtime";
  return undefined;
}

const AO = /^AO0*(\d+)$/i;

/**
 * LimeSurvey's ways of writing values (`application/helpers/admin/export/SurveyObj.php`,
 * `getFullAnswer`, and `Writer::transformResponseValue`): a subquestion never shown is `N/A` in full
 * answers; the "Other" option is `-oth-` in answer codes and `gT('Other')` in full answers (« Autre »,
 * « Anders »); answer options keep LimeSurvey's default codes `AO01`, `AO02`… when the survey author
 * did not rename them, numbered in the list's order; the `Q[other]` text means "Other" was picked.
 */
export const LIMESURVEY_VALUES: ValueConventions = {
  blank: new Set(["N/A"]),
  other: new Set(["-oth-", "Other", "Autre", "Anders"]),
  positional: (raw, choices) => {
    const m = AO.exec(raw.trim());
    return m ? nthChoice(choices, Number(m[1])) : undefined;
  },
  otherInPlace: false,
  otherTextImpliesChoice: true,
};

/**
 * LimeSurvey exports (Responses › Export, `application/helpers/admin/export/`): headings as question
 * codes (`C1[SQ001]`, `A1[other]`, `B1pct`), full or abbreviated question text (the first 15
 * characters and `.. `, `Writer::getAbbreviatedHeading`), or both
 * (`C1[SQ001]. Question [Subquestion]`); answer codes or full answers; `Y`/empty for a ticked
 * subquestion; metadata columns `id`, `submitdate`, `lastpage`, `startlanguage`, `seed`… first. A
 * response whose `submitdate` is empty was never finished.
 */
export const limesurveyLayout: ToolLayout = {
  format: "limesurvey",
  isMetadata: (header) => {
    const f = fieldOf(header);
    return f !== undefined && f !== "id";
  },
  idColumn: (header) => header.findIndex((h) => fieldOf(h) === "id"),
  completionColumn: (header) => header.findIndex((h) => fieldOf(h) === "submitdate"),
  values: LIMESURVEY_VALUES,
  decimalByDefault: () => ".",
  exportHelp: "export_help_limesurvey",
};

/** Whether a header set has LimeSurvey's metadata columns (`submitdate`, `lastpage`, `startlanguage`). */
export function hasLimesurveyMetadata(header: readonly string[]): boolean {
  const fields = new Set(header.map(fieldOf));
  return fields.has("submitdate") || (fields.has("lastpage") && fields.has("startlanguage"));
}
