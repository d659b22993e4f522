/**
 * The report's stylesheet, inline in every page: readable on a phone (fluid figures, tables that
 * scroll sideways), printable on A4 (margins, no break inside a figure or table, links spelled
 * out), system fonts only (nothing downloaded).
 */
export const REPORT_CSS = `
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
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 0.35rem; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.75rem 0 1.5rem; }
table { border-collapse: collapse; font-size: 0.85rem; min-width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
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
@media (max-width: 36rem) { h1 { font-size: 1.4rem; } body { font-size: 0.95rem; } nav ol { columns: 1; } }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { font-size: 10pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav, .downloads, .languages { display: none; }
  h2 { break-after: avoid; }
  main > section + section > h2 { break-before: page; }
  figure svg { width: auto; max-width: 100%; max-height: 125mm; }
  h3 { break-after: avoid; }
  figure, table, blockquote, .fictional { break-inside: avoid; }
  details > *:not(summary) { display: block; }
  details summary { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;
