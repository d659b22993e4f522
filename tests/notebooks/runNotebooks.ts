/**
 * Executes every notebook of `notebooks/` (in file-name order) top to bottom with
 * `jupyter nbconvert --to notebook --execute` in Deno's Jupyter kernel and writes it back with
 * its outputs, in a normal form (see notebookFormat.ts), so that CI's `git diff --exit-code`
 * fails when committed outputs are not what the code produces. Exit code 1 when a cell fails
 * (that notebook is then left as it was; the others still run) or the tools are missing.
 *
 * Run: `pnpm run test:notebooks` (part of `pnpm test`). Optional arguments: notebook file names,
 * to run only those.
 *
 * nbconvert (Debian's jupyter-nbconvert) is installed when missing and we are root; the Deno
 * kernel is the pinned `deno` npm package, registered inside the working copy.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { executeNotebook } from "./executeNotebook.ts";
import { ensureDenoKernel, ensureJupyter, notebookEnv, notebookPaths, SetupError } from "./jupyterSetup.ts";

const root = join(import.meta.dirname, "../..");
const notebooksDir = join(root, "notebooks");

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace(".", ",")} s`;
}

function main(): number {
  const start = Date.now();
  let jupyter: string;
  let deno: string;
  const paths = notebookPaths(root);
  try {
    jupyter = ensureJupyter();
    deno = ensureDenoKernel(paths);
  } catch (error) {
    if (error instanceof SetupError) {
      console.error(`Carnets : ${error.message}`);
      return 1;
    }
    throw error;
  }
  const only = process.argv.slice(2);
  const files = readdirSync(notebooksDir)
    .filter((f) => f.endsWith(".ipynb") && (only.length === 0 || only.includes(f)))
    .sort();
  if (files.length === 0) {
    console.error(
      `Carnets : aucun carnet à exécuter dans notebooks/${only.length ? ` parmi ${only.join(", ")}` : ""}.`,
    );
    return 1;
  }
  console.log(`Carnets : ${files.length} à exécuter par ${jupyter} nbconvert, noyau Jupyter de ${deno}.`);
  const env = notebookEnv(paths);
  let failures = 0;
  for (const file of files) {
    const t = Date.now();
    const result = executeNotebook({ jupyter, file: join(notebooksDir, file), root, env });
    if (!result.ok) {
      failures++;
      console.error(`✗ notebooks/${file} : carnet laissé tel quel.\n${result.error}`);
    } else {
      console.log(`✓ notebooks/${file} (${seconds(Date.now() - t)}${result.changed ? ", sorties réécrites" : ""})`);
    }
  }
  const total = seconds(Date.now() - start);
  if (failures > 0) {
    console.error(`Carnets : ${failures} sur ${files.length} en échec (${total}).`);
    return 1;
  }
  console.log(`Carnets : ${files.length} exécutés sans erreur, sorties écrites dans notebooks/ (${total}).`);
  return 0;
}

process.exitCode = main();
