import { describe, expect, it } from "vitest";
import { DENO_KERNELSPEC, normaliseNotebook, readNotebook, serialiseNotebook, splitLines } from "./notebookFormat.ts";

/** A notebook as nbclient / JupyterLab write it after a run (timings, lists of lines, no ids). */
const executed = {
  cells: [
    { cell_type: "markdown", metadata: {}, source: ["# Titre\n", "texte"] },
    {
      cell_type: "code",
      execution_count: 1,
      metadata: {
        execution: { "iopub.execute_input": "2026-01-01T10:00:00.000Z", "shell.execute_reply": "2026-01-01T10:00:01Z" },
        tags: ["garder"],
      },
      outputs: [
        { name: "stdout", output_type: "stream", text: ["a\n"] },
        { name: "stdout", output_type: "stream", text: "b\n" },
        { name: "stderr", output_type: "stream", text: "c\n" },
        {
          data: { "text/plain": ['"/home/ana/depot/notebooks"'], "application/vnd.vegalite.v5+json": { a: 1 } },
          execution_count: 1,
          metadata: {},
          output_type: "execute_result",
        },
      ],
      source: "Deno.cwd()",
    },
  ],
  metadata: { kernelspec: { name: "autre", display_name: "Autre" } },
  nbformat: 4,
  nbformat_minor: 4,
};

describe("readNotebook", () => {
  it("joins lists of lines and gives ids to cells without one", () => {
    const nb = readNotebook(JSON.stringify(executed));
    expect(nb.cells[0]).toMatchObject({ id: "cell-0", source: "# Titre\ntexte" });
    expect(nb.cells[1]!.outputs![0]).toEqual({ name: "stdout", output_type: "stream", text: "a\n" });
  });

  it("names the file when the text is not a notebook", () => {
    expect(() => readNotebook("{", "01-x.ipynb")).toThrow(/01-x\.ipynb.*JSON/);
    expect(() => readNotebook('{"nbformat": 3, "cells": []}', "01-x.ipynb")).toThrow(/nbformat 4/);
  });
});

describe("normaliseNotebook", () => {
  const nb = normaliseNotebook(readNotebook(JSON.stringify(executed)), { root: "/home/ana/depot" });
  const code = nb.cells[1]!;

  it("drops execution timings and keeps other metadata", () => {
    expect(code.metadata).toEqual({ tags: ["garder"] });
  });

  it("merges consecutive outputs of the same stream only", () => {
    expect(code.outputs!.slice(0, 2)).toEqual([
      { name: "stdout", output_type: "stream", text: "a\nb\n" },
      { name: "stderr", output_type: "stream", text: "c\n" },
    ]);
  });

  it("writes paths of the working copy relative to it", () => {
    expect(code.outputs![2]!.data).toEqual({
      "text/plain": '"notebooks"',
      "application/vnd.vegalite.v5+json": { a: 1 },
    });
  });

  it("sets Deno's kernelspec and nbformat 4.5", () => {
    expect(nb.metadata.kernelspec).toEqual(DENO_KERNELSPEC);
    expect(nb.nbformat_minor).toBe(5);
  });

  it("does not modify its input", () => {
    const input = readNotebook(JSON.stringify(executed));
    const copy = structuredClone(input);
    normaliseNotebook(input, { root: "/home/ana/depot" });
    expect(input).toEqual(copy);
  });
});

describe("serialiseNotebook", () => {
  const once = serialiseNotebook(
    normaliseNotebook(readNotebook(JSON.stringify(executed)), { root: "/home/ana/depot" }),
  );

  it("is a fixed point: reading and writing again gives the same bytes", () => {
    expect(serialiseNotebook(normaliseNotebook(readNotebook(once), { root: "/home/ana/depot" }))).toBe(once);
  });

  it("sorts keys, indents by one space, stores text as lines and JSON MIME data as objects", () => {
    expect(once.endsWith("}\n")).toBe(true);
    expect(once).toContain('\n  {\n   "cell_type": "markdown",\n   "id": "cell-0",');
    expect(once).toContain('"source": [\n    "# Titre\\n",\n    "texte"\n   ]');
    expect(once).toContain('"application/vnd.vegalite.v5+json": {\n       "a": 1\n      },');
    expect(once).not.toContain("2026-01-01");
  });
});

describe("splitLines", () => {
  it("keeps line ends and a last line without one", () => {
    expect(splitLines("a\nb\n\nc")).toEqual(["a\n", "b\n", "\n", "c"]);
    expect(splitLines("")).toEqual([]);
    expect(splitLines("a\n")).toEqual(["a\n"]);
  });
});
