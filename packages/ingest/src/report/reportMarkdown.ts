import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import { problemMessage, SEVERITY_OF } from "../validate/problem.ts";
import { REPORT_TEXT } from "./reportText.ts";
import { problemCounts, type ValidationReport } from "./validationReport.ts";

/** Options of {@link reportMarkdown}. */
export interface ReportMarkdownOptions {
  /** Language. Default: `"fr"`. */
  readonly lang?: Language;
  /** Most problems listed per code; the rest are counted. Default: `200`. */
  readonly maxPerCode?: number;
}

/**
 * The validation report as Markdown, in French or Dutch: provenance and accounting, a summary by
 * problem code, then each problem with its row, column, value and what to do.
 * @example reportMarkdown(wave.report, { lang: "nl" }).startsWith("# Validatierapport") // => true
 */
export function reportMarkdown(report: ValidationReport, options: ReportMarkdownOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const max = options.maxPerCode ?? 200;
  const t = REPORT_TEXT[lang];
  const p = report.provenance;
  const sep = lang === "fr" ? " : " : ": ";
  const delimiter = p.delimiter === "\t" ? t.tab : p.delimiter === null ? "—" : `« ${p.delimiter} »`;
  const lines = [`# ${t.title} — ${p.file}`, ""];
  if (report.fictional) lines.push(`> ${t.fictional}`, "");
  lines.push(
    `- ${t.file}${sep}${p.file}`,
    `- ${t.sha}${sep}\`${p.sha256}\``,
    `- ${t.instrument}${sep}${p.instrument}`,
    `- ${t.format}${sep}${p.format}`,
    `- ${t.encoding}${sep}${p.encoding}`,
    `- ${t.delimiter}${sep}${delimiter}`,
    `- ${t.decimal}${sep}« ${p.decimal} »`,
    `- ${t.read}${sep}${p.rowsRead}`,
    `- ${t.accepted}${sep}${p.rowsAccepted}`,
    `- ${t.rejected}${sep}${p.rowsRejected}`,
    `- ${t.blank}${sep}${p.blankLines}`,
    ...(p.sheet === null ? [] : [`- ${t.sheet}${sep}« ${p.sheet} »`]),
    ...(p.lines === null
      ? []
      : [
          `- ${t.textLines}${sep}${t.textLinesDetail
            .replace("{total}", String(p.lines.total))
            .replace("{header}", String(p.lines.header))
            .replace("{rows}", String(p.lines.rows))
            .replace("{blank}", String(p.lines.blank))}${
            p.lines.multiLineRows > 0 ? t.textLinesMulti.replace("{multi}", String(p.lines.multiLineRows)) : ""
          }`,
        ]),
    "",
    `## ${t.summary}`,
    "",
  );
  const counts = problemCounts(report);
  if (Object.keys(counts).length === 0) {
    lines.push(t.none, "");
    return lines.join("\n");
  }
  lines.push(`| ${t.code} | ${t.severity} | ${t.count} |`, "| --- | --- | ---: |");
  for (const [code, n] of Object.entries(counts)) {
    const sev = SEVERITY_OF[code as keyof typeof SEVERITY_OF] ?? "warning";
    lines.push(`| \`${code}\` | ${t.severities[sev]} | ${n} |`);
  }
  lines.push("", `## ${t.details}`, "");
  for (const code of Object.keys(counts)) {
    const list = report.problems.filter((x) => x.code === code);
    lines.push(`### \`${code}\``, "");
    for (const x of list.slice(0, max)) lines.push(`- ${problemMessage(x, lang)}`);
    if (list.length > max) lines.push(`- ${t.more.replace("{n}", String(list.length - max))}`);
    lines.push("");
  }
  if (report.rejected.length > 0) lines.push(t.rejectedRows, "");
  return lines.join("\n");
}
