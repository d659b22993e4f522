import { join } from "node:path";
import schaerbeek from "../../../reports/schaerbeek-2021-2025/report.ts";
import { loadStudy, type Study } from "../src/index.ts";

/** Folder of the Schaerbeek report definition (wave paths are relative to it). */
export const SCHAERBEEK_DIR = join(import.meta.dirname, "../../../reports/schaerbeek-2021-2025");

let cached: Promise<Study> | undefined;
/** The Schaerbeek study on the FICTIONAL exports, loaded once per test file. */
export function schaerbeekStudy(): Promise<Study> {
  cached ??= loadStudy(schaerbeek, { baseDir: SCHAERBEEK_DIR });
  return cached;
}

export { schaerbeek };
