/**
 * Writes the XLSForm of each worker questionnaire version under `datasets/questionnaires/`, ready
 * to import into KoboToolbox or ODK. Deterministic bytes. Run: `pnpm xlsform`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportXlsform, workerInstruments } from "../src/index.ts";

const outDir = join(import.meta.dirname, "../../../datasets/questionnaires");
mkdirSync(outDir, { recursive: true });
for (const instrument of workerInstruments) {
  const file = join(outDir, `${instrument.id}-${instrument.version}.xlsform.xlsx`);
  writeFileSync(file, await exportXlsform(instrument));
  console.log(file);
}
