import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReferenceStudy, WaveSource } from "../definition/reportDefinition.ts";

/** Where a reference study's exports are, and which waves they hold. */
export interface ReferenceWaves {
  /** Folder of the exports, relative to the repository's root. */
  readonly folder: string;
  /** Commune of the reference (postcode). */
  readonly commune: string;
  /** The waves, read through the same loader as a definition's (paths relative to `folder`). */
  readonly waves: readonly WaveSource[];
}

/**
 * The reference studies a definition can name (`reference`): Schaerbeek's 2021 and 2025 waves as
 * embedded in `datasets/schaerbeek/` — FICTIONAL (see its README): every figure that shows them
 * says « Données fictives ».
 */
export const REFERENCE_WAVES: Readonly<Record<ReferenceStudy, ReferenceWaves>> = {
  schaerbeek: {
    folder: "datasets/schaerbeek",
    commune: "1030",
    waves: [
      { file: "schaerbeek-2021-google-forms.csv", instrument: "worker@2021", fictional: true },
      { file: "schaerbeek-2025-kobo.xlsx", instrument: "worker@2025", fictional: true },
    ],
  },
};

/**
 * The folder of a reference study's exports in the repository this package belongs to (found by
 * walking up from this file: the same from the sources and from the compiled package), or
 * `undefined` when it is not there (a copy of the package outside the repository).
 * @example referenceFolder("schaerbeek") // => "/…/monitoring-social/datasets/schaerbeek"
 */
export function referenceFolder(name: ReferenceStudy): string | undefined {
  const folder = REFERENCE_WAVES[name].folder;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, folder)) && existsSync(join(dir, "pnpm-workspace.yaml"))) return join(dir, folder);
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
