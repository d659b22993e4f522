/**
 * Runs every benchmark (`packages/*\/bench/*.bench.ts`) one after the other with tsx and prints
 * their figures. Benchmarks measure; they never pass or fail. Run: `pnpm bench`.
 * Pass a number to size the benchmarks (default: each benchmark's own, e.g. 1 000 000 rows).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
for (const pkg of readdirSync(join(root, "packages")).sort()) {
  let files: string[] = [];
  try {
    files = readdirSync(join(root, "packages", pkg, "bench"))
      .filter((f) => f.endsWith(".bench.ts"))
      .sort();
  } catch {
    continue;
  }
  for (const f of files) {
    console.log(`\n▶ ${pkg}/bench/${f}`);
    const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "packages", pkg, "bench", f), ...args], {
      stdio: "inherit",
      cwd: root,
    });
    if (r.status !== 0) console.log(`(benchmark arrêté, code ${r.status})`);
  }
}
