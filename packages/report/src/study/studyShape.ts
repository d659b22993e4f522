/**
 * The shapes of a study, from its waves (the definition's, a reference left aside).
 * - `descriptive`: one wave — estimates with their intervals, no comparison.
 * - `years`: several years of one commune — each wave with the next, and the first with the last.
 * - `communes`: several communes in one year — side by side, pooled, each commune with the others.
 * - `both`: several communes and several years — both of the above.
 */
export const StudyShape = {
  descriptive: "descriptive",
  years: "years",
  communes: "communes",
  both: "both",
} as const;
/** One of the study shapes. */
export type StudyShape = (typeof StudyShape)[keyof typeof StudyShape];

/**
 * Whether a value is a study shape.
 * @example isStudyShape("years") // => true
 */
export function isStudyShape(value: unknown): value is StudyShape {
  return typeof value === "string" && Object.hasOwn(StudyShape, value);
}

/**
 * The shape of a study from its waves' communes and years (reference waves left out).
 * @example studyShape([{ commune: "1030", year: "2021" }, { commune: "1030", year: "2025" }]) // => "years"
 * @example studyShape([{ commune: "1190", year: "2025" }]) // => "descriptive"
 */
export function studyShape(waves: readonly { readonly commune: string; readonly year: string }[]): StudyShape {
  const communes = new Set(waves.map((w) => w.commune)).size;
  const years = new Set(waves.map((w) => w.year)).size;
  if (communes > 1 && years > 1) return StudyShape.both;
  if (communes > 1) return StudyShape.communes;
  if (years > 1) return StudyShape.years;
  return StudyShape.descriptive;
}
