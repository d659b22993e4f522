import type { EstimateRow } from "../src/index.ts";

/** Fixed, hand-written estimate rows (fictional) for chart snapshots. */
export const structureRows: EstimateRow[] = [
  {
    level: "cpas",
    n: 61,
    estimate: 0.343,
    ci_low: 0.277,
    ci_high: 0.415,
    method: "wilson",
    suppressed: false,
    denominator: 178,
  },
  {
    level: "association",
    n: 70,
    estimate: 0.393,
    ci_low: 0.324,
    ci_high: 0.467,
    method: "wilson",
    suppressed: false,
    denominator: 178,
  },
  {
    level: "commune",
    n: 30,
    estimate: 0.169,
    ci_low: 0.12,
    ci_high: 0.23,
    method: "wilson",
    suppressed: false,
    denominator: 178,
  },
  {
    level: "autre_public",
    n: 14,
    estimate: 0.079,
    ci_low: 0.047,
    ci_high: 0.128,
    method: "wilson",
    suppressed: false,
    denominator: 178,
  },
  {
    level: "autre",
    n: 3,
    estimate: null,
    ci_low: null,
    ci_high: null,
    method: "wilson",
    suppressed: true,
    denominator: 178,
  },
];

export const structureLabels = {
  fr: {
    cpas: "CPAS",
    association: "Association (asbl)",
    commune: "Administration communale",
    autre_public: "Autre service public",
    autre: "Autre (précisez)",
  },
  nl: {
    cpas: "OCMW",
    association: "Vereniging (vzw)",
    commune: "Gemeentebestuur",
    autre_public: "Andere openbare dienst",
    autre: "Andere (preciseer)",
  },
};
