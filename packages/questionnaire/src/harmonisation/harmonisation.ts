import type { LocalizedText } from "../model/language.ts";

/**
 * How one version's question feeds a question of the comparison schema.
 *
 * - `same`: same question, same wording and codes.
 * - `reworded`: same codes, wording changed (comparable with a caveat).
 * - `recode`: choice codes mapped to the comparison codes; several codes may merge into one, and a
 *   code mapped to `null` is dropped (its indicator or answer becomes null). Codes not in `codes`
 *   keep their code.
 * - `bin`: a number grouped into the comparison's brackets: `bins` in ascending order, each with an
 *   inclusive upper bound `max`; a value goes to the first bin whose `max` is ≥ the value (so with
 *   bins 10, 25, 50… 10 → first, 10.5 → second). Values above the last `max` are out of range (null).
 */
export type SourceRule =
  | { readonly op: "same"; readonly question: string }
  | { readonly op: "reworded"; readonly question: string }
  | { readonly op: "recode"; readonly question: string; readonly codes: Readonly<Record<string, string | null>> }
  | { readonly op: "bin"; readonly question: string; readonly bins: readonly Bin[] };

/** One bracket of a `bin` rule: values ≤ `max` (and > the previous bin's `max`) get `code`. */
export interface Bin {
  /** Comparison choice code. */
  readonly code: string;
  /** Inclusive upper bound. */
  readonly max: number;
}

/** One question of the comparison schema and where it comes from in each version. */
export interface HarmonisationRule {
  /** Id in the comparison schema (the canonical column name of the harmonised table). */
  readonly target: string;
  /**
   * Source per version. `null` marks a question absent from that version (not comparable). A
   * version missing from the record (one added to the harmonisation later) takes its question of
   * the same id as the target, if it has one that no other rule reads (`same`); else it is absent.
   */
  readonly sources: Readonly<Record<string, SourceRule | null>>;
  /** Version whose question definition (wording, list) the comparison schema uses. Default: the latest version. */
  readonly definedBy?: string;
  /** Note printed under a chart of this question, in French and Dutch. Default: generated from the rules. */
  readonly note?: LocalizedText;
  /** Marks two sources that measure different things: kept side by side, never compared. Default: `false`. */
  readonly notComparable?: boolean;
}

/**
 * Harmonisation of the versions of one instrument (two or more: 2021 and 2025 today, a later one
 * tomorrow) into one comparison schema, declared as data. Questions identical in the versions that
 * have them need no rule: {@link resolveRules} adds `same` for them. A study compares any subset
 * of the versions (one, several, all: {@link HarmonisationScope}).
 */
export interface Harmonisation {
  /** Id, e.g. `worker-2021-2025`. */
  readonly id: string;
  /** Instrument family, e.g. `worker`. */
  readonly instrument: string;
  /** The versions harmonised, oldest first (at least one; a rule names its source in each). */
  readonly versions: readonly string[];
  /** Rules for questions that differ between versions. */
  readonly rules: readonly HarmonisationRule[];
}
