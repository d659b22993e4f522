/**
 * Runs a command on the compiled packages (issue #15): `node --conditions=monitoring-dist
 * scripts/run.mjs monitoring <arguments>` runs the `monitoring` command line from
 * `packages/report/dist/`; `… scripts/run.mjs <file.ts> <arguments>` runs one TypeScript file
 * (a report definition's script, a benchmark) whose imports of `@monitoring-social/*` resolve to
 * the compiled packages. Only that file is transpiled (esbuild, a few milliseconds), not the
 * packages.
 *
 * Before running, the packages are rebuilt when a source file is newer than the last build, so a
 * command never runs stale code. The `monitoring-dist` condition must be given to Node (the
 * package.json scripts do): without it, imports would load the TypeScript sources.
 */
import { existsSync, readFileSync } from "node:fs";
import { register } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");

async function ensureBuilt() {
  const { STAMP, buildAll, newestSource } = await import("./build.mjs");
  const stamp = join(root, STAMP);
  const built = existsSync(stamp) ? Number(readFileSync(stamp, "utf8")) : -1;
  if (built < newestSource()) await buildAll();
}

const [target, ...rest] = process.argv.slice(2);
if (target === undefined) {
  process.stderr.write(
    "usage: node --conditions=monitoring-dist scripts/run.mjs (monitoring | fichier.ts) [arguments]\n",
  );
  process.exit(2);
}
await ensureBuilt();
// A report definition or script written in TypeScript is imported through a one-file loader.
if (rest.some((a) => /\.[cm]?ts$/.test(a)) || /\.[cm]?ts$/.test(target)) {
  // Once a loader is registered, every import is resolved through it on another thread (about
  // 1 s for the report's modules): the packages are loaded first, so that only the TypeScript file
  // and what it imports go through it.
  if (target === "monitoring") await import("../packages/report/dist/index.js");
  register("./tsHook.mjs", import.meta.url);
}
if (target === "monitoring") {
  process.argv = [process.argv[0], join(root, "packages/report/dist/cli/main.js"), ...rest];
  await import("../packages/report/dist/cli/main.js");
} else {
  const file = resolve(target);
  process.argv = [process.argv[0], file, ...rest];
  await import(pathToFileURL(file).href);
}
