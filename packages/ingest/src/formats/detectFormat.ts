import { isGoogleTimestamp } from "./googleForms/googleFormsLayout.ts";
import { KOBO_METADATA } from "./kobo/koboLayout.ts";
import { hasLimesurveyMetadata } from "./limesurvey/limesurveyLayout.ts";
import { SourceFormat } from "./sourceFormat.ts";

/**
 * Detects the source format from the header: Google Forms (first column « Horodateur »,
 * « Tijdstempel », "Timestamp"), KoboToolbox (its metadata columns `_uuid`, `_submission_time`,
 * `_id`, `_index`…, or XML group paths `A/A1`), LimeSurvey (`submitdate`, `lastpage` and
 * `startlanguage` under any heading style, or `Q[SQ001]` columns), and a codebook CSV otherwise.
 * @example detectFormat(["Horodateur", "Dans quel type de structure…"]) // => "google-forms"
 * @example detectFormat(["id. ID de la réponse", "submitdate. Date de soumission", "A1. Dans quel…"]) // => "limesurvey"
 */
export function detectFormat(header: readonly string[]): SourceFormat {
  if (header.length > 0 && isGoogleTimestamp(header[0]!)) return SourceFormat.googleForms;
  const lower = header.map((h) => h.trim().toLowerCase());
  const koboMeta = lower.filter((h) => h.startsWith("_") && KOBO_METADATA.has(h)).length;
  if (koboMeta >= 2 || lower.includes("_uuid") || lower.includes("_submission_time")) return SourceFormat.kobo;
  if (hasLimesurveyMetadata(header) || header.some((h) => /^[A-Za-z][A-Za-z0-9]*\[[A-Za-z0-9_]+\]/.test(h.trim()))) {
    return SourceFormat.limesurvey;
  }
  if (header.some((h) => /^[A-Za-z_][\w-]*\/[A-Za-z_]/.test(h.trim()))) return SourceFormat.kobo;
  return SourceFormat.codebook;
}
