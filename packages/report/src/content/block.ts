import type { ChartSpec } from "@monitoring-social/charts";
import type { CsvCell } from "@monitoring-social/questionnaire";
import type { NameReason } from "../privacy/personalNames.ts";
import type { FindingFacts } from "../story/findingFacts.ts";

/** A table of a report: formatted cells for the page, raw values for the CSV file. */
export interface DataTable {
  /** File name without extension, unique in the report (e.g. `services-c1`). */
  readonly id: string;
  /** Caption above the table. */
  readonly caption: string;
  /** Column headings, in the report's language. */
  readonly columns: readonly { readonly label: string; readonly numeric: boolean }[];
  /** Cells as shown on the page (formatted: « 45 % », « masqué »). */
  readonly cells: readonly (readonly string[])[];
  /** The CSV export: its own headings and raw values (numbers stay numbers; suppressed cells empty). */
  readonly csv: { readonly columns: readonly string[]; readonly rows: readonly (readonly CsvCell[])[] };
  /** Note under the table (interval method, test, suppression). Default: none. */
  readonly note?: string;
}

/** A sentence about a comparison, worded from its numbers. */
export interface Finding {
  /** The sentence, in the report's language. */
  readonly text: string;
  /** Whether the difference is significant after adjustment (the wording says "rise" only then). */
  readonly significant: boolean;
  /** What the finding is about, in a few words (for a list of what did not change). Default: none. */
  readonly subject?: string;
  /** The numbers the sentence was worded from (see `story/`). Default: none (withheld, or a summary). */
  readonly facts?: FindingFacts;
}

/** A testimony as published: pseudonymised, with where it comes from (wave only). */
export interface Quote {
  readonly text: string;
  readonly wave: string;
  /** The language it is written in, when it can be told (`textLanguage`): the page marks it with `lang`. Default: unknown. */
  readonly lang?: "fr" | "nl";
}

/** One block of a built section, in reading order. The HTML renderer escapes every string. */
export type Block =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "findings"; readonly items: readonly Finding[] }
  | {
      readonly kind: "figure";
      readonly id: string;
      /** The chart as printed and shown on a wide screen (the report's format, `page` by default). */
      readonly chart: ChartSpec;
      /** The same chart drawn for narrow screens (phones), when the report was built with one. Default: none. */
      readonly narrow?: ChartSpec;
      readonly table?: DataTable;
    }
  | { readonly kind: "table"; readonly table: DataTable }
  | { readonly kind: "quotes"; readonly heading: string; readonly items: readonly Quote[] }
  | { readonly kind: "list"; readonly items: readonly string[] };

/** A section built in one language: its blocks and its headline findings (for the key findings). */
export interface BuiltSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  /** The findings this section contributes to the key findings at the top. */
  readonly headlines: readonly Finding[];
  /** Words of the published testimonies that may be personal names, for a person to confirm. Default: none. */
  readonly review?: readonly NameToReview[];
}

/** A word of a published testimony flagged as a possible personal name. */
export interface NameToReview {
  /** The free-text question and the wave of the testimony. */
  readonly question: string;
  readonly wave: string;
  /** The respondent's id in the export, to find the testimony there. */
  readonly respondent: string;
  /** The word's initial and length (« D… (6 lettres) »): the word itself is not repeated in the report's folder. */
  readonly hint: string;
  /** Why it was flagged. */
  readonly reason: NameReason;
  /** Masked (`[nom]`) or published as written (confirmed in `confirmedWords`). */
  readonly masked: boolean;
  /** The testimony as published (pseudonymised). */
  readonly published: string;
}

/** A whole report built in one language. */
export interface BuiltReport {
  readonly id: string;
  readonly lang: "fr" | "nl";
  readonly title: string;
  readonly subtitle?: string;
  /** Where and when the study was made, from its waves: « Forest (1190), Vorst (1190) — 2025 ». Default: none. */
  readonly scope?: string;
  readonly fictional: boolean;
  /** The study's source line, as under every figure (« Source : …. Données fictives. »). */
  readonly source: string;
  readonly sections: readonly BuiltSection[];
}
