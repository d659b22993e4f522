/**
 * The fictional Schaerbeek scenario: how the simulated 2021 and 2025 waves differ, declared once.
 * THE DATA ARE FICTIONAL: these shifts are invented to exercise the comparison tools, they are not
 * findings.
 */
import type { SimulateOptions } from "@monitoring-social/questionnaire";

type Effects = NonNullable<SimulateOptions["effects"]>;

const profile: Effects = {
  A1: { weights: { cpas: 3, commune: 1.2, association: 3, autre_public: 0.6, autre: 0.2 } },
  A3: {
    weights: {
      assistant_social: 5,
      educateur: 1,
      accueil: 1.5,
      animateur: 1,
      ecrivain_public: 0.6,
      coordination: 0.8,
      autre: 0.2,
    },
  },
  A4: { mean: 11, sd: 8 },
  A5: { mean: 0.85, sd: 0.18, step: 0.1 },
  A6: { weights: { c1030: 40, c1210: 2, c1000: 2, c1140: 1 } },
  B3: { mean: 14, sd: 9 },
};

/** 2021: time share in brackets, mostly under a quarter of the working time. */
export const effects2021: Effects = {
  ...profile,
  B1: { weights: { b0_10: 3, b11_25: 4, b26_50: 3, b51_75: 1.4, b76_100: 0.5 } },
  B2: { weights: { forte_baisse: 0.2, baisse: 0.5, stable: 2, hausse: 3, forte_hausse: 1.5 } },
  C1: {
    probabilities: {
      commune: 0.55,
      cpas: 0.5,
      actiris: 0.45,
      onem_capac: 0.35,
      spf_finances: 0.4,
      energie: 0.3,
      covid_safe_ticket: 0.35,
    },
  },
  E1: { weights: { jamais: 1, rarement: 2, parfois: 4, souvent: 3, tres_souvent: 1 } },
  F1: { weights: { pas_du_tout: 1, plutot_pas: 2, neutre: 2, plutot: 4, tout_a_fait: 3 } },
  F6: { weights: { pas_du_tout: 1, plutot_pas: 2, neutre: 3, plutot: 3, tout_a_fait: 2 } },
};

/** 2025: a larger share of time (asked as a percentage), more non-take-up observed, more strain. */
export const effects2025: Effects = {
  ...profile,
  B1_pct: { mean: 36, sd: 19 },
  B2: { weights: { forte_baisse: 0.1, baisse: 0.3, stable: 1.5, hausse: 3.5, forte_hausse: 2.5 } },
  B4: { mean: 35, sd: 15, step: 5 },
  C1: {
    probabilities: {
      commune: 0.7,
      cpas: 0.5,
      actiris: 0.5,
      onem_capac: 0.35,
      spf_finances: 0.45,
      energie: 0.45,
      banques: 0.45,
      telecom: 0.3,
    },
  },
  E1: { weights: { jamais: 0.5, rarement: 1.5, parfois: 3.5, souvent: 4, tres_souvent: 2 } },
  F1: { weights: { pas_du_tout: 0.5, plutot_pas: 1.5, neutre: 2, plutot: 4, tout_a_fait: 5 } },
  F6: { weights: { pas_du_tout: 0.6, plutot_pas: 1.5, neutre: 2.5, plutot: 3.5, tout_a_fait: 3 } },
};
