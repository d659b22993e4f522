// Peer of the ingest benchmark: DuckDB reads the benchmark CSV (`;`, decimal comma) and sums a
// weight by wave × commune. Run by tests/bench/run.ts when @duckdb/node-api is installed.
// Usage: node duckdb.mjs <node_modules folder holding @duckdb/node-api> <file.csv>
import { createRequire } from "node:module";
import { join } from "node:path";

const [modules, file] = process.argv.slice(2);
const require = createRequire(join(modules, "noop.js"));
const { DuckDBInstance } = await import(require.resolve("@duckdb/node-api"));
const t0 = performance.now();
const db = await DuckDBInstance.create(":memory:");
const c = await db.connect();
await c.run(`CREATE TABLE t AS SELECT * FROM read_csv('${file}', delim=';', decimal_separator=',', header=true)`);
const read = (performance.now() - t0) / 1000;
const r = await c.runAndReadAll("SELECT vague, commune, sum(A5) AS w, count(*) AS n FROM t GROUP BY ALL");
console.log(JSON.stringify({ read, total: (performance.now() - t0) / 1000, groups: r.getRows().length }));
