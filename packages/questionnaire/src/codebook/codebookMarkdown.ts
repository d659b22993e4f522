import { DEFAULT_LANGUAGE, type Language } from "../model/language.ts";
import type { CodebookRow } from "./codebookRows.ts";
import { CODEBOOK_TEXT } from "./codebookText.ts";

/** Options of {@link codebookMarkdown}. */
export interface CodebookMarkdownOptions {
  /** Language of the text. Default: `"fr"`. */
  readonly lang?: Language;
  /** Title line. Default: "Codebook" / "Codeboek". */
  readonly title?: string;
}

/**
 * The codebook as Markdown, grouped by module: per question its text, kind, versions, whether
 * required, range, skip logic in words, codes with labels, and comparability.
 * @example codebookMarkdown(codebookRows([worker2025]), { lang: "nl" }).startsWith("# Codeboek") // => true
 */
export function codebookMarkdown(rows: readonly CodebookRow[], options: CodebookMarkdownOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const t = CODEBOOK_TEXT[lang];
  // French typography puts a space before the colon; Dutch does not.
  const sep = lang === "fr" ? " : " : ": ";
  const out: string[] = [`# ${options.title ?? t.title}`, "", `> ${t.generated}`, ""];
  let module = "";
  for (const r of rows) {
    if (r.module !== module) {
      module = r.module;
      out.push(`## ${r.moduleLabel[lang]}`, "");
    }
    out.push(`### ${r.id} — ${r.label[lang]}`, "");
    if (r.hint) out.push(`*${t.hint}${sep}${r.hint[lang]}*`, "");
    const facts = [
      `${t.kind}${sep}${t.kinds[r.kind]}`,
      `${t.versions}${sep}${r.versions.join(", ")}`,
      `${t.required}${sep}${r.required ? t.yes : t.no}`,
    ];
    if (r.range) facts.push(`${t.range}${sep}${r.range}`);
    if (r.relevant) facts.push(`${t.relevant}${sep}${r.relevant[lang]}`);
    if (r.comparability) {
      const target = r.comparisonId && r.comparisonId !== r.id ? ` (${t.comparisonId}${sep}${r.comparisonId})` : "";
      facts.push(`${t.comparability}${sep}${t.statuses[r.comparability]}${target}`);
    }
    for (const f of facts) out.push(`- ${f}`);
    if (r.note) out.push(`- ${r.note[lang]}`);
    if (r.choices.length > 0) {
      out.push("", `| ${t.codes} | ${lang === "fr" ? "Libellé" : "Label"} |`, "| --- | --- |");
      for (const c of r.choices) {
        const flags = [c.value !== undefined ? `${c.value}` : "", c.missing ? t.missing : "", c.other ? t.other : ""]
          .filter(Boolean)
          .join(lang === "fr" ? " ; " : "; ");
        out.push(`| \`${c.code}\` | ${c.label[lang].replaceAll("|", "\\|")}${flags ? ` (${flags})` : ""} |`);
      }
    }
    out.push("");
  }
  return out.join("\n");
}
