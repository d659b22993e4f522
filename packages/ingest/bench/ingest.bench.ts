/**
 * Benchmark: ingest + validation of N simulated rows (~40 columns) from a codebook CSV: the whole of
 * `readWave` (detection, parsing, typing, validation, full report, SHA-256).
 * Prints seconds, CPU seconds (all threads, and the main thread's own), rows/s and peak memory (RSS
 * sampled every 20 ms). Not a test: nothing is asserted. Latest figures: packages/ingest/README.md.
 * Run: `pnpm bench` (all benchmarks) or `npx tsx packages/ingest/bench/ingest.bench.ts [rows]`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulateResponses, tableToCsv, worker2025 } from "@monitoring-social/questionnaire";
import { readWave } from "../src/index.ts";

const rows = Number(process.argv[2] ?? 1_000_000);
// ~40 columns: profile, time, services (multiple choice), non-take-up, the Likert battery.
const keep = (name: string) => !/^(A0|A2__|C2__|C3__|D1__|E2__|E3__|G1|G2|A1__autre|A3__autre|C1__autre)/.test(name);
const file = join(tmpdir(), `monitoring-bench-${rows}.csv`);
if (!existsSync(file)) {
  const t0 = performance.now();
  const chunks: string[] = [];
  const chunk = 100_000;
  for (let start = 0; start < rows; start += chunk) {
    const n = Math.min(chunk, rows - start);
    const t = simulateResponses(worker2025, { n, seed: 1 + start, idPrefix: `b${start}-` });
    const cols = t.columnNames().filter(keep);
    const csv = tableToCsv(t.select(cols), { bom: false });
    chunks.push(start === 0 ? csv : csv.slice(csv.indexOf("\n") + 1));
  }
  writeFileSync(file, chunks.join(""));
  console.log(`fichier de test : ${file} (${((performance.now() - t0) / 1000).toFixed(1)} s pour le simuler)`);
}
/** CPU seconds of this process's main thread (Linux: /proc), or NaN elsewhere. */
function mainThreadCpu(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return Number.NaN;
  }
}
const bytes = readFileSync(file);
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const main0 = mainThreadCpu();
const wave = await readWave(bytes, { instrument: worker2025, fictional: true, file: "bench.csv" });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const mainCpu = mainThreadCpu() - main0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  `ingest+validation : ${wave.provenance.rowsRead} lignes × ${wave.table.numCols()} colonnes canoniques ` +
    `(${bytes.length / 1e6} Mo lus, ${wave.report.columns.length} colonnes dans le fichier) en ${seconds.toFixed(2)} s ` +
    `(CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, dont fil principal ${mainCpu.toFixed(2)} s) ` +
    `— ${Math.round(wave.provenance.rowsRead / seconds).toLocaleString("fr-BE")} lignes/s, pic mémoire ${(peak / 2 ** 20).toFixed(0)} Mio`,
);
