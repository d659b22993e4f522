/** XLSForm language suffixes used by this project (KoboToolbox's `Name (code)` convention). */
export const XLSFORM_LANGUAGES = { fr: "Français (fr)", nl: "Nederlands (nl)" } as const;

/** Column `label::Français (fr)` etc. */
export const col = (base: string, lang: keyof typeof XLSFORM_LANGUAGES): string =>
  `${base}::${XLSFORM_LANGUAGES[lang]}`;

/**
 * Columns of the `survey` sheet. Standard XLSForm columns, plus `monitoring_kind` (ordinal / percent,
 * which XLSForm has no type for) and `monitoring_short::…` (short labels for charts): KoboToolbox and
 * ODK ignore columns they do not know, so the form fields as is and our model survives a round trip.
 */
export const SURVEY_COLUMNS = [
  "type",
  "name",
  col("label", "fr"),
  col("label", "nl"),
  col("hint", "fr"),
  col("hint", "nl"),
  "required",
  "relevant",
  "constraint",
  col("constraint_message", "fr"),
  col("constraint_message", "nl"),
  "monitoring_kind",
  col("monitoring_short", "fr"),
  col("monitoring_short", "nl"),
] as const;

/**
 * Columns of the `choices` sheet; `monitoring_*` carry ranks, missing-type, "other" and centre flags, and
 * the label results print when the form's carries an instruction (`monitoring_result::…`: « Autre »
 * for « Autre (précisez) »).
 */
export const CHOICES_COLUMNS = [
  "list_name",
  "name",
  col("label", "fr"),
  col("label", "nl"),
  "monitoring_value",
  "monitoring_missing",
  "monitoring_other",
  "monitoring_centre",
  col("monitoring_result", "fr"),
  col("monitoring_result", "nl"),
] as const;

/** Columns of the `settings` sheet. */
export const SETTINGS_COLUMNS = [
  "form_title",
  "form_id",
  "version",
  "default_language",
  "monitoring_instrument",
  col("monitoring_title", "nl"),
] as const;
