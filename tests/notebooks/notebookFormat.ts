/**
 * Jupyter notebook files (nbformat 4): reading, and a normal form so that two executions of the
 * same notebook give byte-identical files — the committed outputs are checked by CI with
 * `git diff --exit-code`.
 *
 * The normal form: no execution timings in cell metadata, a stable kernelspec, every cell with an
 * id, consecutive stream outputs of the same stream merged, no absolute path of the working copy
 * in outputs, keys sorted, one-space indentation and multi-line strings as lists of lines (the
 * layout nbformat itself writes, so that a notebook saved by JupyterLab differs only where its
 * content does).
 */

/** A JSON value as found in a notebook. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** One cell. Multi-line strings are held as one string in memory (see {@link readNotebook}). */
export interface Cell {
  cell_type: "code" | "markdown" | "raw";
  id: string;
  metadata: JsonObject;
  source: string;
  /** Code cells only. */
  outputs?: JsonObject[];
  /** Code cells only. */
  execution_count?: number | null;
  /** Markdown and raw cells only, when present. */
  attachments?: JsonObject;
}

/** A notebook in memory. */
export interface Notebook {
  cells: Cell[];
  metadata: JsonObject;
  nbformat: number;
  nbformat_minor: number;
}

/** The kernelspec written into every notebook: Deno's, under the name `deno install` gives it. */
export const DENO_KERNELSPEC: JsonObject = { display_name: "Deno", language: "typescript", name: "deno" };

/** Cell metadata written by Jupyter front ends at run time (timings), never kept. */
const RUN_TIME_METADATA = ["execution", "ExecuteTime"];

/** MIME types whose value is JSON, not text (nbformat keeps them as objects). */
export function isJsonMime(mime: string): boolean {
  return mime === "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

function joinLines(value: Json | undefined): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((v) => String(v)).join("");
  return String(value);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Joins the text values of an output (lists of lines in the file) into single strings. */
function joinOutput(output: JsonObject): JsonObject {
  const out: JsonObject = { ...output };
  if (out.output_type === "stream") out.text = joinLines(out.text);
  if (out.output_type === "error" && Array.isArray(out.traceback)) out.traceback = out.traceback.map(String);
  if (isObject(out.data)) {
    const data: JsonObject = {};
    for (const [mime, value] of Object.entries(out.data)) data[mime] = isJsonMime(mime) ? value : joinLines(value);
    out.data = data;
  }
  return out;
}

/**
 * Parses a notebook file. Multi-line strings become single strings; a cell without an id gets
 * `cell-<position>`.
 * @throws {Error} when the text is not JSON or not an nbformat 4 notebook.
 */
export function readNotebook(text: string, file = "notebook"): Notebook {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} : ce n'est pas un fichier JSON lisible (${(error as Error).message}).`);
  }
  if (!isObject(raw) || raw.nbformat !== 4 || !Array.isArray(raw.cells)) {
    throw new Error(`${file} : ce n'est pas un carnet Jupyter au format nbformat 4.`);
  }
  const cells = raw.cells.map((c, i): Cell => {
    if (!isObject(c) || (c.cell_type !== "code" && c.cell_type !== "markdown" && c.cell_type !== "raw")) {
      throw new Error(`${file} : la cellule ${i + 1} n'a pas de type connu (code, markdown, raw).`);
    }
    const cell: Cell = {
      cell_type: c.cell_type,
      id: typeof c.id === "string" && c.id !== "" ? c.id : `cell-${i}`,
      metadata: isObject(c.metadata) ? c.metadata : {},
      source: joinLines(c.source),
    };
    if (c.cell_type === "code") {
      cell.outputs = Array.isArray(c.outputs) ? c.outputs.filter(isObject).map(joinOutput) : [];
      cell.execution_count = typeof c.execution_count === "number" ? c.execution_count : null;
    } else if (isObject(c.attachments)) {
      cell.attachments = c.attachments;
    }
    return cell;
  });
  return {
    cells,
    metadata: isObject(raw.metadata) ? raw.metadata : {},
    nbformat: 4,
    nbformat_minor: typeof raw.nbformat_minor === "number" ? raw.nbformat_minor : 5,
  };
}

