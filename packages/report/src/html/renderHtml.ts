import { type ChartSpec, FORMATS } from "@monitoring-social/charts";
import type { Block, BuiltReport, DataTable } from "../content/block.ts";
import { tr } from "../messages/index.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { inlineSvg } from "./inlineSvg.ts";
import { reportCss } from "./reportCss.ts";

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** SVG of each figure, by figure id (rendered beforehand: rendering is asynchronous). Required. */
  readonly svgs: ReadonlyMap<string, string>;
  /** SVG of the narrow drawing of each figure that has one (`narrow`), by figure id. Default: none. */
  readonly narrowSvgs?: ReadonlyMap<string, string>;
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

/** Width of an SVG's root element (its `width` attribute) in px, if it has one. */
function svgWidth(svg: string): number | undefined {
  const width = /<svg\b[^>]*?\swidth="([0-9.]+)"/.exec(svg)?.[1];
  return width === undefined ? undefined : Number(width);
}

/**
 * One drawing of a figure, inline, in a box whose width is the drawing's share of its format's
 * width (`--share`: a chart drawn 321 px wide for the 321 px `column` format fills the column, a
 * narrower one stays as much narrower, a wider one is fitted), so that the stylesheet scales every
 * chart of a format alike and shows its text at one size.
 */
function drawingHtml(svg: string, chart: ChartSpec, prefix: string, kind: "wide" | "narrow" | "only"): string {
  const width = svgWidth(svg);
  const format = FORMATS[chart.meta.format]?.width;
  const share = width && format ? Math.min(1, Math.round((10000 * width) / format) / 10000) : 1;
  const cls = kind === "only" ? "drawing" : `drawing drawing-${kind}`;
  return `<div class="${cls}" style="--share:${share}">${inlineSvg(svg, prefix, chart.meta.altText)}</div>`;
}

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
      const narrowSvg = block.narrow ? options.narrowSvgs?.get(block.id) : undefined;
      if (block.narrow && narrowSvg === undefined)
        throw new Error(`renderHtml: no narrow SVG for figure « ${block.id} »`);
      const links = (options.downloads ?? ["svg", "png", "pdf"])
        .map((ext) => `<a href="${outputPath("figures", block.id, lang, ext)}">${ext.toUpperCase()}</a>`)
        .join(" · ");
      return [
        `<figure id="fig-${e(block.id)}">`,
        drawingHtml(svg, block.chart, `${block.id}-${lang}`, block.narrow ? "wide" : "only"),
        block.narrow && narrowSvg !== undefined
          ? drawingHtml(narrowSvg, block.narrow, `${block.id}-${lang}-narrow`, "narrow")
          : "",
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

/** Blocks that lead into a figure or a table: printed on the same page as it. */
const LEAD_IN: ReadonlySet<Block["kind"]> = new Set(["heading", "paragraph", "findings"]);
/** At most this many lead-in blocks go with a figure or a table (the section heading aside). */
const MAX_LEAD_IN = 4;
/** A table of at most this many rows is kept on one page with its lead-in; a longer one may break. */
const KEPT_TABLE_ROWS = 15;

/**
 * The HTML of a section's heading and blocks, where each figure (and each table of at most
 * {@link KEPT_TABLE_ROWS} rows) is wrapped in a `<div class="keep">` with the heading, paragraphs and
 * findings just before it (at most {@link MAX_LEAD_IN}, and the section heading when they open the
 * section), which print never separates: a heading never ends a page whose next page starts with
 * its figure. (`break-after: avoid` on each block would say the same, but Chromium does not
 * follow it along a chain of blocks.)
 */
function keptTogether(heading: string, blocks: readonly Block[], html: (b: Block) => string): string[] {
  const out: string[] = [];
  let run: string[] = [heading];
  let opensSection = true;
  for (const block of blocks) {
    if (LEAD_IN.has(block.kind)) {
      run.push(html(block));
      continue;
    }
    const kept = block.kind === "figure" || (block.kind === "table" && block.table.cells.length <= KEPT_TABLE_ROWS);
    if (kept) {
      const leadIns = run.length - (opensSection ? 1 : 0);
      const from = leadIns <= MAX_LEAD_IN ? 0 : run.length - MAX_LEAD_IN;
      out.push(...run.slice(0, from), `<div class="keep">`, ...run.slice(from), html(block), `</div>`);
    } else out.push(...run, html(block));
    run = [];
    opensSection = false;
  }
  return [...out, ...run];
}

/**
 * Renders a built report as one self-contained HTML page: inline stylesheet and inline SVG
 * figures (no script, no external font or file needed to read it), a table of contents, the
 * « Données fictives » banner when the data are fictional, a link to the other language, the
 * numbers of each figure in a table, and links to each figure's SVG/PNG/PDF and each table's CSV.
 * A figure with a `narrow` drawing is inlined twice (page drawing, then the narrow one): the
 * stylesheet ({@link reportCss}) shows one by screen width and the page one in print (the other
 * is not displayed, so a screen reader meets one image, not two). Every text is escaped. Deterministic: no date, no random id.
 * @throws Error when a figure's SVG (or, for a figure with a narrow drawing, its narrow SVG) is missing.
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
        ...keptTogether(`<h2 id="h-${e(s.id)}">${e(s.title)}</h2>`, s.blocks, (b) => blockHtml(b, report, options)),
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
<style>${reportCss({ lang, fictional: report.fictional, title: report.title })}</style>
</head>
<body>
<header>
<p class="languages"><a href="${pages[other]}" hreflang="${other}" lang="${other}">${e(tr("html_other_language", lang))}</a></p>
<h1>${e(report.title)}</h1>
${report.subtitle ? `<p class="subtitle">${e(report.subtitle)}</p>` : ""}
${report.scope ? `<p class="subtitle">${e(report.scope)}</p>` : ""}
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
