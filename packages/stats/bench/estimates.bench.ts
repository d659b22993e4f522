/**
 * Benchmark: every item of the questionnaire estimated with its standard error by wave × commune
 * (twenty groups) on the benchmark file (`packages/questionnaire/bench/benchData.ts`, fictional):
 * each single-choice and ordinal question (`proportion`, every level), each multiple-choice question
 * (`multipleResponse`, every choice) and each number (`mean`). Twice: on the design stratified by
 * wave × commune (the groups are then separate samples: Wilson and t intervals), and on the same
 * design with unequal weights (linearised standard errors, as R `svyby`). Also the task R was timed
 * on in issue #15: one weighted proportion and one weighted mean by the twenty groups.
 * Prints one JSON line (seconds, peak memory); asserts nothing.
 * Run: `node --conditions=monitoring-dist scripts/run.mjs packages/stats/bench/estimates.bench.ts <file.csv>`
 * (`pnpm bench` runs it at several sizes, beside the other tools).
 */
import { readFileSync } from "node:fs";
import { readWave } from "@monitoring-social/ingest";
import { choiceList, indicatorColumn, worker2025 } from "@monitoring-social/questionnaire";
import { mean, multipleResponse, proportion, type SurveyDesign, surveyDesign } from "@monitoring-social/stats";
import { table } from "arquero";

const file = process.argv[2];
/** `items`: every item, on both designs; `two`: the one proportion and one mean R was timed on. */
const task = process.argv[3] ?? "items";
if (!file || (task !== "items" && task !== "two")) throw new Error("usage: estimates.bench.ts <file.csv> [items|two]");

let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const seconds = (t0: number) => (performance.now() - t0) / 1000;

const t0 = performance.now();
const wave = await readWave(readFileSync(file), { instrument: worker2025, fictional: true, file: "bench.csv" });
const ingest = seconds(t0);

const data = wave.table;
const n = data.numRows();
const by = ["vague", "commune"];
const present = new Set(data.columnNames());

/** Every item of the questionnaire present in the file, by wave × commune; returns the rows estimated. */
let items = 0;
function everyItem(design: SurveyDesign): number {
  let rows = 0;
  items = 0;
  for (const q of worker2025.questions) {
    if ((q.kind === "single" || q.kind === "ordinal") && present.has(q.id)) {
      const list = choiceList(worker2025, q);
      const missingCodes = list.choices.filter((c) => c.missing).map((c) => c.code);
      rows += proportion(design, q.id, { by, missingCodes }).numRows();
      items++;
    } else if (q.kind === "multiple") {
      const columns = choiceList(worker2025, q)
        .choices.map((c) => indicatorColumn(q.id, c.code))
        .filter((c) => present.has(c));
      if (columns.length === 0) continue;
      rows += multipleResponse(design, columns, { by }).numRows();
      items++;
    } else if ((q.kind === "integer" || q.kind === "decimal" || q.kind === "percent") && present.has(q.id)) {
      rows += mean(design, q.id, { by }).numRows();
      items++;
    }
  }
  return rows;
}

// Unequal weights (fictional, deterministic), for the linearised path.
const weights = Float64Array.from({ length: n }, (_, i) => 0.5 + ((i * 7919) % 13) / 8);
const weighted = data.assign(table({ poids: weights }));

let allStratified = Number.NaN;
let allWeighted = Number.NaN;
let twoItems = Number.NaN;
let estimatedSrs = 0;
let estimatedWeighted = 0;
if (task === "items") {
  const t1 = performance.now();
  estimatedSrs = everyItem(surveyDesign(data, { strata: by }));
  allStratified = seconds(t1);
  const t2 = performance.now();
  estimatedWeighted = everyItem(surveyDesign(weighted, { weights: "poids", strata: by }));
  allWeighted = seconds(t2);
} else {
  const t3 = performance.now();
  const design = surveyDesign(weighted, { weights: "poids", strata: by });
  proportion(design, "E1", { by });
  mean(design, "B3", { by });
  twoItems = seconds(t3);
}

clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  JSON.stringify({
    rows: n,
    groups: 20,
    items,
    ingest,
    task,
    allStratified,
    allWeighted,
    estimates: { stratified: estimatedSrs, weighted: estimatedWeighted },
    twoItems,
    peakMiB: Math.round(peak / 2 ** 20),
  }),
);
