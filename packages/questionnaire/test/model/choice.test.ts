import { describe, expect, it } from "vitest";
import { choiceList, choiceResultLabel, question, worker2025 } from "../../src/index.ts";

describe("choiceResultLabel", () => {
  it("prints « Autre » / « Andere » in results where the form asks « Autre (précisez) » / « Andere (preciseer) »", () => {
    const other = choiceList(worker2025, question(worker2025, "A1")).choices.find((c) => c.other)!;
    expect(other.label).toEqual({ fr: "Autre (précisez)", nl: "Andere (preciseer)" });
    expect(choiceResultLabel(other, "fr")).toBe("Autre");
    expect(choiceResultLabel(other, "nl")).toBe("Andere");
  });
  it("is the label itself when the choice has no result label", () => {
    const cpas = choiceList(worker2025, question(worker2025, "A1")).choices.find((c) => c.code === "cpas")!;
    expect(choiceResultLabel(cpas, "nl")).toBe("OCMW");
  });
});
