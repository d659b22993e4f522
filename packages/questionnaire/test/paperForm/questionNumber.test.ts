import { describe, expect, it } from "vitest";
import { type Instrument, questionNumber, worker2021, worker2025 } from "../../src/index.ts";

describe("questionNumber", () => {
  it("prints B1_pct as B1 and plain ids as they are", () => {
    expect(questionNumber(worker2025, "B1_pct")).toBe("B1");
    expect(questionNumber(worker2025, "A1")).toBe("A1");
    expect(questionNumber(worker2021, "B1")).toBe("B1");
  });
  it("keeps the whole id when the short number would be shared", () => {
    const both: Instrument = {
      ...worker2025,
      questions: [...worker2025.questions, { ...worker2025.questions[7]!, id: "B1" }],
    };
    expect(questionNumber(both, "B1_pct")).toBe("B1_pct");
  });
  it("throws on an unknown question", () => {
    expect(() => questionNumber(worker2025, "Z9")).toThrow(/Z9/);
  });
});
