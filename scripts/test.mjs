/**
 * `pnpm test`: every check of the project, as CI runs it — the notebooks (`test:notebooks`) then the
 * report and the paper form in Chromium (`test:browser`), at the same time as the unit tests
 * (`test:unit`), then the type check and the lint together. Each task's output is printed in one piece when it ends; the exit code is 1 when
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

/** Runs tasks one after the other, stopping at the first that fails. */
async function chain(scripts) {
  const results = [];
  for (const script of scripts) {
    const r = await task(script);
    results.push(r);
    if (!r.ok) break;
  }
  return results;
}

// Each stage: chains run at the same time. The notebooks mostly wait for their Deno kernels and
// Chromium for its pages, so they share the machine with vitest, which keeps both cores busy.
const stages = [
  [["test:notebooks", "test:browser"], ["test:unit"]],
  [["typecheck"], ["lint"]],
];
const failed = [];
for (const stage of stages) {
  const results = (await Promise.all(stage.map(chain))).flat();
  failed.push(...results.filter((r) => !r.ok).map((r) => r.script));
  if (failed.length > 0) break;
}
if (failed.length > 0) {
  process.stdout.write(`\nÉchec : ${failed.join(", ")}\n`);
  process.exit(1);
}
process.stdout.write("\nTout est passé.\n");
