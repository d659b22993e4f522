import {
  applyHarmonisation,
  type ComparabilityRow,
  comparabilityTable,
  type Harmonisation,
  type Instrument,
  instrumentKey,
} from "@monitoring-social/questionnaire";
import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import type { Wave } from "./wave.ts";

/** Result of {@link harmonise}: the stacked table and what may be compared. */
export interface HarmonisedWaves {
  /** One table, one row per respondent of every wave, `vague` column set, comparison schema. */
  readonly table: ColumnTable;
  /** Comparability of each question, with the note to print under a chart. */
  readonly comparability: readonly ComparabilityRow[];
  /** True when any wave is fictional: every output must say so. */
  readonly fictional: boolean;
  /** The waves, oldest first. */
  readonly waves: readonly Wave[];
}

/** Options of {@link harmonise}. */
export interface HarmoniseOptions {
  /**
   * Other versions of the family that may define comparison questions, compared or not (e.g. every
   * known version: the brackets of B1 come from 2021 even when every wave is of 2025). Default:
   * only the waves' own versions.
   */
  readonly instruments?: readonly Instrument[];
}

/**
 * Stacks waves of one or more versions into one table in the comparison schema of a harmonisation,
 * with a `vague` column (the wave's year), plus the comparability notes of each question across
 * the versions the waves use (and only those: a study of 2025 waves leaves no 2025 choice out).
 * @throws Error when a wave's instrument is not one of the harmonisation's versions.
 * @example harmonise([w2021, w2025], workerHarmonisation).table.groupby("vague").count()
 * @example harmonise([w2025], workerHarmonisation, { instruments: workerInstruments }).table.columnNames().includes("B1") // => true
 */
export function harmonise(
  waves: readonly Wave[],
  harmonisation: Harmonisation,
  options: HarmoniseOptions = {},
): HarmonisedWaves {
  const instruments: Instrument[] = [];
  for (const i of [...waves.map((w) => w.instrument), ...(options.instruments ?? [])])
    if (!instruments.some((x) => instrumentKey(x) === instrumentKey(i))) instruments.push(i);
  const used = new Set(waves.map((w) => w.instrument.version));
  const scope = { versions: harmonisation.versions.filter((v) => used.has(v)) };
  const sorted = [...waves].sort((a, b) => a.year.localeCompare(b.year));
  const parts = sorted.map((w) =>
    applyHarmonisation(w.table, w.instrument, harmonisation, instruments, scope).derive({
      vague: aq.escape(() => w.year),
    }),
  );
  const [first, ...rest] = parts;
  const table = first
    ? first.concat(...rest)
    : applyHarmonisation(waves[0]!.table, waves[0]!.instrument, harmonisation, instruments, scope);
  return {
    table,
    comparability: comparabilityTable(harmonisation, instruments, scope),
    fictional: waves.some((w) => w.fictional),
    waves: sorted,
  };
}
