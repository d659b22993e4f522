/**
 * Builds the FICTIONAL Schaerbeek raw exports under `datasets/schaerbeek/`, from the simulator with
 * fixed seeds, in the shape real exports have, with the mistakes real data has, then validates
 * them and writes each validation report next to its file. Deterministic. Run: `pnpm schaerbeek`.
 *
 * - 2021: a Google Forms CSV as Excel on a Belgian PC saves it (semicolons, Windows-1252, decimal
 *   commas, labels as values), 178 respondents plus planted mistakes.
 * - 2025: a KoboToolbox XLSX export (codes, group paths, 0/1 columns), 230 respondents plus planted
 *   mistakes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { simulateResponses, worker2021, worker2025 } from "@monitoring-social/questionnaire";
import type { ColumnTable } from "arquero";
import { table } from "arquero";
import { readWave, rejectedCsv, reportJson, reportMarkdown, writeGoogleFormsCsv, writeKoboXlsx } from "../src/index.ts";
import { effects2021, effects2025 } from "./schaerbeekScenario.ts";

const outDir = join(import.meta.dirname, "../../../datasets/schaerbeek");
mkdirSync(outDir, { recursive: true });

type Row = Record<string, unknown>;
const rowsOf = (t: ColumnTable) => t.objects() as Row[];
const toTable = (rows: Row[], columns: string[]) =>
  table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c] ?? null)])));

/** Index of the first row (from `from`) satisfying `test`: plants mistakes where they cause no cascade. */
function find(rows: Row[], from: number, test: (r: Row) => boolean): number {
  for (let i = from; i < rows.length; i++) if (test(rows[i]!)) return i;
  throw new Error("no row fits the planted mistake");
}

// ---- 2021: Google Forms CSV, with planted mistakes ----
const sim2021 = simulateResponses(worker2021, { n: 178, seed: 1030_2021, effects: effects2021, idPrefix: "r21-" });
const cols2021 = sim2021.columnNames();
const r21 = rowsOf(sim2021);
const planted2021: string[] = [];
// Two answers with labels that are not in the questionnaire (B2, D2: nothing depends on them).
let i = find(r21, 10, (r) => r.B2 !== null);
r21[i] = { ...r21[i], B2: "Un peu plus qu'avant" };
planted2021.push(`ligne ${i + 2} : B2 « Un peu plus qu'avant » (réponse inconnue)`);
i = find(r21, 40, (r) => r.D2 !== null);
r21[i] = { ...r21[i], D2: "De temps en temps" };
planted2021.push(`ligne ${i + 2} : D2 « De temps en temps » (réponse inconnue)`);
i = find(r21, 70, (r) => r.B2 !== null);
r21[i] = { ...r21[i], B2: "Je ne sais pas trop" };
planted2021.push(`ligne ${i + 2} : B2 « Je ne sais pas trop » (réponse inconnue)`);
// An out-of-range number of requests per week (range 0–200).
i = find(r21, 90, (r) => r.B3 !== null);
r21[i] = { ...r21[i], B3: 350 };
planted2021.push(`ligne ${i + 2} : B3 = 350 (hors plage 0–200)`);
// Two blank required answers (type of structure).
for (const from of [120, 150]) {
  i = find(r21, from, (r) => r.A1 !== "autre");
  r21[i] = { ...r21[i], A1: null };
  planted2021.push(`ligne ${i + 2} : A1 vide (réponse obligatoire)`);
}
// A form sent twice: the same answers again at the end.
r21.push({ ...r21[33] });
planted2021.push(`ligne ${r21.length + 1} : doublon identique de la ligne 35`);
const file2021 = "schaerbeek-2021-google-forms.csv";
const bytes2021 = writeGoogleFormsCsv(toTable(r21, cols2021), worker2021, { start: "2021-03-01T08:30:00Z" });
writeFileSync(join(outDir, file2021), bytes2021);

// ---- 2025: KoboToolbox XLSX, with planted mistakes ----
const sim2025 = simulateResponses(worker2025, { n: 230, seed: 1030_2025, effects: effects2025, idPrefix: "uuid-25-" });
const cols2025 = sim2025.columnNames();
const r25 = rowsOf(sim2025);
const planted2025: string[] = [];
i = find(r25, 50, (r) => r.B3 !== null);
r25[i] = { ...r25[i], B3: 240 };
planted2025.push(`ligne ${i + 2} : B3 = 240 (hors plage 0–200)`);
// Two different questionnaires under one id: the second one is rejected.
const j = find(r25, 140, () => true);
r25[j] = { ...r25[j], id: r25[12]!.id };
planted2025.push(`ligne ${j + 2} : identifiant ${String(r25[12]!.id)} déjà utilisé ligne 14, autres réponses`);
const file2025 = "schaerbeek-2025-kobo.xlsx";
const bytes2025 = await writeKoboXlsx(toTable(r25, cols2025), worker2025);
writeFileSync(join(outDir, file2025), bytes2025);

// ---- Validation reports next to each file ----
for (const [file, bytes, instrument, header] of [
  [file2021, bytes2021, worker2021, planted2021],
  [file2025, bytes2025, worker2025, planted2025],
] as const) {
  const wave = await readWave(bytes, { instrument, fictional: true, file, commune: "1030" });
  const base = file.replace(/\.(csv|xlsx)$/, "");
  writeFileSync(join(outDir, `${base}.validation.fr.md`), reportMarkdown(wave.report, { lang: "fr" }));
  writeFileSync(join(outDir, `${base}.validation.nl.md`), reportMarkdown(wave.report, { lang: "nl" }));
  writeFileSync(join(outDir, `${base}.validation.json`), reportJson(wave.report));
  writeFileSync(join(outDir, `${base}.rejected.csv`), rejectedCsv(wave.report, readHeader(wave.report)));
  writeFileSync(
    join(outDir, `${base}.planted.txt`),
    `Erreurs plantées volontairement (données fictives) :\n${header.map((h) => `- ${h}`).join("\n")}\n`,
  );
  console.log(
    file,
    wave.provenance.rowsRead,
    "lues,",
    wave.provenance.rowsAccepted,
    "acceptées,",
    wave.provenance.rowsRejected,
    "rejetées,",
    wave.report.problems.length,
    "problèmes",
  );
}

function readHeader(report: { columns: readonly { header: string }[] }): string[] {
  return report.columns.map((c) => c.header);
}
