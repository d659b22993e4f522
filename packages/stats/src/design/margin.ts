/** A population margin: total weight wanted for each level of a column (R `rake`'s `population.margins`). */
export interface Margin {
  /** Column (e.g. `A1`, type of structure). */
  readonly column: string;
  /** Wanted total per level. */
  readonly totals: Readonly<Record<string, number>>;
}

/**
 * The rows a calibration applies to: those where `column` holds `level` (e.g. one wave of a
 * stratified two-wave design). The other rows keep their weights and, in the variance, form one
 * calibrated level of every margin — R: the same calibration with each margin variable replaced
 * by `ifelse(vague == "2025", A1, "(autre)")` and the total of `"(autre)"` set to its weight sum.
 */
export interface CalibrationDomain {
  /** Column that says which rows are calibrated (e.g. `vague`). */
  readonly column: string;
  /** Its value on those rows (e.g. `"2025"`). */
  readonly level: string;
}
