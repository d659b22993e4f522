/**
 * `pnpm bench`: the performance figures of the project, at 10 000, 100 000 and 1 000 000 rows
 * (or the sizes given: `pnpm bench 100000`), beside the same work done by other tools when they are
 * installed. Every measure runs in a process of its own, on the compiled packages, and is timed
 * from the outside (whole process: start-up included) with its peak memory. Benchmarks measure;
 * they never pass or fail.
 *
 * - commands: start-up (`monitoring help`), and the Schaerbeek report into an empty folder, then
 *   again with nothing changed (its figures kept), and what `npx pnpm@10` alone costs;
 * - ingest: read + validate the benchmark CSV (`readWave`), against DuckDB (`read_csv` + a weighted
 *   group-by; npm package `@duckdb/node-api` in the folder `MONITORING_BENCH_PEERS`, default
 *   `~/.cache/monitoring-bench-peers`) and pandas (`read_csv` + group-by; Debian python3-pandas);
 * - estimates: every item of the questionnaire with its standard error by wave × commune, and the
 *   task R was timed on (one weighted proportion and one weighted mean by wave × commune, read
 *   included) against R `survey` (`read.csv2` + `svydesign` + two `svyby`; Debian r-cran-survey).
 *
 * The data are fictional (simulated), written once into the temporary folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];
const PEERS = process.env.MONITORING_BENCH_PEERS ?? join(homedir(), ".cache/monitoring-bench-peers");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

interface Run {
  /** Wall seconds of the whole process. */
  readonly wall: number;
  /** Peak resident memory of the process, MiB (when /usr/bin/time is there). */
  readonly peakMiB: number | null;
  /** What the process printed as JSON on its last line. */
  readonly out: Record<string, unknown>;
}

/** Runs a command, timed from the outside; null when it fails. */
function run(command: string, args: readonly string[]): Run | null {
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ["-f", "%M", command, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.log(
      `  (échec de ${command} ${args.join(" ")} : ${(r.stderr ?? "").trim().split("\n").slice(-2).join(" ")})`,
    );
    return null;
  }
  const lines = r.stdout.trim().split("\n");
  const kb = TIME ? Number((r.stderr ?? "").trim().split("\n").pop()) : Number.NaN;
  let out: Record<string, unknown> = {};
  try {
    out = JSON.parse(lines.at(-1) ?? "{}") as Record<string, unknown>;
  } catch {
    // A command's own output (monitoring help, report), not a benchmark's JSON line.
  }
  return { wall, peakMiB: Number.isFinite(kb) ? Math.round(kb / 1024) : null, out };
}

const node = (file: string, ...args: string[]) =>
  run(process.execPath, ["--conditions=monitoring-dist", "scripts/run.mjs", file, ...args]);
const has = (command: string, args: readonly string[]) => spawnSync(command, args, { stdio: "ignore" }).status === 0;
const duckdb = existsSync(join(PEERS, "node_modules/@duckdb/node-api"));
// Debian's python3 (with python3-pandas) may not be the first python3 on the PATH.
const python = ["/usr/bin/python3", "python3"].find((p) => has(p, ["-c", "import pandas"]));
const pandas = python !== undefined;
/** Largest size R estimates every item at (it takes minutes beyond). */
const R_ALL_MAX = Number(process.env.MONITORING_BENCH_R_MAX ?? 100_000);
const rSurvey = has("Rscript", ["-e", "suppressMessages(library(survey))"]);

const s = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "—" : `${x.toFixed(2)} s`);
const mib = (r: Run | null) => (r?.peakMiB == null ? "—" : `${r.peakMiB} Mio`);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? "—" : `${(a / b).toFixed(1)} ×`;

console.log(`Bancs d'essai (données fictives) — ${new Date().toISOString().slice(0, 10)}, ${process.version}`);
if (!duckdb) console.log(`DuckDB absent : npm install --prefix ${PEERS} @duckdb/node-api@1.5.6-r.1 pour le comparer.`);
if (!pandas) console.log("pandas absent : sudo apt-get install python3-pandas pour le comparer.");
if (!rSurvey) console.log("R survey absent : sudo apt-get install r-base-core r-cran-survey pour le comparer.");

