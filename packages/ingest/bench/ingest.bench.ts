/**
 * Benchmark: ingest + validation of the benchmark file (`packages/questionnaire/bench/benchData.ts`:
 * N fictional rows, ~40 columns, Belgian CSV): the whole of `readWave` (detection, parsing, typing,
 * validation, full report, SHA-256). Prints one JSON line: seconds, CPU seconds (all threads, and
 * the main thread's own), peak memory (RSS sampled every 20 ms). Not a test: nothing is asserted.
 * Run: `pnpm bench` (every size, beside DuckDB, pandas and R), or
 * `node --conditions=monitoring-dist scripts/run.mjs packages/ingest/bench/ingest.bench.ts <file.csv>`.
 */
import { readFileSync } from "node:fs";
import { readWave } from "@monitoring-social/ingest";
import { worker2025 } from "@monitoring-social/questionnaire";

const file = process.argv[2];
if (!file) throw new Error("usage: ingest.bench.ts <file.csv>");

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

let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const main0 = mainThreadCpu();
const bytes = readFileSync(file);
const wave = await readWave(bytes, { instrument: worker2025, fictional: true, file: "bench.csv" });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const mainCpu = mainThreadCpu() - main0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  JSON.stringify({
    rows: wave.provenance.rowsRead,
    accepted: wave.provenance.rowsAccepted,
    columns: wave.table.numCols(),
    megabytes: bytes.length / 1e6,
    seconds,
    cpu: (cpu.user + cpu.system) / 1e6,
    mainCpu,
    peakMiB: Math.round(peak / 2 ** 20),
  }),
);
