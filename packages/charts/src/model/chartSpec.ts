import type { Language } from "@monitoring-social/questionnaire";
import type { TopLevelSpec } from "vega-lite";
import type { ChartFormat } from "../theme/formats.ts";

/** Texts around a chart, in the chart's language. */
export interface ChartMeta {
  /** Title: the finding or the question, short. */
  readonly title: string;
  /** Subtitle: population and unit. Default: none. */
  readonly subtitle?: string;
  /** Source line; says "Données fictives" / "Fictieve gegevens" when the data are fictional. */
  readonly source: string;
  /** Note: sample sizes, interval method, comparability note. */
  readonly note: string;
  /** Alternative text generated from the data. */
  readonly altText: string;
  /** Language of every text. */
  readonly lang: Language;
  /** Output format the spec is sized for. */
  readonly format: ChartFormat;
}

/** What every builder returns: a Vega-Lite spec and its texts. */
export interface ChartSpec {
  readonly spec: TopLevelSpec;
  readonly meta: ChartMeta;
}
