/**
 * Executes one notebook top to bottom with `jupyter nbconvert --to notebook --execute` (Deno
 * kernel) and writes it back with its outputs, in the normal form of notebookFormat.ts. The
 * nbconvert configuration is `nbconvertConfig.py` (next to this file): kernel `deno`, time
 * allowed per cell, and a work-around for Debian's nbclient (see there).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { normaliseNotebook, readNotebook, serialiseNotebook } from "./notebookFormat.ts";

/** The nbconvert configuration file passed with `--config`. */
export const NBCONVERT_CONFIG = join(import.meta.dirname, "nbconvertConfig.py");

/** Options of {@link executeNotebook}. */
export interface ExecuteOptions {
  /** The `jupyter` command that has nbconvert (see `ensureJupyter`). */
  readonly jupyter: string;
  /** Absolute path of the notebook; it runs with its own folder as working directory. */
  readonly file: string;
  /** Working copy root: absolute paths under it are written relative to it in outputs. */
  readonly root: string;
  /** Environment of nbconvert and of the kernel (see `notebookEnv`). */
  readonly env: NodeJS.ProcessEnv;
  /**
   * Longest time the whole notebook may run, in milliseconds; nbconvert is then interrupted.
   * Default: 30 minutes (each cell is also limited to 10 minutes by nbconvertConfig.py).
   */
  readonly timeoutMs?: number;
}

/** What {@link executeNotebook} did. */
export type ExecuteResult =
  | { readonly ok: true /** Whether the file was rewritten (its outputs changed). */; readonly changed: boolean }
  | {
      readonly ok: false /** nbconvert's error (the failing cell, its code and the kernel's error). */;
      readonly error: string;
    };

/** Lines nbconvert or Deno print on every run, never useful in an error message. */
const NOISE = [/^\[NbConvertApp\] /, /"deno jupyter" is unstable/];

/**
 * The useful part of nbconvert's standard error: the exception that ended the run (for a failed
 * cell, nbclient's CellExecutionError: the cell's code and the kernel's stack trace), without
 * nbconvert's own Python stack; the last 40 lines when there is no Python stack.
 */
export function nbconvertError(stderr: string): string {
  const lines = stderr.split("\n").filter((l) => !NOISE.some((n) => n.test(l)));
  const traceback = lines.lastIndexOf("Traceback (most recent call last):");
  if (traceback >= 0) {
    const exception = lines.findIndex((l, i) => i > traceback && l !== "" && !l.startsWith(" "));
    if (exception >= 0) return lines.slice(exception).join("\n").trim();
  }
  return lines.slice(-40).join("\n").trim();
}

/**
 * Executes the notebook with nbconvert, then writes it back in the normal form when its content
 * changed. A failing cell (or a timeout, or a dead kernel) leaves the file as it was.
 * @throws {Error} when nbconvert's output is not a notebook (never expected).
 * @example executeNotebook({ jupyter: "/usr/bin/jupyter", file: "/depot/notebooks/01-les-deux-vagues.ipynb", root: "/depot", env })
 * // { ok: true, changed: false }
 */
/** An environment in which Deno writes no colour codes. */
function withoutColour(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, ...rest } = env;
  return { ...rest, NO_COLOR: "1" };
}

export function executeNotebook(options: ExecuteOptions): ExecuteResult {
  const { file } = options;
  const timeoutMs = options.timeoutMs ?? 30 * 60 * 1000;
  const outDir = mkdtempSync(join(tmpdir(), "monitoring-nbconvert-"));
  try {
    const r = spawnSync(
      options.jupyter,
      ["nbconvert", "--to", "notebook", "--execute", `--config=${NBCONVERT_CONFIG}`, "--output-dir", outDir, file],
      {
        cwd: dirname(file),
        // Plain text whatever the caller's terminal asked for: Deno colours its results when
        // FORCE_COLOR is set (to any value), and the committed notebooks hold no escape codes.
        env: withoutColour(options.env),
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        timeout: timeoutMs,
        // nbconvert shuts the kernel down on an interrupt; a SIGTERM would leave it running.
        killSignal: "SIGINT",
      },
    );
    if (r.error || r.status !== 0) {
      const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
      const why = timedOut
        ? `le carnet a dépassé ${Math.round(timeoutMs / 60_000)} min : nbconvert a été interrompu`
        : r.error
          ? `nbconvert n'a pas pu être lancé : ${r.error.message}`
          : `nbconvert a échoué (${r.signal ? `signal ${r.signal}` : `code ${r.status}`})`;
      return { ok: false, error: `${why}\n${nbconvertError(r.stderr ?? "")}`.trim() };
    }
    const executed = readNotebook(readFileSync(join(outDir, basename(file)), "utf8"), basename(file));
    const text = serialiseNotebook(normaliseNotebook(executed, { root: options.root }));
    const before = readFileSync(file, "utf8");
    if (text === before) return { ok: true, changed: false };
    // Written beside it, then renamed: a test that reads the notebook meanwhile (pnpm test runs the
    // unit tests at the same time) sees the old file or the new one, never half of one.
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    return { ok: true, changed: true };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
