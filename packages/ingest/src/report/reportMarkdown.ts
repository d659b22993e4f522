import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import { problemMessage, SEVERITY_OF } from "../validate/problem.ts";
import { columnTable } from "./columnTable.ts";
import { problemGroups } from "./problemGroups.ts";
import { REPORT_TEXT } from "./reportText.ts";
import { problemCounts, type ValidationReport } from "./validationReport.ts";

/** Options of {@link reportMarkdown}. */
export interface ReportMarkdownOptions {
  /** Language. Default: `"fr"`. */
  readonly lang?: Language;
  /** Most problem lines per code (a line may stand for many rows with the same value); the rest are counted. Default: `200`. */
  readonly maxPerCode?: number;
  /** Most rows of the column table; the rest are counted (they are all in the JSON report). Default: `500`. */
  readonly maxColumns?: number;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/**
 * The validation report as Markdown, in French or Dutch. It starts with the column → question table
 * (each column recognised — and how —, guessed, left out as the tool's own, duplicate or unknown; then
 * the questions no column feeds), then unfinished responses, the file's provenance and accounting,
 * the column-level causes (a question with no column and the answers that could not be checked
 * because of it), and last each problem with its row, column, value and what to do — rows with the
 * same problem on the same value on one line.
 * @example reportMarkdown(wave.report, { lang: "nl" }).startsWith("# Validatierapport") // => true
 */
export function reportMarkdown(report: ValidationReport, options: ReportMarkdownOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const max = options.maxPerCode ?? 200;
  const maxColumns = options.maxColumns ?? 500;
  const t = REPORT_TEXT[lang];
  const p = report.provenance;
  const sep = lang === "fr" ? " : " : ": ";
  const label = new Map(report.questions.map((q) => [q.id, q.label[lang]]));
  const quoted = (x: string) => (lang === "fr" ? `« ${x} »` : `‘${x}’`);
  const delimiter = p.delimiter === "\t" ? t.tab : p.delimiter === null ? "—" : quoted(p.delimiter);
  const lines = [`# ${t.title} — ${p.file}`, ""];
  if (report.fictional) lines.push(`> ${t.fictional}`, "");
  lines.push(
    t.accounting
      .replace("{read}", String(p.rowsRead))
      .replace("{accepted}", String(p.rowsAccepted))
      .replace("{rejected}", String(p.rowsRejected))
      .replace("{incomplete}", String(p.incompleteIncluded ? 0 : p.rowsIncomplete)),
    "",
  );

  // ---- 1. Columns → questions.
  const { rows, missing } = columnTable(report);
  const counts = { recognised: 0, guessed: 0, unknown: 0, tool: 0, duplicate: 0 };
  for (const r of rows) counts[r.status]++;
  lines.push(
    `## ${t.columns}`,
    "",
    t.columnsSummary
      .replace("{n}", String(rows.length))
      .replace("{recognised}", String(counts.recognised))
      .replace("{guessed}", String(counts.guessed))
      .replace("{unknown}", String(counts.unknown + counts.duplicate))
      .replace("{tool}", String(counts.tool)),
    "",
    `| # | ${t.column} | ${t.feeds} | ${t.how} |`,
    "| ---: | --- | --- | --- |",
  );
  for (const r of rows.slice(0, maxColumns)) {
    const q = r.question ? ` — ${label.get(r.question) ?? ""}` : "";
    let feeds: string;
    if (r.status === "recognised") feeds = r.target === "id" ? t.idColumn : `\`${r.target}\`${q}`;
    else if (r.status === "guessed") feeds = `\`${r.target}\` ?${q}`;
    else if (r.status === "tool") feeds = r.via === "mapping" ? t.ignoredByMapping : t.toolColumn;
    else if (r.status === "duplicate") feeds = t.duplicate.replace("{n}", String(r.duplicateOf));
    else feeds = t.unknown;
    const how =
      r.status === "guessed" ? t.guessed : r.status === "recognised" || r.via === "mapping" ? t.via[r.via] : "—";
    lines.push(`| ${r.position} | ${cell(r.header)} | ${cell(feeds)} | ${how} |`);
  }
  if (rows.length > maxColumns) lines.push("", t.moreColumns.replace("{n}", String(rows.length - maxColumns)));
  lines.push("");
  if (missing.length > 0)
    lines.push(`${t.missing}${sep}${missing.map((id) => `\`${id}\` (${label.get(id) ?? ""})`).join(", ")}.`, "");
  if (counts.guessed > 0 || counts.unknown > 0) lines.push(t.mappingHint, "");

  // ---- 2. Unfinished responses.
  if (p.rowsIncomplete > 0) {
    const which = report.incomplete.map((r) => r.row);
    lines.push(
      `## ${t.incompleteTitle}`,
      "",
      (p.incompleteIncluded ? t.incompleteIncluded : t.incompleteApart)
        .replace("{n}", String(p.rowsIncomplete))
        .replace("{rows}", which.length > 0 ? `${t.rows} ${which.join(", ")}` : ""),
      "",
    );
  }

  // ---- 3. The file.
  lines.push(
    `## ${t.fileSection}`,
    "",
    `- ${t.file}${sep}${p.file}`,
    `- ${t.sha}${sep}\`${p.sha256}\``,
    `- ${t.instrument}${sep}${p.instrument}`,
    `- ${t.format}${sep}${p.format}`,
    `- ${t.encoding}${sep}${p.encoding}`,
    `- ${t.delimiter}${sep}${delimiter}`,
    `- ${t.decimal}${sep}${quoted(p.decimal)}`,
    `- ${t.read}${sep}${p.rowsRead}`,
    `- ${t.accepted}${sep}${p.rowsAccepted}`,
    `- ${t.rejected}${sep}${p.rowsRejected}`,
    `- ${t.incomplete}${sep}${p.rowsIncomplete}`,
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
  const byCode = problemCounts(report);
  if (Object.keys(byCode).length === 0) {
    lines.push(t.none, "");
    return lines.join("\n");
  }
  lines.push(`| ${t.code} | ${t.severity} | ${t.count} |`, "| --- | --- | ---: |");
  for (const [code, n] of Object.entries(byCode)) {
    const sev = SEVERITY_OF[code as keyof typeof SEVERITY_OF] ?? "warning";
    lines.push(`| \`${code}\` | ${t.severities[sev]} | ${n} |`);
  }
  // ---- 4. Each problem; the same problem on the same value in one column, one line.
  lines.push("", `## ${t.details}`, "");
  // Causes first: a question with no column, then columns left out; then row by row.
  const first = ["missing_column", "duplicate_column", "unmatched_column"];
  const rank = (code: string) => (first.includes(code) ? first.indexOf(code) : first.length);
  for (const code of Object.keys(byCode).sort((a, b) => rank(a) - rank(b))) {
    const groups = problemGroups(report.problems.filter((x) => x.code === code));
    lines.push(`### \`${code}\``, "");
    for (const g of groups.slice(0, max)) {
      const message = problemMessage(g.problems[0]!, lang);
      if (g.problems.length === 1) lines.push(`- ${message}`);
      else {
        const others = g.problems.slice(1).map((x) => x.row);
        const shown = others.slice(0, 20).join(", ");
        const more = others.length > 20 ? ` … (+${others.length - 20})` : "";
        lines.push(`- ${message} ${t.sameOn.replace("{n}", String(others.length)).replace("{rows}", shown + more)}`);
      }
    }
    if (groups.length > max) lines.push(`- ${t.more.replace("{n}", String(groups.length - max))}`);
    lines.push("");
  }
  if (report.rejected.length > 0) lines.push(t.rejectedRows, "");
  return lines.join("\n");
}
