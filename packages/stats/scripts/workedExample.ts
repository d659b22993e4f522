/**
 * Worked example on the FICTIONAL Schaerbeek waves: the share of working time spent on procedures,
 * 2021 vs 2025, with intervals and tests. Writes packages/stats/EXAMPLE.md (committed, regenerated
 * by `pnpm generate`). Every figure is computed here, none typed by hand.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { harmonise, readWave } from "@monitoring-social/ingest";
import { worker2021, worker2025, workerHarmonisation } from "@monitoring-social/questionnaire";
import * as aq from "arquero";
import { compareProportions, proportion, surveyDesign, TEST_REASON_TEXT } from "../src/index.ts";

const dir = join(import.meta.dirname, "../../../datasets/schaerbeek");
const w21 = await readWave(readFileSync(join(dir, "schaerbeek-2021-google-forms.csv")), {
  instrument: worker2021,
  fictional: true,
  file: "schaerbeek-2021-google-forms.csv",
});
const w25 = await readWave(readFileSync(join(dir, "schaerbeek-2025-kobo.xlsx")), {
  instrument: worker2025,
  fictional: true,
  file: "schaerbeek-2025-kobo.xlsx",
});
const h = harmonise([w21, w25], workerHarmonisation);
const brackets = ["b0_10", "b11_25", "b26_50", "b51_75", "b76_100"];
const pct = (x: number) => `${(100 * x).toFixed(1).replace(".", ",")} %`;
const pts = (x: number) =>
  `${x < 0 ? "−" : "+"}${Math.abs(100 * x)
    .toFixed(1)
    .replace(".", ",")} pts`;
const p = (x: number) => (x < 0.001 ? "p < 0,001" : `p = ${x.toFixed(3).replace(".", ",")}`);

const design = surveyDesign(h.table);
const dist = proportion(design, "B1", { by: "vague", levels: brackets }).objects() as Record<string, number & string>[];
// "More than a quarter of working time": brackets above 25 %.
const more = h.table.derive({
  plus_quart: aq.escape((d: { B1: string | null }) =>
    d.B1 === null ? null : ["b26_50", "b51_75", "b76_100"].includes(d.B1) ? "oui" : "non",
  ),
});
const cmp = compareProportions(surveyDesign(more), "plus_quart", {
  by: "vague",
  levels: ["oui"],
}).objects()[0] as Record<string, number & string>;
const whole = compareProportions(design, "B1", { by: "vague", levels: brackets }).objects()[0] as Record<
  string,
  number & string
>;
const note = h.comparability.find((r) => r.question === "B1")!.note!.fr;

const lines = [
  "# Exemple : la part du temps consacrée aux démarches, Schaerbeek 2021 et 2025",
  "",
  "> **Données fictives.** Ces chiffres viennent des exports simulés de `datasets/schaerbeek/` : ils",
  "> montrent la méthode, ce ne sont pas des résultats. Fichier produit par",
  "> `packages/stats/scripts/workedExample.ts` (`pnpm generate`).",
  "",
  "```ts",
  "const h = harmonise([w21, w25], workerHarmonisation);           // une table, colonne `vague`",
  'proportion(surveyDesign(h.table), "B1", { by: "vague" });         // Wilson, R prop.test',
  'compareProportions(surveyDesign(t), "plus_quart", { by: "vague" }); // Newcombe + test choisi',
  "```",
  "",
  `Répondants acceptés : ${w21.provenance.rowsAccepted} en 2021, ${w25.provenance.rowsAccepted} en 2025. ${note}`,
  "",
  "| tranche | 2021 | IC 95 % | 2025 | IC 95 % |",
  "| --- | ---: | --- | ---: | --- |",
  ...brackets.map((b) => {
    const a = dist.find((r) => r.vague === "2021" && r.level === b)!;
    const c = dist.find((r) => r.vague === "2025" && r.level === b)!;
    return `| ${b} | ${pct(a.estimate)} (n = ${a.n}) | ${pct(a.ci_low)} – ${pct(a.ci_high)} | ${pct(c.estimate)} (n = ${c.n}) | ${pct(c.ci_low)} – ${pct(c.ci_high)} |`;
  }),
  "",
  `Distribution entière, 2021 contre 2025 : ${TEST_REASON_TEXT.fr[whole.overall_reason as keyof typeof TEST_REASON_TEXT.fr]}, ${p(whole.overall_p)}.`,
  "",
  `Plus d'un quart du temps consacré aux démarches : ${pct(cmp.estimate_a)} en 2021 (IC 95 % ${pct(cmp.ci_low_a)} – ${pct(cmp.ci_high_a)}, ` +
    `${cmp.n_a}/${cmp.denominator_a}) contre ${pct(cmp.estimate_b)} en 2025 (${pct(cmp.ci_low_b)} – ${pct(cmp.ci_high_b)}, ${cmp.n_b}/${cmp.denominator_b}). ` +
    `Différence ${pts(cmp.difference)} (IC 95 % de Newcombe ${pts(cmp.diff_ci_low)} à ${pts(cmp.diff_ci_high)}) ; ` +
    `${TEST_REASON_TEXT.fr[cmp.test_reason as keyof typeof TEST_REASON_TEXT.fr]}, ${p(cmp.p_value)}.`,
  "",
  cmp.diff_ci_low > 0 || cmp.diff_ci_high < 0
    ? "L'intervalle de la différence ne contient pas 0 : dans ces données fictives, la hausse est plus grande que ce que le hasard de l'échantillon expliquerait à lui seul."
    : "L'intervalle de la différence contient 0 : ces données fictives ne permettent pas de parler de hausse.",
  "",
  "Comparaison à composition égale (pondération par calage sur les marges de type de structure et de",
  "fonction) : pas encore disponible — le calage (`rake`) fait partie du travail restant du paquet.",
  "",
];
writeFileSync(join(import.meta.dirname, "../EXAMPLE.md"), lines.join("\n"));
console.log("packages/stats/EXAMPLE.md");
