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

const KOBO_META = new Set([
  "_id",
  "_uuid",
  "_submission_time",
  "_validation_status",
  "_notes",
  "_status",
  "_submitted_by",
  "__version__",
  "_tags",
  "_index",
  "start",
  "end",
  "today",
  "deviceid",
  "meta/instanceid",
  "formhub/uuid",
  "meta/rootuuid",
]);
const LIME_META = new Set([
  "submitdate",
  "lastpage",
  "startlanguage",
  "seed",
  "startdate",
  "datestamp",
  "refurl",
  "ipaddr",
  "token",
]);
const GOOGLE_TIMESTAMP = new Set(["horodateur", "timestamp", "tijdstempel", "marque temporelle"]);

/**
 * Whether a header is tool metadata (submission time, uuid…) rather than an answer.
 * @example isMetadataHeader("_submission_time", "kobo") // => true
 */
export function isMetadataHeader(header: string, format: SourceFormat): boolean {
  const h = header.trim().toLowerCase();
  switch (format) {
    case "kobo":
      return KOBO_META.has(h) || KOBO_META.has(h.split("/").pop() ?? "");
    case "limesurvey":
      return LIME_META.has(h);
    case "google-forms":
      return GOOGLE_TIMESTAMP.has(h) || h === "adresse e-mail" || h === "email address";
    default:
      return false;
  }
}

/** Header holding the respondent id in a format, if any (Google Forms has none). */
export function idHeader(header: readonly string[], format: SourceFormat): number {
  const lower = header.map((h) => h.trim().toLowerCase());
  const want = format === "kobo" ? ["_uuid", "_id", "id"] : format === "google-forms" ? [] : ["id"];
  for (const w of want) {
    const i = lower.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * Detects the source format from the header: KoboToolbox (`_uuid`, `_submission_time`, group
 * paths `A/A1`), LimeSurvey (`Q[SQ001]` columns, `submitdate`, `lastpage`), Google Forms (first
 * column « Horodateur » / « Timestamp »), and a codebook CSV otherwise.
 * @example detectFormat(["Horodateur", "Dans quel type de structure…"]) // => "google-forms"
 */
export function detectFormat(header: readonly string[]): SourceFormat {
  const lower = header.map((h) => h.trim().toLowerCase());
  if (GOOGLE_TIMESTAMP.has(lower[0] ?? "")) return SourceFormat.googleForms;
  if (lower.some((h) => h === "_uuid" || h === "_submission_time" || h === "_id")) return SourceFormat.kobo;
  if (
    lower.includes("submitdate") ||
    lower.includes("lastpage") ||
    header.some((h) => /^\w+\[[^\]]+\]$/.test(h.trim()))
  ) {
    return SourceFormat.limesurvey;
  }
  if (header.some((h) => /^[A-Za-z_][\w-]*\/[A-Za-z_]/.test(h))) return SourceFormat.kobo;
  return SourceFormat.codebook;
}
