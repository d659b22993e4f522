/**
 * Module hook of `scripts/run.mjs`: loads a TypeScript file (a report definition such as
 * `reports/schaerbeek-2021-2025/report.ts`, or a script) by stripping its types with esbuild.
 * Files inside `node_modules` and the compiled packages are left to Node.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";

export async function load(url, context, nextLoad) {
  if (url.startsWith("file:") && /\.[cm]?ts$/.test(url) && !url.includes("/node_modules/")) {
    const path = fileURLToPath(url);
    const { code } = await transform(await readFile(path, "utf8"), {
      loader: "ts",
      format: "esm",
      target: "node20",
      sourcefile: path,
      sourcemap: "inline",
    });
    return { format: "module", source: code, shortCircuit: true };
  }
  return nextLoad(url, context);
}
