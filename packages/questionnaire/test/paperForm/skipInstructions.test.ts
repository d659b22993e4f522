import { describe, expect, it } from "vitest";
import {
  evaluateCondition,
  filterSentence,
  type Instrument,
  indicatorColumn,
  jumpSentence,
  type QuestionSkips,
  type SkipJump,
  simulateResponses,
  skipInstructions,
  worker2021,
  worker2025,
} from "../../src/index.ts";
import { mini } from "../fixtures.ts";

/** Worker 2025 with B4 (asked when B1 > 0) moved right after B1: a jump after a number. */
const b4AfterB1: Instrument = (() => {
  const qs = [...worker2025.questions];
  const b4 = qs.splice(
    qs.findIndex((q) => q.id === "B4"),
    1,
  )[0]!;
  qs.splice(qs.findIndex((q) => q.id === "B1_pct") + 1, 0, b4);
  return { ...worker2025, questions: qs };
})();

const skipsOf = (instrument: Instrument, id: string): QuestionSkips =>
  skipInstructions(instrument).find((s) => s.question === id)!;

describe("skipInstructions", () => {
  it("sends « Jamais » and « Ne sait pas » at E1 past E2 and E3 (worker 2025)", () => {
    expect(skipsOf(worker2025, "E1").jumps).toEqual([
      { when: { kind: "choices", codes: ["jamais", "nsp"] }, goTo: "F1" },
    ]);
  });

  it("derives a jump after a multiple-choice question from « ticked » filters", () => {
    expect(skipsOf(worker2025, "C1").jumps).toEqual([
      { when: { kind: "notTicked", codes: ["commune"], all: false }, goTo: "C3" },
    ]);
    expect(skipsOf(worker2025, "D1").jumps).toEqual([
      { when: { kind: "notTicked", codes: expect.any(Array), all: true }, goTo: "E1" },
    ]);
  });

  it("derives a jump after a number from a comparison: « 0 » when nothing is below 0", () => {
    expect(skipsOf(b4AfterB1, "B1_pct").jumps).toEqual([{ when: { kind: "number", cmp: "=", value: 0 }, goTo: "B2" }]);
  });

  it("puts a filter at every filtered question, « otherwise » only on the first of a run", () => {
    expect(skipsOf(worker2025, "B2")).toMatchObject({ otherwise: "B3", jumps: [] });
    expect(skipsOf(worker2025, "B4")).toMatchObject({ otherwise: "C1" });
    expect(skipsOf(worker2025, "E2")).toMatchObject({ otherwise: "F1" });
    expect(skipsOf(worker2025, "E3").otherwise).toBeUndefined();
    expect(skipsOf(worker2025, "E3").filter).toEqual(skipsOf(worker2025, "E2").filter);
    expect(skipsOf(worker2025, "A1")).toEqual({ question: "A1", filter: null, jumps: [] });
  });

  it("prints no jump where none is exact: a filter reading two questions (mini B2)", () => {
    expect(skipsOf(mini, "B1").jumps).toEqual([]);
    expect(skipsOf(mini, "B2").otherwise).toBe("B3");
  });

  it.each<[string, Instrument]>([
    ["worker 2021", worker2021],
    ["worker 2025", worker2025],
    ["worker 2025, B4 right after B1", b4AfterB1],
    ["mini", mini],
  ])("never sends a respondent past a question they should answer (%s, simulated answers)", (_n, instrument) => {
    const skips = new Map(skipInstructions(instrument).map((s) => [s.question, s]));
    const fires = (p: string, j: SkipJump, row: Record<string, unknown>): boolean => {
      const w = j.when;
      const v = row[p];
      switch (w.kind) {
        case "choices":
          return typeof v === "string" && w.codes.includes(v);
        case "notTicked":
          return w.codes.every((c) => row[indicatorColumn(p, c)] !== true);
        case "number":
          return (
            typeof v === "number" && evaluateCondition({ op: "compare", question: p, cmp: w.cmp, value: w.value }, row)
          );
        case "blank":
          return v === null || v === undefined;
      }
    };
    const rows = simulateResponses(instrument, { n: 300, seed: 5 }).objects() as Record<string, unknown>[];
    let jumpsTaken = 0;
    for (const row of rows) {
      const qs = instrument.questions;
      for (let i = 0; i < qs.length; i++) {
        const jump = skips.get(qs[i]!.id)!.jumps.find((j) => fires(qs[i]!.id, j, row));
        if (!jump) continue;
        jumpsTaken++;
        const end = jump.goTo === null ? qs.length : qs.findIndex((q) => q.id === jump.goTo);
        for (const skipped of qs.slice(i + 1, end))
          expect(evaluateCondition(skipped.relevant!, row), skipped.id).toBe(false);
      }
    }
    if (instrument !== mini) expect(jumpsTaken).toBeGreaterThan(0);
  });
});

describe("jumpSentence and filterSentence", () => {
  it("say where to go in words, as the brief's example does", () => {
    const e1 = skipsOf(worker2025, "E1");
    expect(jumpSentence(worker2025, "E1", e1.jumps[0]!, "fr")).toBe(
      "Si vous avez répondu « Jamais » ou « Ne sait pas », passez à la question F1.",
    );
    expect(jumpSentence(worker2025, "E1", e1.jumps[0]!, "nl")).toBe(
      "Hebt u ‘Nooit’ of ‘Weet niet’ geantwoord? Ga dan naar vraag F1.",
    );
    expect(jumpSentence(worker2025, "C1", skipsOf(worker2025, "C1").jumps[0]!, "fr")).toBe(
      "Si vous n'avez pas coché « Administration communale », passez à la question C3.",
    );
    expect(jumpSentence(worker2025, "D1", skipsOf(worker2025, "D1").jumps[0]!, "nl")).toBe(
      "Hebt u geen enkel vakje aangekruist? Ga dan naar vraag E1.",
    );
    const number: SkipJump = { when: { kind: "number", cmp: "=", value: 0 }, goTo: null };
    expect(jumpSentence(worker2025, "B1_pct", number, "fr")).toBe(
      "Si vous avez écrit 0, passez à la fin du questionnaire.",
    );
  });

  it("print the filter, and where to go otherwise on the first question of a run", () => {
    expect(filterSentence(worker2025, skipsOf(worker2025, "B4"), "fr")).toBe(
      "Répondez à cette question seulement si vous avez écrit plus de 0 à la question B1. Sinon, passez à la question C1.",
    );
    expect(filterSentence(worker2025, skipsOf(worker2025, "B2"), "nl")).toBe(
      "Beantwoord deze vraag alleen als u bij vraag A4 2 of meer hebt geschreven. Zo niet, ga dan naar vraag B3.",
    );
    expect(filterSentence(worker2025, skipsOf(worker2025, "E3"), "fr")).toBe(
      "Répondez à cette question seulement si vous avez répondu « Rarement », « Parfois », « Souvent » ou « Très souvent » à la question E1.",
    );
    expect(filterSentence(worker2025, skipsOf(worker2025, "A1"), "fr")).toBeNull();
  });
});
