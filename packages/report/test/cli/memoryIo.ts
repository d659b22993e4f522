import { readFileSync } from "node:fs";
import type { CliIo } from "../../src/index.ts";

/**
 * A `CliIo` that captures standard output, standard error and written files in memory, and reads
 * the given files (by path) before the disk.
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
  };
  return { cli, out: () => out.join(""), err: () => err.join(""), written };
}
