/**
 * The style sheet of the paper form: A4 with margins a home printer keeps, type of 12 pt or more
 * (FALC: large, plain, left-aligned), boxes of 6 mm to tick and 8 × 10 mm digit boxes, black on
 * white. `page` is the word before the page number (« Page » / « Pagina »).
 */
export function paperFormCss(page: string): string {
  const pageWord = page.replace(/["\\]/g, "");
  return `@page {
  size: A4;
  margin: 12mm 15mm 18mm 15mm;
  @bottom-right { content: "${pageWord} " counter(page) " / " counter(pages); font: 12pt "DejaVu Sans", Verdana, Arial, sans-serif; }
}
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0 auto; max-width: 180mm; font: 12pt/1.45 "DejaVu Sans", Verdana, Arial, sans-serif; }
table.sheet { width: 100%; border-collapse: collapse; }
table.sheet > thead > tr > td, table.sheet > tbody > tr > td { padding: 0; vertical-align: top; }
.running { display: flex; justify-content: space-between; align-items: center; gap: 4mm; padding: 0 0 2mm; margin: 0 0 4mm; border-bottom: 1.5pt solid #000; font-size: 12pt; }
.running .form { font-weight: bold; }
.respondent { display: flex; align-items: center; gap: 2mm; white-space: nowrap; font-weight: bold; }
.digits { display: inline-flex; align-items: center; gap: 1mm; white-space: nowrap; }
.digit { display: inline-block; width: 8mm; height: 10mm; border: 1.5pt solid #000; background: #fff; }
.comma { font-size: 16pt; font-weight: bold; padding: 0 0.5mm; align-self: flex-end; }
h1 { font-size: 20pt; line-height: 1.25; margin: 0 0 2mm; }
.commune { font-size: 14pt; font-weight: bold; margin: 0 0 5mm; }
.intro { border: 2pt solid #000; border-radius: 3mm; padding: 3mm 5mm; margin: 0 0 6mm; font-size: 13pt; break-inside: avoid; }
.intro h2 { font-size: 14pt; margin: 3mm 0 1mm; }
.intro h2:first-child { margin-top: 0; }
.intro p { margin: 0 0 0.8mm; }
.module { font-size: 16pt; margin: 7mm 0 3mm; padding: 1.5mm 3mm; background: #e6e6e6; border-left: 3mm solid #000; break-after: avoid; }
.q { break-inside: avoid; margin: 0 0 5mm; padding: 0 0 3mm; border-bottom: 0.75pt solid #888; }
.label { font-weight: bold; font-size: 13pt; margin: 0 0 1.5mm; padding-left: 11mm; text-indent: -11mm; }
.num { display: inline-block; min-width: 11mm; text-indent: 0; }
.hint { font-style: italic; margin: 0 0 1.5mm 11mm; }
.how { margin: 0 0 1.5mm 11mm; }
.filter { margin: 0 0 2mm 11mm; padding: 1.5mm 3mm; border: 1.2pt dashed #000; }
.choices { list-style: none; margin: 0 0 0 11mm; padding: 0; }
.choices.two { columns: 2; column-gap: 8mm; }
.choices li { display: flex; align-items: flex-start; gap: 3mm; padding: 0.8mm 0; break-inside: avoid; }
.box { flex: none; display: inline-block; width: 6mm; height: 6mm; border: 1.5pt solid #000; background: #fff; margin-top: 0.4mm; }
.box.ticked, .box.cancelled { vertical-align: middle; text-align: center; line-height: 5mm; font-weight: bold; }
.box.cancelled { background: #000; }
.go { font-weight: bold; white-space: nowrap; }
.specify { display: inline-block; min-width: 60mm; border-bottom: 1pt solid #000; margin-left: 2mm; }
.answer { margin: 1mm 0 0 11mm; display: flex; align-items: flex-end; gap: 2mm; flex-wrap: wrap; }
.unit { font-weight: bold; }
.caption { display: block; font-size: 12pt; margin: 1mm 0 0 11mm; }
.lines { margin: 1mm 0 0 11mm; }
.lines div { height: 10mm; border-bottom: 1pt solid #000; }
.jump { margin: 2mm 0 0 11mm; padding: 1.5mm 3mm; border-left: 2mm solid #000; background: #f0f0f0; font-weight: bold; }
table.grid { width: calc(100% - 1mm); margin: 1mm 0 0; border-collapse: collapse; table-layout: fixed; break-inside: auto; }
table.grid col.choice { width: 23mm; }
table.grid th, table.grid td { border: 0.75pt solid #666; padding: 1.5mm; }
table.grid thead th { font-size: 12pt; font-weight: normal; text-align: center; vertical-align: bottom; line-height: 1.2; padding: 1.5mm 1mm; hyphens: manual; }
table.grid thead th.item { text-align: left; }
table.grid tbody th { font-weight: normal; text-align: left; vertical-align: middle; }
table.grid .num { min-width: 0; margin-right: 2mm; font-weight: bold; }
table.grid tbody td { text-align: center; vertical-align: middle; }
table.grid tr { break-inside: avoid; }
table.grid .box { margin: 0; }
.end { break-inside: avoid; margin: 8mm 0 0; font-size: 14pt; }
.end .thanks { font-weight: bold; font-size: 16pt; margin: 0 0 4mm; }
.end .return { display: flex; gap: 2mm; align-items: flex-end; }
.end .return span:last-child { flex: 1; border-bottom: 1pt solid #000; height: 8mm; }
@media screen {
  body { padding: 8mm; }
}
`;
}
