#!/usr/bin/env -S npx tsx
/** Entry point of the `monitoring` command: `pnpm monitoring <command> [options]`. */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { runCli } from "./runCli.ts";

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  writeFile: (path, data) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  },
  readFile: (path) => readFileSync(path),
  pathKind: (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat === undefined ? "missing" : stat.isDirectory() ? "directory" : "file";
  },
});
process.exitCode = code;
