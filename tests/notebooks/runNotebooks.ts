/**
 * Executes every notebook of `notebooks/` (in file-name order) top to bottom in Deno's Jupyter
 * kernel and writes it back with its outputs, in a normal form (see notebookFormat.ts), so that
 * CI's `git diff --exit-code` fails when committed outputs are not what the code produces.
 * Exit code 1 when a cell fails (the notebook is then left as it was) or the tools are missing.
 *
 * Run: `pnpm run test:notebooks` (part of `pnpm test`). Optional arguments: notebook file names,
 * to run only those.
 *
 * Jupyter (Debian's python3-jupyter-client) is installed when missing and we are root; the Deno
 * kernel is the pinned `deno` npm package, registered inside the working copy. Cells run through
 * kernelDriver.py rather than `jupyter nbconvert --execute`: see there why.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureDenoKernel, ensureJupyter, notebookEnv, notebookPaths, SetupError } from "./jupyterSetup.ts";
import {
  type JsonObject,
  type KernelMessage,
  normaliseNotebook,
  outputsFromMessages,
  readNotebook,
  serialiseNotebook,
} from "./notebookFormat.ts";

/** Longest time one cell may run, in seconds. */
const CELL_TIMEOUT_S = 600;

interface DriverCell {
  status: string;
  execution_count: number | null;
  messages: KernelMessage[];
}

interface DriverAnswer {
  language_info: JsonObject;
  cells: DriverCell[];
  failure?: string;
  kernel_stderr?: string;
}

const root = join(import.meta.dirname, "../..");
const notebooksDir = join(root, "notebooks");
const driver = join(import.meta.dirname, "kernelDriver.py");

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace(".", ",")} s`;
}

/** Runs one notebook; returns an error message, or null when every cell ran. */
function runNotebook(python: string, file: string, env: NodeJS.ProcessEnv): string | null {
  const path = join(notebooksDir, file);
  const before = readFileSync(path, "utf8");
  const notebook = readNotebook(before, file);
  const code = notebook.cells.filter((c) => c.cell_type === "code");
  const r = spawnSync(python, [driver], {
    input: JSON.stringify({
      kernel: "deno",
      cwd: notebooksDir,
      timeout: CELL_TIMEOUT_S,
      cells: code.map((c) => c.source),
    }),
    env,
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (r.status !== 0) return `le pilote du noyau s'est arrêté (code ${r.status}) :\n${r.stderr}`;
  const answer = JSON.parse(r.stdout) as DriverAnswer;
  code.forEach((cell, i) => {
    const ran = answer.cells[i];
    cell.outputs = ran ? outputsFromMessages(ran.messages) : [];
    cell.execution_count = ran ? ran.execution_count : null;
  });
  const failed = answer.cells.findIndex((c) => c.status !== "ok");
  if (answer.failure || failed >= 0) {
    const at = failed >= 0 ? failed : answer.cells.length;
    const cell = code[at];
    const position = cell ? notebook.cells.indexOf(cell) + 1 : "?";
    const errors = (cell?.outputs ?? [])
      .filter((o) => o.output_type === "error")
      .map((o) => [`${o.ename}: ${o.evalue}`, ...(o.traceback as string[])].join("\n"));
    return [
      `la cellule ${position} (id ${cell?.id ?? "?"}) a échoué${answer.failure ? ` : ${answer.failure}` : ""}`,
      cell ? `--- code ---\n${cell.source}` : "",
      errors.length > 0 ? `--- erreur ---\n${errors.join("\n")}` : "",
      answer.kernel_stderr ? `--- sortie d'erreur du noyau ---\n${answer.kernel_stderr}` : "",
    ]
      .filter(Boolean)
      .join("\n");
  }
  const text = serialiseNotebook(normaliseNotebook(notebook, { root, languageInfo: answer.language_info }));
  if (text !== before) writeFileSync(path, text);
  return null;
}

function main(): number {
  const start = Date.now();
  let python: string;
  let deno: string;
  const paths = notebookPaths(root);
  try {
    python = ensureJupyter();
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
  console.log(`Carnets : ${files.length} à exécuter avec le noyau Jupyter de ${deno}.`);
  const env = notebookEnv(paths);
  let failures = 0;
  for (const file of files) {
    const t = Date.now();
    const error = runNotebook(python, file, env);
    if (error) {
      failures++;
      console.error(`✗ notebooks/${file} : ${error}`);
    } else {
      console.log(`✓ notebooks/${file} (${seconds(Date.now() - t)})`);
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
