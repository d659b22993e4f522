/**
 * Checks on the committed notebooks (their outputs are written by `pnpm run test:notebooks`):
 * every code cell ran without error and printed nothing to the console, and the notebooks that
 * read survey data (`readWave`, or `loadStudy` for a report definition) say « Données fictives »
 * in every table, text and chart built from them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DENO_KERNELSPEC, type JsonObject, readNotebook, serialiseNotebook } from "./notebookFormat.ts";

const dir = join(import.meta.dirname, "../../notebooks");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ipynb"))
  .sort();

/** The MIME types that show data to a reader (plain text is the inspector's view of a value). */
const SHOWN = ["text/markdown", "text/html", "image/svg+xml", "application/vnd.vegalite.v5+json"];

describe.each(files)("notebooks/%s", (file) => {
  const text = readFileSync(join(dir, file), "utf8");
  const nb = readNotebook(text, file);
  const code = nb.cells.filter((c) => c.cell_type === "code");

  it("is in the normal form written by the runner", () => {
    expect(serialiseNotebook(nb)).toBe(text);
    expect(nb.metadata.kernelspec).toEqual(DENO_KERNELSPEC);
  });

  it("was executed top to bottom without error", () => {
    expect(code.map((c) => c.execution_count)).toEqual(code.map((_, i) => i + 1));
    expect(code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === "error")).toEqual([]);
  });

  it("prints nothing to the console (under nbconvert, console output may be lost or reordered)", () => {
    const streams = code.filter((c) => (c.outputs ?? []).some((o) => o.output_type === "stream"));
    expect(streams.map((c) => c.id)).toEqual([]);
  });

  it("says « Données fictives » in every output built from the survey data", () => {
    if (!code.some((c) => c.source.includes("readWave(") || c.source.includes("loadStudy("))) return;
    const shown = code.flatMap((c) =>
      (c.outputs ?? []).flatMap((o) =>
        Object.entries((o.data ?? {}) as JsonObject)
          .filter(([mime]) => SHOWN.includes(mime))
          .map(([mime, value]) => ({
            cell: c.id,
            mime,
            text: typeof value === "string" ? value : JSON.stringify(value),
          })),
      ),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((s) => !s.text.includes("Données fictives")).map((s) => `${s.cell} ${s.mime}`)).toEqual([]);
  });
});