/** Options of {@link normaliseNotebook}. */
export interface NormaliseOptions {
  /**
   * Absolute path of the working copy: written in outputs as a path relative to it (the folder
   * itself becomes `.`). Default: none (paths kept).
   */
  readonly root?: string;
  /** `language_info` reported by the kernel. Default: the notebook's own. */
  readonly languageInfo?: JsonObject;
}

function replacePaths(value: Json, root: string): Json {
  if (typeof value === "string") {
    return value.split(`file://${root}/`).join("").split(`${root}/`).join("").split(root).join(".");
  }
  if (Array.isArray(value)) return value.map((v) => replacePaths(v, root));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replacePaths(v, root)]));
  return value;
}

function mergeStreams(outputs: readonly JsonObject[]): JsonObject[] {
  const merged: JsonObject[] = [];
  for (const output of outputs) {
    const last = merged.at(-1);
    if (output.output_type === "stream" && last?.output_type === "stream" && last.name === output.name) {
      merged[merged.length - 1] = { ...last, text: `${joinLines(last.text)}${joinLines(output.text)}` };
    } else {
      merged.push(output);
    }
  }
  return merged;
}

/**
 * The normal form of a notebook (see the module comment). Pure: returns a new notebook.
 * @example normaliseNotebook(nb, { root: "/home/ana/monitoring" }) // outputs say "datasets/…", not "/home/ana/monitoring/datasets/…"
 */
export function normaliseNotebook(notebook: Notebook, options: NormaliseOptions = {}): Notebook {
  const cells = notebook.cells.map((cell, i): Cell => {
    const metadata = Object.fromEntries(Object.entries(cell.metadata).filter(([k]) => !RUN_TIME_METADATA.includes(k)));
    const id = /^[a-zA-Z0-9_-]{1,64}$/.test(cell.id) ? cell.id : `cell-${i}`;
    const out: Cell = { cell_type: cell.cell_type, id, metadata, source: cell.source };
    if (cell.cell_type === "code") {
      let outputs = mergeStreams((cell.outputs ?? []).map(joinOutput));
      if (options.root) outputs = outputs.map((o) => replacePaths(o, options.root!) as JsonObject);
      out.outputs = outputs;
      out.execution_count = cell.execution_count ?? null;
    } else if (cell.attachments) {
      out.attachments = cell.attachments;
    }
    return out;
  });
  const metadata: JsonObject = { ...notebook.metadata, kernelspec: DENO_KERNELSPEC };
  if (options.languageInfo) metadata.language_info = options.languageInfo;
  return { cells, metadata, nbformat: 4, nbformat_minor: 5 };
}

/** Splits a string into lines that keep their `\n`, as nbformat stores multi-line strings. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value)) {
    const sorted: JsonObject = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]!);
    return sorted;
  }
  return value;
}

function splitOutput(output: JsonObject): JsonObject {
  const out: JsonObject = { ...output };
  if (out.output_type === "stream") out.text = splitLines(joinLines(out.text));
  if (isObject(out.data)) {
    const data: JsonObject = {};
    for (const [mime, value] of Object.entries(out.data)) {
      data[mime] = isJsonMime(mime) ? value : splitLines(joinLines(value));
    }
    out.data = data;
  }
  return out;
}

/** The file text of a notebook: keys sorted, one-space indent, lists of lines, final newline. */
export function serialiseNotebook(notebook: Notebook): string {
  const cells: Json[] = notebook.cells.map((cell) => {
    const out: JsonObject = {
      cell_type: cell.cell_type,
      id: cell.id,
      metadata: cell.metadata,
      source: splitLines(cell.source),
    };
    if (cell.cell_type === "code") {
      out.execution_count = cell.execution_count ?? null;
      out.outputs = (cell.outputs ?? []).map(splitOutput);
    } else if (cell.attachments) {
      out.attachments = cell.attachments;
    }
    return out;
  });
  const file: JsonObject = {
    cells,
    metadata: notebook.metadata,
    nbformat: notebook.nbformat,
    nbformat_minor: notebook.nbformat_minor,
  };
  return `${JSON.stringify(sortKeys(file), null, 1)}\n`;
}
