/**
 * Column of a study's table holding each respondent's wave: the year when the study has one
 * commune (`"2021"`, as the `vague` column), else the year and the commune (`"2025-1190"`). The
 * stats functions take it as `by`; the design's strata (wave × commune) are the same partition.
 */
export const STUDY_WAVE_COLUMN = "vague_etude";

/**
 * Column of a study's table that pools the communes of a year (the year, for every wave that is not
 * a reference): pooled estimates are computed by it, on the stratified design.
 */
export const POOLED_COLUMN = "ensemble";

/** The strata of a study's design: each wave of each commune (R `strata = ~interaction(vague, commune)`). */
export const STUDY_STRATA: readonly string[] = ["vague", "commune"];
