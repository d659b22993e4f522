import type { Instrument } from "@monitoring-social/questionnaire";
import type { ColumnMapping } from "./columnBinding.ts";
import { mappingTarget } from "./mappingTarget.ts";

/** Keys of a mapping file that start with this are notes, not headers (`$review`). */
export const MAPPING_RESERVED_PREFIX = "$";
/** Key of a mapping file listing the columns to check (guesses and unknown columns). */
export const MAPPING_REVIEW_KEY = "$review";

/** A mapping file read and checked: the mapping and the columns it still marks for review. */
export interface MappingFile {
  /** Header as in the file → target. */
  readonly mapping: ColumnMapping;
  /** Headers the file marks for review (`$review`). */
  readonly review: readonly string[];
}

/** Why a mapping file is refused: one sentence per problem, in the file's own terms. */
export class MappingError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join(" ; "));
    this.name = "MappingError";
  }
}

/**
 * Reads a column mapping (the JSON text of a file, or an object given inline) and checks it: an
 * object whose keys are headers exactly as in the data file and whose values are targets —
 * a question id (`B1_pct`), one choice of a multiple-choice question (`C1__cpas`), an "other" text
 * (`A1__autre_texte`), `id` (the respondent id) or `-` (ignore the column on purpose). The key
 * `$review` may list headers to check (written by `validate --write-mapping`); other keys starting
 * with `$` are notes.
 * @throws MappingError naming each bad key or target (not JSON, not an object, unknown target).
 * @example parseMapping('{"Q7": "B1_pct", "$review": ["Q7"]}', worker2025).mapping // => { Q7: "B1_pct" }
 */
export function parseMapping(source: unknown, instrument: Instrument): MappingFile {
  let value: unknown = source;
  if (typeof source === "string") {
    try {
      value = JSON.parse(source);
    } catch (e) {
      throw new MappingError([`JSON : ${(e as Error).message}`]);
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new MappingError(["{…}"]);
  const problems: string[] = [];
  const mapping: Record<string, string> = {};
  let review: string[] = [];
  for (const [key, target] of Object.entries(value as Record<string, unknown>)) {
    if (key === MAPPING_REVIEW_KEY) {
      if (Array.isArray(target) && target.every((x) => typeof x === "string")) review = target as string[];
      else problems.push(`"${key}": [ "…" ]`);
      continue;
    }
    if (key.startsWith(MAPPING_RESERVED_PREFIX)) continue;
    if (typeof target !== "string" || mappingTarget(target, instrument) === undefined) {
      problems.push(`"${key}": ${JSON.stringify(target)} (${instrument.id}@${instrument.version})`);
      continue;
    }
    mapping[key] = target.trim();
  }
  if (problems.length > 0) throw new MappingError(problems);
  return { mapping, review };
}
