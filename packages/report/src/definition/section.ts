import type { LocalizedText } from "@monitoring-social/questionnaire";

/** Kinds of report sections; each has one builder in `sections/`. */
export const SectionKind = {
  /** Paragraphs written in the definition. */
  text: "text",
  /** The key findings, gathered from the headline of every other section. */
  keyFindings: "keyFindings",
  /** Who answered: respondents by profile questions, per wave. */
  sample: "sample",
  /** Share of working time spent on procedures: distribution, hours and FTE, raw and composition-adjusted. */
  timeShare: "timeShare",
  /** One or more questions compared between the waves (the chart follows the question kind). */
  compare: "compare",
  /** A Likert battery compared between the waves. */
  likert: "likert",
  /** Selected free-text answers, pseudonymised. */
  testimonies: "testimonies",
  /** Samples, validation, methods, tests, suppression, comparability notes. */
  methodology: "methodology",
} as const;
/** One of the section kinds. */
export type SectionKind = (typeof SectionKind)[keyof typeof SectionKind];

/**
 * Whether a value is a section kind.
 * @example isSectionKind("compare") // => true
 */
export function isSectionKind(value: unknown): value is SectionKind {
  return typeof value === "string" && Object.hasOwn(SectionKind, value);
}

/** What every section has. */
interface SectionBase {
  /** Stable id: anchor in the page, prefix of figure and table files. Letters, digits and `-`. */
  readonly id: string;
  /** Heading, French and Dutch. */
  readonly title: LocalizedText;
  /** A paragraph under the heading. Default: none. */
  readonly intro?: LocalizedText;
}

/** Paragraphs written in the definition (blank lines separate paragraphs). */
export interface TextSection extends SectionBase {
  readonly kind: "text";
  readonly body: LocalizedText;
}

/** The key findings, one sentence each, from the headline of every section that has one. */
export interface KeyFindingsSection extends SectionBase {
  readonly kind: "keyFindings";
}

/** Respondents by profile questions (single choice), per wave. */
export interface SampleSection extends SectionBase {
  readonly kind: "sample";
  /** Profile questions (single choice), e.g. `["A1", "A3"]`. */
  readonly questions: readonly string[];
}

/** The time spent on procedures. */
export interface TimeShareSection extends SectionBase {
  readonly kind: "timeShare";
  /** The bracketed share of working time in the comparison schema. Default: `"B1"`. */
  readonly question?: string;
  /** Brackets counted as "more than a quarter of the time". Default: `["b26_50", "b51_75", "b76_100"]`. */
  readonly above?: readonly string[];
  /** Value in % used for each bracket when only brackets are known (hours, FTE). Default: midpoints. */
  readonly midpoints?: Readonly<Record<string, number>>;
  /** Column of the exact percentage, in the wave that asked it. Default: `"B1_pct"`. */
  readonly percentQuestion?: string;
  /** Working time in FTE. Default: `"A5"`. */
  readonly fte?: string;
  /** Profile questions of the composition adjustment (raking). Default: `["A1", "A3"]`. */
  readonly adjustFor?: readonly string[];
}

/** One or more questions compared between the waves. */
export interface CompareSection extends SectionBase {
  readonly kind: "compare";
  /** Questions of the comparison schema, e.g. `["C1"]`, `["D2", "E1"]`. */
  readonly questions: readonly string[];
  /**
   * Codes of an ordinal scale counted as "often" for the headline share (e.g. `["souvent",
   * "tres_souvent"]`). Default: the two highest ranks.
   */
  readonly top?: readonly string[];
}

/** A battery of Likert items compared between the waves. */
export interface LikertSection extends SectionBase {
  readonly kind: "likert";
  /** Items (ordinal questions on the same agreement scale), e.g. `["F1", …, "F9"]`. */
  readonly items: readonly string[];
}

/** Selected free-text answers, pseudonymised, escaped. */
export interface TestimoniesSection extends SectionBase {
  readonly kind: "testimonies";
  /** Free-text questions, e.g. `["G1", "G2"]`. */
  readonly questions: readonly string[];
  /** Most answers shown per question and wave. Default: `4`. */
  readonly perWave?: number;
  /**
   * Words flagged as possible personal names (see `validation/temoignages.*.md`) that a person has
   * read and confirmed may be published as written, e.g. `["Marie"]` when it is a street, not a
   * person. Every other flagged word is masked. Default: none.
   */
  readonly confirmedWords?: readonly string[];
}

/** Samples, validation summary, methods, tests, adjustment, suppression, comparability. */
export interface MethodologySection extends SectionBase {
  readonly kind: "methodology";
}

/** A section of a report definition. */
export type Section =
  | TextSection
  | KeyFindingsSection
  | SampleSection
  | TimeShareSection
  | CompareSection
  | LikertSection
  | TestimoniesSection
  | MethodologySection;
