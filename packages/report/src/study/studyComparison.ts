import type { Language, LocalizedText } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import { STUDY_WAVE_COLUMN } from "./studyColumns.ts";
import type { StudyWave } from "./studyWave.ts";

/**
 * Kinds of comparison a study's shape calls for.
 * - `consecutive`: a wave of a commune with its next wave (2021 → 2023).
 * - `period`: the first wave of a commune with its last, over the whole period (three waves or more).
 * - `communes`: the two communes of a year, when there are exactly two.
 * - `others`: a commune with the other communes of the same year pooled (three communes or more).
 * - `reference`: a wave with the reference study's wave of the same year (else its latest).
 */
export const ComparisonKind = {
  consecutive: "consecutive",
  period: "period",
  communes: "communes",
  others: "others",
  reference: "reference",
} as const;
/** One of the comparison kinds. */
export type ComparisonKind = (typeof ComparisonKind)[keyof typeof ComparisonKind];

/**
 * Whether a value is a comparison kind.
 * @example isComparisonKind("period") // => true
 */
export function isComparisonKind(value: unknown): value is ComparisonKind {
  return typeof value === "string" && Object.hasOwn(ComparisonKind, value);
}

/** One side of a comparison: one wave, or several pooled (the other communes of a year). */
export interface StudyGroup {
  /** Value of the comparison's column for its respondents. */
  readonly key: string;
  /** Keys of the waves it is made of (one, or the pooled ones). */
  readonly waves: readonly string[];
  /** How charts, tables and sentences name it. */
  readonly label: LocalizedText;
  /** Whether its data are fictional (a reference, a simulation): its figures say so. */
  readonly fictional: boolean;
}

/** A comparison of two groups of a study, tested in every section. */
export interface StudyComparison {
  /** File-safe id, unique in the study, e.g. `2021-2025`, `1190-2025-autres`. */
  readonly id: string;
  readonly kind: ComparisonKind;
  /** Column of the study's table that holds the two groups (`by` of the stats functions). */
  readonly column: string;
  /**
   * The two groups, in the order of a difference (second − first): earlier then later wave; the
   * other commune(s) or the reference then the commune compared.
   */
  readonly groups: readonly [StudyGroup, StudyGroup];
  /**
   * Whether each group is one wave — one stratum, a simple random sample of fixed size: the classical
   * small-sample methods apply (Wilson, Newcombe, chi-square or Fisher, Welch, Wilcoxon). A pooled
   * group (the other communes) is compared through the stratified design (Rao–Scott).
   */
  readonly separate: boolean;
  /** Whether the groups are two times of one place (a change: « hausse », « baisse ») rather than two places. */
  readonly change: boolean;
  /** A short heading: « 2021 → 2025 », « Forest et les autres communes (2025) ». */
  readonly title: LocalizedText;
}

/** The comparisons of a study and the waves too small to be compared. */
export interface DerivedComparisons {
  readonly comparisons: readonly StudyComparison[];
  readonly tooSmall: readonly StudyWave[];
}

/** Options of {@link studyComparisons}. */
export interface StudyComparisonsOptions {
  /** Waves with fewer respondents are not compared. Default: `30`. */
  readonly minSample?: number;
  /** Commune the report is about: its comparisons come first. Default: none (postcode order). */
  readonly commune?: string;
}

const both = (f: (lang: Language) => string): LocalizedText => ({ fr: f("fr"), nl: f("nl") });

/**
 * The comparisons a study's shape calls for, from its waves: for each commune with several waves,
 * each wave with the next and, from three waves on, the first with the last; for each year with
 * several communes, the two communes together, or from three communes on each commune with the
 * others of that year pooled; and each wave with the reference's wave of its year (else the
 * reference's latest). A wave with fewer than `minSample` respondents is compared with nothing
 * (it is listed in `tooSmall`), but stays in the pooled groups. Pure: a pooled group's column is
 * named here (`comparaison_1`…) and filled by `loadStudy`.
 * @example studyComparisons(waves2021and2025).comparisons.map((c) => c.id) // => ["2021-2025"]
 */
