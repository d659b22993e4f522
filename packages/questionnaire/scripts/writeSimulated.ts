/**
 * Writes small fictional data sets of the worker questionnaire (one per version) under
 * `datasets/simulated/`, so the pipeline can be tried before field work. Deterministic.
 * Run: `pnpm simulate`. THE DATA ARE FICTIONAL.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { simulateResponses, tableToCsv, workerInstruments } from "../src/index.ts";

const outDir = join(import.meta.dirname, "../../../datasets/simulated");
mkdirSync(outDir, { recursive: true });
for (const [i, instrument] of workerInstruments.entries()) {
  const file = join(outDir, `${instrument.id}-${instrument.version}.fictif.csv`);
  writeFileSync(file, tableToCsv(simulateResponses(instrument, { n: 200, seed: 2021 + i })));
  console.log(file);
}
