import { describe, expect, it } from "vitest";
import { conditionInWords, quotedList, when, worker2025 } from "../../src/index.ts";
import { mini } from "../fixtures.ts";

describe("conditionInWords", () => {
  it("writes each kind of condition with question numbers and choice labels, in French", () => {
    expect(conditionInWords(when.in("E1", "rarement", "parfois"), worker2025, "fr")).toBe(
      "vous avez répondu « Rarement » ou « Parfois » à la question E1",
    );
    expect(conditionInWords(when.selected("C1", "commune"), worker2025, "fr")).toBe(
      "vous avez coché « Administration communale » à la question C1",
    );
    expect(conditionInWords(when.compare("B1_pct", ">", 0), worker2025, "fr")).toBe(
      "vous avez écrit plus de 0 à la question B1",
    );
    expect(conditionInWords(when.answered("D1"), worker2025, "fr")).toBe(
      "vous avez coché au moins une case à la question D1",
    );
    expect(conditionInWords(when.answered("A4"), worker2025, "fr")).toBe("vous avez répondu à la question A4");
  });

  it("writes them in Dutch, with Dutch quotes and word order", () => {
    expect(conditionInWords(when.in("E1", "rarement", "parfois"), worker2025, "nl")).toBe(
      "u op vraag E1 ‘Zelden’ of ‘Soms’ hebt geantwoord",
    );
    expect(conditionInWords(when.compare("A4", ">=", 2), worker2025, "nl")).toBe(
      "u bij vraag A4 2 of meer hebt geschreven",
    );
    expect(conditionInWords(when.compare("A5", "<", 0.5), worker2025, "nl")).toBe(
      "u bij vraag A5 minder dan 0,5 hebt geschreven",
    );
  });

  it("pushes a negation down to the answers (De Morgan), with parentheses only where and/or mix", () => {
    // mini B4: not(answered B3)
    expect(conditionInWords(mini.questions.find((q) => q.id === "B4")!.relevant!, mini, "fr")).toBe(
      "vous n'avez pas répondu à la question B3",
    );
    const c = when.not(
      when.or(when.in("A1", "cpas"), when.and(when.selected("A2", "commune"), when.compare("B1", ">", 10))),
    );
    expect(conditionInWords(c, mini, "fr")).toBe(
      "vous n'avez pas répondu « CPAS » à la question A1 et (vous n'avez pas coché « Commune » à la question A2 ou vous avez écrit 10 ou moins à la question B1)",
    );
    expect(conditionInWords(when.not(when.not(when.answered("A2"))), mini, "nl")).toBe(
      "u bij vraag A2 minstens één vakje hebt aangekruist",
    );
  });

  it("throws on a condition over an unknown question", () => {
    expect(() => conditionInWords(when.answered("Z9"), worker2025, "fr")).toThrow(/Z9/);
  });
});

describe("quotedList", () => {
  it("quotes and joins labels as a sentence does", () => {
    expect(quotedList(["A"], "fr")).toBe("« A »");
    expect(quotedList(["A", "B", "C"], "fr")).toBe("« A », « B » ou « C »");
    expect(quotedList(["A", "B"], "nl")).toBe("‘A’ of ‘B’");
  });
});
