/**
 * `pnpm test`: every check of the project, as CI runs it — the notebooks (`test:notebooks`) and the
 * unit tests (`test:unit`) at the same time (the notebooks mostly wait for their Deno kernels), then
 * the type check and the lint together, then the report and the paper form in Chromium
 * (`test:browser`). Each task's output is printed in one piece when it ends; the exit code is 1 when
 * any task failed, and the tasks that failed are named last.
 *
 * Usage: `node scripts/test.mjs` (what `pnpm test` runs).
 */
import { spawn } from "node:child_process";

/** Runs `pnpm run <script>` (through the pnpm that runs this script), its output kept. */
function task(script) {
  const started = performance.now();
  return new Promise((resolve) => {
    const pnpm = process.env.npm_execpath;
    const [command, args] =
      pnpm && /\.c?js$/.test(pnpm)
        ? [process.execPath, [pnpm, "run", script]]
        : ["npx", ["--yes", "pnpm@10", "run", script]];
    const child = spawn(command, args);
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("close", (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stdout.write(`\n━━ ${script} (${seconds} s) ━━\n${output}`);
      resolve({ script, ok: code === 0 });
    });
  });
}

const stages = [["test:notebooks", "test:unit"], ["typecheck", "lint"], ["test:browser"]];
const failed = [];
for (const stage of stages) {
  const results = await Promise.all(stage.map(task));
  failed.push(...results.filter((r) => !r.ok).map((r) => r.script));
  if (failed.length > 0) break;
}
if (failed.length > 0) {
  process.stdout.write(`\nÉchec : ${failed.join(", ")}\n`);
  process.exit(1);
}
process.stdout.write("\nTout est passé.\n");
