/**
 * Writes the codebooks and the comparability table of the worker questionnaire (2021, 2025) under
 * `datasets/questionnaires/`. Deterministic: rerunning gives the same bytes.
 * Run: `pnpm codebook`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  codebookCsv,
  codebookMarkdown,
  codebookRows,
  comparabilityCsv,
  comparabilityTable,
  LANGUAGES,
  workerHarmonisation,
  workerInstruments,
} from "../src/index.ts";

const outDir = join(import.meta.dirname, "../../../datasets/questionnaires");
mkdirSync(outDir, { recursive: true });

const rows = codebookRows(workerInstruments, workerHarmonisation);
const titles = {
  fr: "Codebook — questionnaire aux travailleurs sociaux (versions 2021 et 2025)",
  nl: "Codeboek — vragenlijst voor sociaal werkers (versies 2021 en 2025)",
} as const;
const written: string[] = [];
for (const lang of LANGUAGES) {
  const file = join(outDir, `codebook-worker.${lang}.md`);
  writeFileSync(file, codebookMarkdown(rows, { lang, title: titles[lang] }));
  written.push(file);
}
const csv = join(outDir, "codebook-worker.csv");
writeFileSync(csv, codebookCsv(rows));
const comp = join(outDir, "comparability-worker.csv");
writeFileSync(
  comp,
  comparabilityCsv(comparabilityTable(workerHarmonisation, workerInstruments), workerHarmonisation.versions),
);
written.push(csv, comp);
for (const f of written) console.log(f);
