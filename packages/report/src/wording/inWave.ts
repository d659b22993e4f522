import type { Language } from "@monitoring-social/questionnaire";

/**
 * A wave's label as a phrase in a sentence (« 64 % {in_a} »): the labels a study gives its waves
 * (`loadStudy`) are a year when it has one commune (« 2021 »), a commune when its communes were
 * surveyed the same year (« Forest »), else the commune and the year (« Forest 2023 »), the
 * reference marked fictional (« Schaerbeek 2025 (fictif) »).
 * @example inWave("2021", "fr") // => "en 2021"
 * @example inWave("Forest 2023", "fr") // => "à Forest en 2023"
 * @example inWave("Schaarbeek 2025 (fictief)", "nl") // => "in Schaarbeek in 2025 (fictief)"
 * @example inWave("Saint-Gilles", "fr") // => "à Saint-Gilles"
 */
export function inWave(label: string, lang: Language): string {
  const year = lang === "fr" ? "en" : "in";
  const place = lang === "fr" ? "à" : "in";
  if (/^\d{4}$/.test(label)) return `${year} ${label}`;
  const m = /^(.+) (\d{4})( \(.+\))?$/.exec(label);
  if (m) return `${place} ${m[1]} ${year} ${m[2]}${m[3] ?? ""}`;
  return `${place} ${label}`;
}
