import type { Language } from "@monitoring-social/questionnaire";
import { type ReportMessageCode, tr } from "../messages/index.ts";

const CODES: Readonly<Record<string, ReportMessageCode>> = {
  "chi-square": "test_chi_square",
  fisher: "test_fisher",
  "fisher-monte-carlo": "test_fisher_monte_carlo",
  wilcoxon: "test_wilcoxon",
  welch: "test_welch",
  "rao-scott": "test_rao_scott",
  "rao-scott-chisq": "test_rao_scott",
  "design-t": "test_design_t",
  "design-wilcoxon": "test_design_wilcoxon",
};

/**
 * The name of a statistical test (as `stats` codes it) for a reader, in French or Dutch.
 * @example testName("fisher", "nl") // => "exacte toets van Fisher"
 */
export function testName(test: string | null, lang: Language): string {
  const code = test === null ? undefined : CODES[test];
  return code ? tr(code, lang) : (test ?? "—");
}
