import { frenchSpacing } from "@monitoring-social/charts";
import type { ReportDefinition } from "./reportDefinition.ts";

/** Whether a value is a text in both languages (`{ fr, nl }`). */
const isLocalized = (v: unknown): v is { fr: string; nl: string } =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { fr?: unknown }).fr === "string" &&
  typeof (v as { nl?: unknown }).nl === "string";

function typeset(value: unknown): unknown {
  if (isLocalized(value)) return { ...value, fr: frenchSpacing(value.fr) };
  if (Array.isArray(value)) return value.map(typeset);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "waves" ? v : typeset(v)]));
  return value;
}

/**
 * A report definition whose French texts (title, subtitle, source, section titles and intros…)
 * are set as the report sets its own (`frenchSpacing`: no-break spaces inside « » and before the
 * colon, narrow ones before ; ! ? %), since a definition is typed with plain spaces. Dutch texts,
 * the waves (files, mappings) and every other field are kept as they are.
 * @example typesetDefinition(def).source.fr // => "CASS Schaerbeek, groupe «\u00a0exclusion numérique 1030\u00a0», …"
 */
export function typesetDefinition(definition: ReportDefinition): ReportDefinition {
  return typeset(definition) as ReportDefinition;
}
