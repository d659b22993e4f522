import type { Harmonisation } from "./harmonisation.ts";

/**
 * Harmonisation of the worker questionnaire 2021 → 2025, declared as data. Questions identical in
 * both versions need no rule (a `same` rule is implied).
 *
 * - B1: 2021 asked brackets, 2025 a percentage (B1_pct): 2025 answers are grouped into 2021's
 *   brackets with inclusive upper bounds 10, 25, 50, 75, 100 — so 10 → « 0 à 10 % », 10,5 → « 11 à
 *   25 % » (a decimal between two integer brackets goes to the upper one, since the 2021 brackets
 *   read « 11 à 25 % » as « more than 10 up to 25 »).
 * - C1: the Covid Safe Ticket (2021 only) and telecoms / medical appointments (2025 only) are left
 *   out of the comparison; the other services are compared.
 * - F3, F5: reworded in 2025; compared with a caveat.
 * - B4, F9: new in 2025 (implied: asked in one version only).
 */
export const workerHarmonisation: Harmonisation = {
  id: "worker-2021-2025",
  instrument: "worker",
  versions: ["2021", "2025"],
  rules: [
    {
      target: "B1",
      sources: {
        "2021": { op: "same", question: "B1" },
        "2025": {
          op: "bin",
          question: "B1_pct",
          bins: [
            { code: "b0_10", max: 10 },
            { code: "b11_25", max: 25 },
            { code: "b26_50", max: 50 },
            { code: "b51_75", max: 75 },
            { code: "b76_100", max: 100 },
          ],
        },
      },
      note: {
        fr: "En 2025, la part du temps a été demandée en pourcentage ; les réponses ont été regroupées dans les tranches de 2021.",
        nl: "In 2025 werd het deel van de tijd als percentage gevraagd; de antwoorden werden ingedeeld in de klassen van 2021.",
      },
    },
    {
      target: "F3",
      sources: { "2021": { op: "reworded", question: "F3" }, "2025": { op: "reworded", question: "F3" } },
    },
    {
      target: "F5",
      sources: { "2021": { op: "reworded", question: "F5" }, "2025": { op: "reworded", question: "F5" } },
    },
  ],
};