export function studyComparisons(
  waves: readonly StudyWave[],
  options: StudyComparisonsOptions = {},
): DerivedComparisons {
  const minSample = options.minSample ?? 30;
  const waveColumn = STUDY_WAVE_COLUMN;
  const own = waves.filter((w) => !w.reference);
  const reference = waves.filter((w) => w.reference);
  const tooSmall = waves.filter((w) => w.respondents < minSample);
  const ok = (w: StudyWave) => w.respondents >= minSample;
  const communes = [...new Set(own.map((w) => w.place.postcode))].sort((a, b) =>
    a === options.commune ? -1 : b === options.commune ? 1 : a.localeCompare(b),
  );
  const single = (w: StudyWave): StudyGroup => ({ key: w.key, waves: [w.key], label: w.label, fictional: w.fictional });
  const comparisons: StudyComparison[] = [];
  const pair = (kind: ComparisonKind, a: StudyWave, b: StudyWave, change: boolean) => {
    if (!ok(a) || !ok(b)) return;
    comparisons.push({
      id: `${a.key}-${b.key}`.replace(/[^a-z0-9-]+/gi, "-").toLowerCase(),
      kind,
      column: waveColumn,
      groups: [single(a), single(b)],
      separate: true,
      change,
      title: both((l) => `${a.label[l]} → ${b.label[l]}`),
    });
  };

  // Several years of a commune: each wave with the next, and the first with the last.
  for (const c of communes) {
    const series = own.filter((w) => w.place.postcode === c && ok(w)).sort((a, b) => a.year.localeCompare(b.year));
    for (let i = 1; i < series.length; i++) pair(ComparisonKind.consecutive, series[i - 1]!, series[i]!, true);
    if (series.length >= 3) pair(ComparisonKind.period, series[0]!, series[series.length - 1]!, true);
  }

  // Several communes in a year: the two together, or each with the others pooled.
  const years = [...new Set(own.map((w) => w.year))].sort();
  let pooled = 0;
  for (const year of years) {
    const ofYear = own
      .filter((w) => w.year === year)
      .sort((a, b) => communes.indexOf(a.place.postcode) - communes.indexOf(b.place.postcode));
    if (ofYear.length < 2) continue;
    if (ofYear.length === 2) {
      const [first, second] = ofYear as [StudyWave, StudyWave];
      // The report's commune is the second group (the difference reads « commune − other »).
      const [a, b] = first.place.postcode === options.commune ? [second, first] : [first, second];
      if (ok(a) && ok(b))
        comparisons.push({
          id: `${b.key}-${a.key}`.replace(/[^a-z0-9-]+/gi, "-").toLowerCase(),
          kind: ComparisonKind.communes,
          column: waveColumn,
          groups: [single(a), single(b)],
          separate: true,
          change: false,
          title: both((l) => tr("comparison_two_communes", l, { a: a.label[l], b: b.label[l] })),
        });
      continue;
    }
    for (const w of ofYear) {
      if (!ok(w)) continue;
      const others = ofYear.filter((x) => x !== w);
      pooled++;
      const yearText = years.length > 1 ? ` ${year}` : "";
      comparisons.push({
        id: `${w.key}-autres`.replace(/[^a-z0-9-]+/gi, "-").toLowerCase(),
        kind: ComparisonKind.others,
        column: `comparaison_${pooled}`,
        groups: [
          {
            key: `autres-${w.key}`,
            waves: others.map((x) => x.key),
            label: both((l) => `${tr("other_communes", l)}${yearText}`),
            fictional: others.some((x) => x.fictional),
          },
          single(w),
        ],
        separate: false,
        change: false,
        title: both((l) => tr("comparison_others", l, { commune: w.label[l] })),
      });
    }
  }

  // Each wave with the reference.
  if (reference.length > 0) {
    const latest = [...reference].sort((a, b) => a.year.localeCompare(b.year)).at(-1)!;
    for (const w of [...own].sort(
      (a, b) => communes.indexOf(a.place.postcode) - communes.indexOf(b.place.postcode) || a.year.localeCompare(b.year),
    )) {
      const ref = reference.find((r) => r.year === w.year) ?? latest;
      if (!ok(w) || !ok(ref)) continue;
      comparisons.push({
        id: `${w.key}-reference-${ref.key}`.replace(/[^a-z0-9-]+/gi, "-").toLowerCase(),
        kind: ComparisonKind.reference,
        column: waveColumn,
        groups: [single(ref), single(w)],
        separate: true,
        change: false,
        title: both((l) => tr("comparison_reference", l, { wave: w.label[l], reference: ref.label[l] })),
      });
    }
  }
  return { comparisons, tooSmall };
}
