import type { Language } from "@monitoring-social/questionnaire";
import type { BuiltReport, NameToReview } from "../content/block.ts";
import { type ReportMessageCode, tr } from "../messages/index.ts";

/**
 * Where {@link writeReport} writes the review list of the testimonies, in the report's folder.
 * @example testimonyReviewPath("nl") // => "validation/temoignages.nl.md"
 */
export function testimonyReviewPath(lang: Language): string {
  return `validation/temoignages.${lang}.md`;
}

/**
 * Every word of a report's published testimonies flagged as a possible personal name.
 * @example namesToReview(buildReport(study, "fr")).length // => 3
 */
export function namesToReview(report: BuiltReport): NameToReview[] {
  return report.sections.flatMap((s) => s.review ?? []);
}

/**
 * The review list of a report's testimonies, in Markdown, in the report's language: what was
 * flagged, where (respondent, question, wave), why, whether it is masked, and how to publish a word
 * a person has checked (`confirmedWords`). The flagged word itself is given by its initial and
 * length only, since the file sits in the report's folder.
 * @example testimonyReview(buildReport(study, "nl")).startsWith("# Getuigenissen") // => true
 */
export function testimonyReview(report: BuiltReport): string {
  const lang = report.lang;
  const items = namesToReview(report);
  const lines = [`# ${tr("review_title", lang)}`, "", report.source, ""];
  if (items.length === 0) lines.push(tr("review_none", lang));
  else {
    lines.push(tr("review_intro", lang), "");
    for (const it of items)
      lines.push(
        `- ${tr("review_item", lang, {
          respondent: it.respondent,
          question: it.question,
          wave: it.wave,
          hint: it.hint,
          reason: tr(`reason_${it.reason}` as ReportMessageCode, lang),
          status: tr(it.masked ? "review_masked" : "review_kept", lang),
          published: it.published.replace(/\s+/g, " "),
        })}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
