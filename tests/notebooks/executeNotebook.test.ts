/**
 * The runner's nbconvert step on small notebooks written for the test, in a temporary folder.
 * Needs a `jupyter` with nbconvert and the `deno` npm package: skipped when nbconvert is missing
 * (on a new machine, `pnpm test` runs vitest before `test:notebooks` installs it; the notebooks
 * themselves are then executed by `test:notebooks`).
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeNotebook, nbconvertError } from "./executeNotebook.ts";
import { ensureDenoKernel, findJupyter, notebookEnv, notebookPaths } from "./jupyterSetup.ts";
import { readNotebook } from "./notebookFormat.ts";

const repo = join(import.meta.dirname, "../..");
const jupyter = findJupyter();

function notebook(sources: string[]): string {
  return JSON.stringify({
    cells: sources.map((source, i) => ({
      cell_type: "code",
      id: `c${i}`,
      metadata: {},
      source,
      outputs: [],
      execution_count: null,
    })),
    metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

describe.skipIf(!jupyter)("executeNotebook (jupyter nbconvert --execute, Deno kernel)", () => {
  const paths = notebookPaths(repo);
  const env = notebookEnv(paths);
  let root: string;
  let dir: string;

  beforeAll(() => {
    ensureDenoKernel(paths);
    root = realpathSync(mkdtempSync(join(tmpdir(), "monitoring-execute-")));
    dir = join(root, "notebooks");
    mkdirSync(dir);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes every output of every cell, in order, in the normal form, and the same bytes twice", () => {
    const file = join(dir, "sorties.ipynb");
    writeFileSync(
      file,
      notebook([
        // An execute_result: Deno 2.8 sends `"transient": null`, on which nbclient < 0.10.2 crashes
        // without nbconvertConfig.py.
        "const n = 1 + 1;\nn",
        // Console output and displays: in separate cells, because Deno's kernel does not keep their
        // order within one cell (the console goes through another channel).
        'console.log("une ligne");\nconsole.log("deux lignes");',
        'await Deno.jupyter.display({ "text/markdown": "**affiché**" }, { raw: true });\nDeno.jupyter.md`_résultat_`',
        "Deno.cwd()",
      ]),
    );
    expect(executeNotebook({ jupyter: jupyter!, file, root, env })).toEqual({ ok: true, changed: true });
    const text = readFileSync(file, "utf8");
    const cells = readNotebook(text).cells;
    expect(cells.map((c) => c.execution_count)).toEqual([1, 2, 3, 4]);
    expect(cells.map((c) => c.outputs)).toEqual([
      [{ output_type: "execute_result", execution_count: 1, data: { "text/plain": "2" }, metadata: {} }],
      [{ output_type: "stream", name: "stdout", text: "une ligne\ndeux lignes\n" }],
      [
        { output_type: "display_data", data: { "text/markdown": "**affiché**" }, metadata: {} },
        { output_type: "execute_result", execution_count: 3, data: { "text/markdown": "_résultat_" }, metadata: {} },
      ],
      // The working directory is the notebook's folder, written relative to the root.
      [{ output_type: "execute_result", execution_count: 4, data: { "text/plain": '"notebooks"' }, metadata: {} }],
    ]);
    expect(text).not.toContain('"execution": {');
    expect(executeNotebook({ jupyter: jupyter!, file, root, env })).toEqual({ ok: true, changed: false });
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("fails on a throwing cell, shows the cell and the error, and leaves the file as it was", () => {
    const file = join(dir, "erreur.ipynb");
    const before = notebook(["1 + 1", 'throw new Error("boum")', '"jamais exécutée"']);
    writeFileSync(file, before);
    const result = executeNotebook({ jupyter: jupyter!, file, root, env });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^nbconvert a échoué \(code 1\)/);
    expect(result.error).toContain("CellExecutionError");
    expect(result.error).toContain('throw new Error("boum")');
    expect(result.error).toContain("Error: boum");
    expect(result.error).not.toContain("[NbConvertApp]");
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("nbconvertError", () => {
  it("keeps the exception that ended the run, not nbconvert's Python stack", () => {
    const stderr = [
      "[NbConvertApp] Converting notebook x.ipynb to notebook",
      "Traceback (most recent call last):",
      '  File "/usr/bin/jupyter-nbconvert", line 33, in <module>',
      "    sys.exit(main())",
      "             ^^^^^^",
      "nbclient.exceptions.CellExecutionError: An error occurred while executing the following cell:",
      "------------------",
      "f()",
      "------------------",
      "",
      "ReferenceError: f is not defined",
      "    at <anonymous>:1:1",
      "",
    ].join("\n");
    expect(nbconvertError(stderr)).toBe(
      [
        "nbclient.exceptions.CellExecutionError: An error occurred while executing the following cell:",
        "------------------",
        "f()",
        "------------------",
        "",
        "ReferenceError: f is not defined",
        "    at <anonymous>:1:1",
      ].join("\n"),
    );
  });

  it("keeps the end of the output when there is no Python stack", () => {
    const lines = Array.from({ length: 50 }, (_, i) => `ligne ${i + 1}`);
    expect(nbconvertError(lines.join("\n")).split("\n")).toEqual(lines.slice(10));
  });
});
