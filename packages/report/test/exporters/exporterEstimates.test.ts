import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWave } from "@monitoring-social/ingest";
import { choiceList, worker2025 } from "@monitoring-social/questionnaire";
import { likert, mean, multipleResponse, proportion, surveyDesign } from "@monitoring-social/stats";
import { describe, expect, it } from "vitest";

/**
 * The estimates a report computes from each tool's export equal those from the same answers in the
 * codebook CSV (fixtures: packages/ingest/test/fixtures/exporters, README there).
 */
const DIR = join(import.meta.dirname, "../../../ingest/test/fixtures/exporters");
const FILES = [
  "kobo/kobo-labels-fr-groups.xlsx",
  "kobo/kobo-labels-nl-nogroups.csv",
  "kobo/kobo-xml-groups-details.csv",
  "limesurvey/ls-code-codes-fr.csv",
  "limesurvey/ls-codetext-full-nl.csv",
  "limesurvey/ls-full-codes-nl.xlsx",
  "googleForms/gf-fr.csv",
  "googleForms/gf-nl.csv",
];

async function estimates(path: string) {
  const wave = await readWave(readFileSync(join(DIR, path)), { instrument: worker2025, fictional: true });
  const design = surveyDesign(wave.table);
  const c1 = worker2025.questions.find((q) => q.id === "C1")!;
  const choices = choiceList(worker2025, c1).choices.map((c) => `C1__${c.code}`);
  const f1 = worker2025.questions.find((q) => q.id === "F1")!;
  const ranks = Object.fromEntries(
    choiceList(worker2025, f1).choices.flatMap((c) => (c.value === undefined ? [] : [[c.code, c.value]])),
  );
  return {
    A1: proportion(design, "A1").objects(),
    B1: mean(design, "B1_pct").objects(),
    C1: multipleResponse(design, choices).objects(),
    F: likert(design, ["F1", "F2", "F3"], { ranks }).objects(),
  };
}

describe("estimates from each exporter's file", () => {
  it.each(FILES)("%s: the same as from the codebook CSV", async (file) => {
    const reference = await estimates("codebook/codebook.csv");
    expect(reference.A1.length).toBeGreaterThan(1);
    expect(await estimates(file)).toEqual(reference);
  });
});
