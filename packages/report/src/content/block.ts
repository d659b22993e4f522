import type { ChartSpec } from "@monitoring-social/charts";
import type { CsvCell } from "@monitoring-social/questionnaire";

/** A table of a report: formatted cells for the page, raw values for the CSV file. */
export interface DataTable {
  /** File name without extension, unique in the report (e.g. `services-c1`). */
  readonly id: string;
  /** Caption above the table. */
  readonly caption: string;
  /** Column headings, in the report's language. */
  readonly columns: readonly { readonly label: string; readonly numeric: boolean }[];
  /** Cells as shown on the page (formatted: « 45 % », « n < 5 »). */
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
  | { readonly kind: "figure"; readonly id: string; readonly chart: ChartSpec; readonly table?: DataTable }
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
}

/** A whole report built in one language. */
export interface BuiltReport {
  readonly id: string;
  readonly lang: "fr" | "nl";
  readonly title: string;
  readonly subtitle?: string;
  readonly fictional: boolean;
  /** The study's source line, as under every figure (« Source : …. Données fictives. »). */
  readonly source: string;
  readonly sections: readonly BuiltSection[];
}
