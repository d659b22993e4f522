/**
 * The benchmarks' data (`pnpm bench`): N fictional responses to the 2025 worker questionnaire, as a codebook CSV for
 * Excel on a Belgian PC (`;`, decimal comma, UTF-8 without BOM), about 40 columns (profile, time,
 * services, non-take-up, the Likert battery), spread over two waves (2021, 2025) and ten Brussels
 * communes — twenty groups, so that "by wave × commune" means something. Written once into the
 * system's temporary folder and reused. Fictional: simulated by `simulateResponses`.
 */
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulateResponses, tableToCsv, worker2025 } from "@monitoring-social/questionnaire";
import { escape as literal } from "arquero";

/** The ten communes of the benchmark (postcodes). */
export const BENCH_COMMUNES = ["1030", "1050", "1060", "1070", "1080", "1190", "1000", "1040", "1210", "1140"];

// ~40 columns: profile, time, services (multiple choice), non-take-up, the Likert battery.
const keep = (name: string) => !/^(A0|A2__|C2__|C3__|D1__|E2__|E3__|G1|G2|A1__autre|A3__autre|C1__autre)/.test(name);

/** Path of the benchmark CSV of `rows` rows, written when missing (a million rows: about 20 s once). */
export function benchFile(rows: number): string {
  const file = join(tmpdir(), `monitoring-bench-v2-${rows}.csv`);
  if (existsSync(file)) return file;
  const chunks: string[] = [];
  // Twenty parts of equal size: each wave × commune once.
  const chunk = Math.ceil(rows / 20);
  for (let start = 0, part = 0; start < rows; start += chunk, part++) {
    const n = Math.min(chunk, rows - start);
    const vague = part % 2 === 0 ? "2025" : "2021";
    const commune = BENCH_COMMUNES[Math.floor(part / 2) % BENCH_COMMUNES.length]!;
    const t = simulateResponses(worker2025, { n, seed: 1 + start, idPrefix: `b${start}-`, commune });
    const cols = t.columnNames().filter(keep);
    const csv = tableToCsv(t.select(cols).derive({ vague: literal(() => vague) }), {
      bom: false,
      delimiter: ";",
      decimal: ",",
    });
    chunks.push(part === 0 ? csv : csv.slice(csv.indexOf("\n") + 1));
  }
  writeFileSync(file, chunks.join(""));
  return file;
}

// Run as a script: `… scripts/run.mjs packages/questionnaire/bench/benchData.ts <rows>` prints the path.
if (process.argv[1]?.endsWith("benchData.ts")) console.log(benchFile(Number(process.argv[2] ?? 1_000_000)));
