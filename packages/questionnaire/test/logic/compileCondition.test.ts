import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCondition, evaluateCondition, simulateResponses, worker2025 } from "../../src/index.ts";

describe("compileCondition", () => {
  it("agrees with evaluateCondition on every skip rule of the worker questionnaire, over simulated rows (property)", () => {
    const rules = worker2025.questions.flatMap((q) => (q.relevant ? [q.relevant] : []));
    expect(rules.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
        const rows = simulateResponses(worker2025, { n: 20, seed, missingness: 0.3 }).objects() as Record<
          string,
          unknown
        >[];
        for (const rule of rules) {
          const compiled = compileCondition(rule, worker2025);
          for (const row of rows) expect(compiled(row)).toBe(evaluateCondition(rule, row));
        }
      }),
      { numRuns: 20 },
    );
  });
});
