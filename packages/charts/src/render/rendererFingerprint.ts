import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

let fingerprint: string | undefined;

/** This package's folder: the nearest folder above this file that holds a `package.json`. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}

/** Every file under `dir`, sorted (the same tree gives the same list). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A fingerprint of everything that turns a chart's spec into SVG, PNG and PDF: the code of this
 * package as it runs (its compiled `dist/` when the commands run compiled, else its `src/`) and its
 * `package.json` (the exact versions of vega, vega-lite, resvg, pdfkit, svg-to-pdfkit, the DejaVu
 * fonts). Two runs with the
 * same fingerprint draw the same spec to the same bytes, so a figure whose spec is unchanged need
 * not be drawn again (see the report's figure cache); any change of code or dependency changes it.
 * @example rendererFingerprint() // => "9c1e…" (64 hex digits)
 */
export function rendererFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash("sha256");
  const root = packageRoot();
  const here = fileURLToPath(import.meta.url);
  const code = here.startsWith(join(root, "dist") + sep) ? join(root, "dist") : join(root, "src");
  for (const file of filesUnder(code)) hash.update(file.slice(root.length)).update(readFileSync(file));
  // The dependencies at their exact versions (vega, vega-lite, resvg, pdfkit, fonts…).
  hash.update(readFileSync(join(root, "package.json")));
  fingerprint = hash.digest("hex");
  return fingerprint;
}
