/**
 * Compiles every workspace package once, so that commands run plain JavaScript instead of
 * transpiling TypeScript at every start (issue #15).
 *
 * Each package's `src/index.ts` (and the report package's command line, `src/cli/main.ts`) is
 * bundled by esbuild into the package's own `dist/` folder. Imports of other packages — workspace
 * or npm — stay imports, so every `dist/` resolves its dependencies from its own `node_modules`
 * exactly like the source does. Packages expose `dist/` under the export condition
 * `monitoring-dist` only (see each `package.json`): vitest, tsx, Deno and TypeScript keep reading
 * `src/`, and `node --conditions=monitoring-dist` reads the compiled code.
 *
 * Run at install (`prepare`), and again by `scripts/run.mjs` whenever a source file is newer than
 * the last build, so a compiled command never runs stale code.
 *
 * Usage: `node scripts/build.mjs` (add `--quiet` to print nothing).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** The packages and their entry points, relative to the package folder. */
export const PACKAGES = {
  questionnaire: ["src/index.ts"],
  ingest: ["src/index.ts"],
  stats: ["src/index.ts"],
  charts: ["src/index.ts", "src/render/rasterWorker.ts"],
  report: ["src/index.ts", "src/cli/main.ts"],
};

/** File written after a successful build; its modification time is the build's time. */
export const STAMP = "node_modules/.cache/monitoring-build/stamp";

/** Newest modification time (ms) of the TypeScript sources of every package. */
export function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const name of Object.keys(PACKAGES)) {
    walk(join(root, "packages", name, "src"));
    newest = Math.max(newest, statSync(join(root, "packages", name, "package.json")).mtimeMs);
  }
  return newest;
}

/** Compiles every package into its `dist/` folder and writes the stamp. */
export async function buildAll() {
  // Loaded here: a command that finds the build up to date does not pay for esbuild.
  const { build } = await import("esbuild");
  const started = newestSource();
  // A clean folder: chunk names carry a content hash, old ones would pile up.
  for (const name of Object.keys(PACKAGES))
    rmSync(join(root, "packages", name, "dist"), { recursive: true, force: true });
  await Promise.all(
    Object.entries(PACKAGES).map(([name, entries]) => {
      const dir = join(root, "packages", name);
      return build({
        absWorkingDir: dir,
        entryPoints: entries.map((e) => ({ in: e, out: e.replace(/^src\//, "").replace(/\.ts$/, "") })),
        outdir: "dist",
        bundle: true,
        splitting: true,
        format: "esm",
        platform: "node",
        target: "node20",
        packages: "external",
        chunkNames: "chunks/[name]-[hash]",
        logLevel: "warning",
        legalComments: "none",
      });
    }),
  );
  const stamp = join(root, STAMP);
  mkdirSync(join(stamp, ".."), { recursive: true });
  writeFileSync(stamp, String(started));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  await buildAll();
  if (!process.argv.includes("--quiet"))
    console.log(`Paquets compilés (dist/) en ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
}
