import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";

/** Options of {@link reportCss}. */
export interface ReportCssOptions {
  /** Language of the page: the running line of each printed page is written in it. Default: `"fr"`. */
  readonly lang?: Language;
  /** Whether the data are fictional: every printed page then says so at its top. Required. */
  readonly fictional: boolean;
  /** Title repeated at the foot of every printed page. Default: none. */
  readonly title?: string;
}

/**
 * A text as a CSS string literal, safe inside a `<style>` element: quotes and backslashes escaped,
 * line breaks and `<` `>` written as escapes (so that no text can close the element).
 */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

/** The stylesheet of the screen: fluid figures (one drawing per screen width), tables that scroll sideways. */
const SCREEN_CSS = `
:root { --ink: #1d1d1d; --muted: #555; --rule: #d9d9d9; --accent: #0072b2; --warn-bg: #fff4d6; --warn: #7a5200; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 1rem/1.55 "DejaVu Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
p, li { max-width: 44rem; }
a { color: var(--accent); }
.subtitle { color: var(--muted); margin-top: 0; }
.languages { text-align: right; margin: 0; font-size: 0.95rem; }
.fictional { background: var(--warn-bg); color: var(--warn); border-left: 4px solid #e69f00; padding: 0.6rem 0.9rem; margin: 1rem 0; }
nav ol { padding-left: 1.25rem; columns: 2 16rem; }
ul.findings { padding-left: 1.1rem; }
ul.findings li { margin: 0.45rem 0; }
ul.findings li.significant { list-style: disc; }
ul.findings li.not-significant { list-style: circle; color: #333; }
figure { margin: 1.25rem 0 2rem; }
.drawing { width: calc(var(--share, 1) * 100%); }
.drawing svg { display: block; width: 100%; height: auto; }
.drawing-narrow { display: none; }
figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 0.35rem; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.75rem 0 1.5rem; }
table { border-collapse: collapse; font-size: 0.85rem; min-width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; position: sticky; left: 0; max-width: calc(100vw - 2rem); }
th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #f4f4f4; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.table-note { font-size: 0.8rem; color: var(--muted); }
details { margin-top: 0.5rem; }
summary { cursor: pointer; color: var(--accent); font-size: 0.9rem; }
blockquote { margin: 0.75rem 0; padding: 0.5rem 0.9rem; border-left: 4px solid var(--rule); background: #fafafa; }
blockquote p { margin: 0; }
blockquote footer { font-size: 0.8rem; color: var(--muted); padding: 0; margin: 0.25rem 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
body > footer { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); font-size: 0.85rem; color: var(--muted); }
@media screen and (max-width: 48.5rem) {
  .drawing-wide { display: none; }
  .drawing-narrow { display: block; max-width: 26rem; }
}
@media screen and (max-width: 26rem) {
  .drawing-narrow { width: calc(var(--share, 1) * (100% + 2rem)); max-width: none; margin-left: -1rem; }
}
@media (max-width: 36rem) { h1 { font-size: 1.4rem; } body { font-size: 0.95rem; } nav ol { columns: 1; } }
`;

/**
 * The stylesheet of A4 print: no forced page break; headings kept with what follows, a figure or
 * a short table printed on one page with the text that leads into it (`.keep`, see `renderHtml`),
 * figures, quotes and table rows never cut; the page-format drawing of each figure at its printed size
 * (shrunk only when taller than a page); tables as wide as the page, without a scrollbar; page
 * numbers, the title and — when the data are fictional — « Données fictives » in the margins of
 * every page; no navigation, download links or hidden data tables (the CSV files hold the numbers).
 */
function printCss(options: ReportCssOptions): string {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const margin = 'font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #555;';
  return `
@page {
  size: A4;
  margin: 16mm 16mm 18mm;
${options.fictional ? `  @top-right { content: ${cssString(tr("html_fictional_short", lang))}; ${margin} color: #7a5200; font-weight: bold; }\n` : ""}${options.title ? `  @bottom-left { content: ${cssString(options.title)}; ${margin} }\n` : ""}  @bottom-right { content: counter(page) " / " counter(pages); ${margin} }
}
@media print {
  body { font-size: 10pt; line-height: 1.45; }
  header, main, footer { max-width: none; padding: 0; }
  header { padding-top: 0; }
  nav, .downloads, .languages, details { display: none; }
  h1 { font-size: 18pt; }
  h2 { font-size: 14pt; margin: 1.6em 0 0.6em; }
  h3 { font-size: 11.5pt; }
  h1, h2, h3 { break-after: avoid; break-inside: avoid; }
  p, li { orphans: 3; widows: 3; max-width: none; }
  .keep { break-inside: avoid; }
  figure { margin: 0.8em 0 1.4em; }
  figure, blockquote, .fictional, li, tr, caption { break-inside: avoid; }
  .drawing-wide { display: block; }
  .drawing svg { max-height: 235mm; }
  .table-wrap { overflow: visible; }
  table { width: 100%; min-width: 0; font-size: 8pt; }
  caption { position: static; max-width: none; }
  th, td { padding: 0.2em 0.4em; overflow-wrap: break-word; }
  td.num, th.num { white-space: normal; }
  thead { display: table-header-group; }
  .table-note { font-size: 7.5pt; }
  body > footer { margin-top: 2em; padding-bottom: 0; font-size: 8pt; }
  blockquote footer, figcaption { font-size: 8pt; }
  a { color: inherit; text-decoration: none; }
}
`;
}

/**
 * The report's stylesheet, inline in every page: readable on a phone (each figure drawn twice,
 * the `column` drawing shown below 48.5rem and the `page` one above, both scaled to the text
 * column so that their text is never smaller than 11 px; tables that scroll sideways), printable
 * on A4 (see the print rules: no forced break, page numbers, running « Données fictives » /
 * « Fictieve gegevens »), system fonts only (nothing downloaded).
 * @example reportCss({ lang: "nl", fictional: true }).includes('@top-right { content: "Fictieve gegevens"') // => true
 */
export function reportCss(options: ReportCssOptions): string {
  return `${SCREEN_CSS}${printCss(options)}`;
}
