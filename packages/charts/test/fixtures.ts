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
    autre: "Autre",
  },
  nl: {
    cpas: "OCMW",
    association: "Vereniging (vzw)",
    commune: "Gemeentebestuur",
    autre_public: "Andere openbare dienst",
    autre: "Andere",
  },
};

const cmp = (level: string, a: number, b: number, p: number, test = "chi-square", suppressed = false) => ({
  level,
  group_a: "2021",
  group_b: "2025",
  denominator_a: 178,
  denominator_b: 229,
  n_a: Math.round(a * 178),
  n_b: Math.round(b * 229),
  estimate_a: suppressed ? null : a,
  estimate_b: suppressed ? null : b,
  difference: suppressed ? null : b - a,
  diff_ci_low: null,
  diff_ci_high: null,
  ci_low_a: suppressed ? null : a - 0.07,
  ci_high_a: suppressed ? null : a + 0.07,
  ci_low_b: suppressed ? null : b - 0.06,
  ci_high_b: suppressed ? null : b + 0.06,
  p_adjusted: p,
  test,
  suppressed,
});

/** Fixed comparison rows (fictional) for chart snapshots: three significant changes, one not, one hidden. */
export const serviceRows = [
  cmp("commune", 0.55, 0.7, 0.004),
  cmp("cpas", 0.5, 0.48, 0.9),
  cmp("energie", 0.3, 0.45, 0.01),
  cmp("banques", 0.3, 0.46, 0.002, "fisher"),
  cmp("transport", 0.02, 0.03, 1, "fisher", true),
];

export const serviceLabels = {
  fr: {
    commune: "Administration communale",
    cpas: "CPAS",
    energie: "Fournisseurs d'énergie",
    banques: "Banques",
    transport: "STIB / SNCB",
  },
  nl: {
    commune: "Gemeentebestuur",
    cpas: "OCMW",
    energie: "Energieleveranciers",
    banques: "Banken",
    transport: "MIVB / NMBS",
  },
};
