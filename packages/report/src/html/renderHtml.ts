import type { Block, BuiltReport, DataTable } from "../content/block.ts";
import { tr } from "../messages/index.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { inlineSvg } from "./inlineSvg.ts";
import { REPORT_CSS } from "./reportCss.ts";

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** SVG of each figure, by figure id (rendered beforehand: rendering is asynchronous). Required. */
  readonly svgs: ReadonlyMap<string, string>;
  /** File name of the page in each language, for the language switch. Default: `index.html` / `index.nl.html`. */
  readonly pages?: Readonly<Record<"fr" | "nl", string>>;
  /** Links to the SVG, PNG and PDF of each figure. Default: `["svg", "png", "pdf"]`. */
  readonly downloads?: readonly ("svg" | "png" | "pdf")[];
}

/** File name of a figure or table in a report folder: `figures/temps-b1.fr.svg`. */
export function outputPath(kind: "figures" | "tables", id: string, lang: "fr" | "nl", ext: string): string {
  return `${kind}/${id}.${lang}.${ext}`;
}

const e = escapeHtml;

function tableHtml(t: DataTable, lang: "fr" | "nl", source: string): string {
  const head = t.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ""}>${e(c.label)}</th>`).join("");
  const body = t.cells
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0
              ? `<th scope="row">${e(cell)}</th>`
              : `<td${t.columns[i]?.numeric ? ' class="num"' : ""}>${e(cell)}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("\n");
  const csv = outputPath("tables", t.id, lang, "csv");
  return [
    `<div class="table-wrap"><table>`,
    `<caption>${e(t.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody></table></div>`,
    `<p class="table-note">${t.note ? `${e(t.note)} ` : ""}${e(source)} <a class="downloads" href="${csv}" download>${e(tr("html_download_csv", lang))}</a></p>`,
  ].join("\n");
}

function blockHtml(block: Block, report: BuiltReport, options: RenderHtmlOptions): string {
  const lang = report.lang;
  switch (block.kind) {
    case "paragraph":
      return `<p>${e(block.text)}</p>`;
    case "heading":
      return `<h3>${e(block.text)}</h3>`;
    case "list":
      return `<ul>\n${block.items.map((i) => `<li>${e(i)}</li>`).join("\n")}\n</ul>`;
    case "findings":
      return `<ul class="findings">\n${block.items
        .map((f) => `<li class="${f.significant ? "significant" : "not-significant"}">${e(f.text)}</li>`)
        .join("\n")}\n</ul>`;
    case "quotes":
      return block.items
        .map(
          (q) =>
            // A testimony in the other language says so (lang), for screen readers and hyphenation.
            `<blockquote><p${q.lang && q.lang !== lang ? ` lang="${q.lang}"` : ""}>${e(q.text)}</p><footer>${e(tr("html_quote_wave", lang, { year: q.wave }))}</footer></blockquote>`,
        )
        .join("\n");
    case "table":
      return tableHtml(block.table, lang, report.source);
    case "figure": {
      const svg = options.svgs.get(block.id);
      if (svg === undefined) throw new Error(`renderHtml: no SVG for figure « ${block.id} »`);
      const links = (options.downloads ?? ["svg", "png", "pdf"])
        .map((ext) => `<a href="${outputPath("figures", block.id, lang, ext)}">${ext.toUpperCase()}</a>`)
        .join(" · ");
      return [
        `<figure id="fig-${e(block.id)}">`,
        inlineSvg(svg, `${block.id}-${lang}`, block.chart.meta.altText),
        // The alt text is the SVG's accessible name (inlineSvg), read once: not repeated here.
        `<figcaption><span class="downloads">${e(tr("html_download_figure", lang))} ${links}</span></figcaption>`,
        block.table
          ? `<details><summary>${e(tr("html_figure_table", lang))}</summary>\n${tableHtml(block.table, lang, report.source)}\n</details>`
          : "",
        `</figure>`,
      ]
        .filter((s) => s !== "")
        .join("\n");
    }
  }
}

/**
 * Renders a built report as one self-contained HTML page: inline stylesheet and inline SVG
 * figures (no script, no external font or file needed to read it), a table of contents, the
 * « Données fictives » banner when the data are fictional, a link to the other language, the
 * numbers of each figure in a table, and links to each figure's SVG/PNG/PDF and each table's CSV.
 * Every text is escaped. Deterministic: no date, no random id.
 * @example renderHtml(buildReport(study, "nl"), { svgs }).startsWith("<!doctype html>") // => true
 */
export function renderHtml(report: BuiltReport, options: RenderHtmlOptions): string {
  const lang = report.lang;
  const other = lang === "fr" ? "nl" : "fr";
  const pages = options.pages ?? { fr: "index.html", nl: "index.nl.html" };
  const toc = report.sections.map((s) => `<li><a href="#${e(s.id)}">${e(s.title)}</a></li>`).join("\n");
  const sections = report.sections
    .map((s) =>
      [
        `<section id="${e(s.id)}" aria-labelledby="h-${e(s.id)}">`,
        `<h2 id="h-${e(s.id)}">${e(s.title)}</h2>`,
        ...s.blocks.map((b) => blockHtml(b, report, options)),
        `</section>`,
      ].join("\n"),
    )
    .join("\n\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.title)}${report.fictional ? ` — ${e(tr("html_fictional_short", lang))}` : ""}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<p class="languages"><a href="${pages[other]}" hreflang="${other}" lang="${other}">${e(tr("html_other_language", lang))}</a></p>
<h1>${e(report.title)}</h1>
${report.subtitle ? `<p class="subtitle">${e(report.subtitle)}</p>` : ""}
${report.fictional ? `<p class="fictional" role="note"><strong>${e(tr("html_fictional_short", lang))}.</strong> ${e(tr("html_fictional_banner", lang))}</p>` : ""}
<nav aria-label="${e(tr("html_contents", lang))}"><h2 class="visually-hidden">${e(tr("html_contents", lang))}</h2><ol>
${toc}
</ol></nav>
</header>
<main>
${sections}
</main>
<footer>
<p>${e(tr("html_footer", lang))}</p>
</footer>
</body>
</html>
`;
}
