import {
  applyHarmonisation,
  type ComparabilityRow,
  comparabilityTable,
  type Harmonisation,
  type Instrument,
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

/**
 * Stacks waves of different versions into one table in the comparison schema of a harmonisation,
 * with a `vague` column (the wave's year), plus the comparability notes of each question.
 * @throws Error when a wave's instrument is not one of the harmonisation's versions.
 * @example harmonise([w2021, w2025], workerHarmonisation).table.groupby("vague").count()
 */
export function harmonise(waves: readonly Wave[], harmonisation: Harmonisation): HarmonisedWaves {
  const instruments: Instrument[] = waves.map((w) => w.instrument);
  const sorted = [...waves].sort((a, b) => a.year.localeCompare(b.year));
  const parts = sorted.map((w) =>
    applyHarmonisation(w.table, w.instrument, harmonisation, instruments).derive({ vague: aq.escape(() => w.year) }),
  );
  const [first, ...rest] = parts;
  const table = first
    ? first.concat(...rest)
    : applyHarmonisation(waves[0]!.table, waves[0]!.instrument, harmonisation, instruments);
  return {
    table,
    comparability: comparabilityTable(harmonisation, instruments),
    fictional: waves.some((w) => w.fictional),
    waves: sorted,
  };
}
