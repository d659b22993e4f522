import type { Condition } from "./condition.ts";
import type { LocalizedText } from "./language.ts";
import type { QuestionKind } from "./questionKind.ts";

/** Inclusive bounds of a numeric (or date) answer. Both optional. */
export interface Range {
  /** Smallest accepted value, inclusive. Default: no lower bound (percent: 0). */
  readonly min?: number;
  /** Largest accepted value, inclusive. Default: no upper bound (percent: 100). */
  readonly max?: number;
}

/** One question of an instrument. */
export interface Question {
  /** Stable id, a valid XLSForm name (e.g. `B1`, `B1_pct`). Canonical column name. */
  readonly id: string;
  /** Module letter (A–G for the worker survey). */
  readonly module: string;
  /** Kind of answer. */
  readonly kind: QuestionKind;
  /** Question text in French and Dutch. */
  readonly label: LocalizedText;
  /** Help text shown under the question. Default: none. */
  readonly hint?: LocalizedText;
  /** Name of the choice list (required for `single`, `multiple`, `ordinal`; absent otherwise). */
  readonly list?: string;
  /** Whether an answer is required when the question is asked. Default: `false`. */
  readonly required?: boolean;
  /** Accepted range of a numeric answer. Default: none (`percent`: 0–100 always applies). */
  readonly range?: Range;
  /** Skip logic: asked only when this holds. Default: always asked. */
  readonly relevant?: Condition;
  /** Short label for charts and tables (falls back to `label`). Default: none. */
  readonly short?: LocalizedText;
}