// The commands people wait for: start-up, and the Schaerbeek report (first run into an empty
// folder, then again with nothing changed), each as a whole process.
{
  const out = mkdtempSync(join(tmpdir(), "monitoring-bench-report-"));
  const report = ["report", "reports/schaerbeek-2021-2025/report.ts", "--out", out] as const;
  const help = node("monitoring", "help");
  const cold = node("monitoring", ...report);
  const warm = node("monitoring", ...report);
  spawnSync("npx", ["--yes", "pnpm@10", "--version"], { cwd: root }); // npx's cache warmed first
  const npx = run("npx", ["--yes", "pnpm@10", "--version"]);
  rmSync(out, { recursive: true, force: true });
  console.log("\n## Commandes (processus entier, sans `npx pnpm`)\n");
  console.log("| mesure | temps | mémoire |");
  console.log("| --- | ---: | ---: |");
  console.log(`| \`monitoring help\` (démarrage d'une commande) | ${s(help?.wall)} | ${mib(help)} |`);
  console.log(`| rapport de Schaerbeek, dossier vide (32 figures : SVG, PNG, PDF) | ${s(cold?.wall)} | ${mib(cold)} |`);
  console.log(`| le même rapport à nouveau, rien n'a changé (figures gardées) | ${s(warm?.wall)} | ${mib(warm)} |`);
  console.log(`| \`npx pnpm@10 --version\` seul (ce que \`npx pnpm@10 start\` ajoute) | ${s(npx?.wall)} | |`);
}

for (const rows of SIZES) {
  const made = spawnSync(
    process.execPath,
    ["--conditions=monitoring-dist", "scripts/run.mjs", "packages/questionnaire/bench/benchData.ts", String(rows)],
    { cwd: root, encoding: "utf8" },
  );
  const file = made.stdout.trim().split("\n").at(-1)!;
  console.log(`\n## ${rows.toLocaleString("fr-BE")} lignes (${file})\n`);
  const ingest = node("packages/ingest/bench/ingest.bench.ts", file);
  const items = node("packages/stats/bench/estimates.bench.ts", file, "items");
  const two = node("packages/stats/bench/estimates.bench.ts", file, "two");
  const duck = duckdb
    ? run(process.execPath, ["tests/bench/peers/duckdb.mjs", join(PEERS, "node_modules"), file])
    : null;
  const pd = pandas ? run(python!, ["tests/bench/peers/pandas_groupby.py", file]) : null;
  const r = rSurvey ? run("Rscript", ["tests/bench/peers/survey.R", file]) : null;
  const rAll = rSurvey && rows <= R_ALL_MAX ? run("Rscript", ["tests/bench/peers/survey_all.R", file]) : null;
  const e = items?.out as Record<string, number> | undefined;

  console.log("| mesure | monitoring-social | mémoire | DuckDB | pandas | R survey | rapport |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
  console.log(
    `| lecture + validation (processus entier) | ${s(ingest?.wall)} | ${mib(ingest)} | ${s(duck?.wall)} (${mib(duck)}) | ${s(pd?.wall)} (${mib(pd)}) | — | ${duck ? `${ratio(ingest?.wall, duck.wall)} DuckDB` : "—"} |`,
  );
  const stratifiedCount = (e?.estimates as unknown as { stratified: number } | undefined)?.stratified ?? "—";
  console.log(
    `| tous les items (${e?.items ?? "—"} questions, ${stratifiedCount} estimations) avec erreur type par vague × commune, plan stratifié : estimation seule | ${s(e?.allStratified)} | | | | | |`,
  );
  console.log(
    `| la même chose, plan pondéré (erreurs types linéarisées) : estimation seule | ${s(e?.allWeighted)} | | | | | |`,
  );
  console.log(
    `| lecture + validation + tous les items, les deux plans (processus entier) | ${s(items?.wall)} | ${mib(items)} | | | ${rAll ? `${s(rAll.wall)} (${mib(rAll)}), plan pondéré seul` : `— (R au-delà de ${R_ALL_MAX.toLocaleString("fr-BE")} lignes : MONITORING_BENCH_R_MAX)`} | ${rAll ? `R ${ratio(rAll.wall, items?.wall)} plus lent` : "—"} |`,
  );
  console.log(
    `| lecture + 1 proportion et 1 moyenne pondérées par vague × commune (la tâche de R du ticket #15, processus entier) | ${s(two?.wall)} | ${mib(two)} | | | ${s(r?.wall)} (${mib(r)}) | ${r ? `R ${ratio(r.wall, two?.wall)} plus lent` : "—"} |`,
  );
}
