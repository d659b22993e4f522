/**
 * Writes the field kit of the worker questionnaire 2025 under `datasets/questionnaires/paper/`: the
 * paper form in French and Dutch (HTML, versioned; PDF printed by headless Chromium, not versioned:
 * its bytes depend on the Chromium version) and the data-entry template in French and Dutch (XLSX,
 * versioned). Deterministic. Without Chromium the PDFs are skipped with a message, in French.
 * Run: `pnpm paper` (part of `pnpm generate`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataEntryTemplate, LANGUAGES, paperFormHtml, worker2025 } from "@monitoring-social/questionnaire";
import { ChromiumMissingError, printPdf } from "../src/index.ts";

const outDir = join(import.meta.dirname, "../../../datasets/questionnaires/paper");
mkdirSync(outDir, { recursive: true });
const instrument = worker2025;
const base = `${instrument.id}-${instrument.version}`;
let chromium = true;
for (const lang of LANGUAGES) {
  const html = paperFormHtml(instrument, { lang });
  const htmlFile = join(outDir, `${base}.paper-form.${lang}.html`);
  writeFileSync(htmlFile, html);
  console.log(htmlFile);
  const xlsx = join(outDir, `${base}.data-entry.${lang}.xlsx`);
  writeFileSync(xlsx, await dataEntryTemplate(instrument, { lang }));
  console.log(xlsx);
  if (!chromium) continue;
  try {
    const pdf = join(outDir, `${base}.paper-form.${lang}.pdf`);
    writeFileSync(pdf, await printPdf(html));
    console.log(pdf);
  } catch (e) {
    if (!(e instanceof ChromiumMissingError)) throw e;
    chromium = false;
    console.log(
      "Chromium introuvable : PDF du questionnaire papier non produits (sudo apt-get install chromium, ou MONITORING_CHROMIUM=…).",
    );
  }
}
