import { readFileSync, statSync } from "node:fs";
import type { CliIo } from "../../src/index.ts";

/**
 * A `CliIo` that captures standard output, standard error and written files in memory, and reads
 * the given files (by path) before the disk; `pathKind` answers from the given files, then the disk.
 */
export function memoryIo(files: Record<string, Uint8Array | string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const cli: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    writeFile: (p, d) => written.set(p, d),
    readFile: (p) => {
      const f = files[p];
      if (f !== undefined) return typeof f === "string" ? new TextEncoder().encode(f) : f;
      return readFileSync(p);
    },
    pathKind: (p) => {
      if (files[p] !== undefined) return "file";
      const stat = statSync(p, { throwIfNoEntry: false });
      return stat === undefined ? "missing" : stat.isDirectory() ? "directory" : "file";
    },
  };
  return { cli, out: () => out.join(""), err: () => err.join(""), written };
}
