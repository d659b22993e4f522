import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Condition, parseRelevant, RelevantSyntaxError, toRelevant, when } from "../../src/index.ts";

describe("toRelevant", () => {
  it("writes each operator in readable ODK XPath", () => {
    expect(toRelevant(when.in("A1", "cpas"))).toBe("${A1} = 'cpas'");
    expect(toRelevant(when.in("E1", "parfois", "souvent"))).toBe("${E1} = 'parfois' or ${E1} = 'souvent'");
    expect(toRelevant(when.selected("C1", "commune"))).toBe("selected(${C1}, 'commune')");
    expect(toRelevant(when.compare("A4", ">=", 2))).toBe("${A4} >= 2");
    expect(toRelevant(when.answered("D1"))).toBe("${D1} != ''");
    expect(
      toRelevant(when.and(when.in("A1", "cpas"), when.or(when.compare("B3", ">", 0.5), when.not(when.answered("G1"))))),
    ).toBe("${A1} = 'cpas' and (${B3} > 0.5 or not(${G1} != ''))");
  });
});

describe("parseRelevant", () => {
  it("reads expressions written by hand in a spreadsheet, spacing and quotes aside", () => {
    expect(parseRelevant(`\${A1}='cpas'  or \${A1} = "commune"`)).toEqual(when.in("A1", "cpas", "commune"));
    expect(parseRelevant("selected( ${C1} , 'commune' ) and ${A4}<3")).toEqual(
      when.and(when.selected("C1", "commune"), when.compare("A4", "<", 3)),
    );
    expect(parseRelevant("${X} != -1.5")).toEqual(when.compare("X", "!=", -1.5));
  });

  it("rejects anything outside the subset, with the position", () => {
    for (const bad of [
      "${A1} = ",
      "${A1} == 'x'",
      "count(${C1}) > 1",
      "${A1} = 'x' and",
      "(${A1} = 'x'",
      "${A1} > 'x'",
      "${A1",
    ]) {
      expect(() => parseRelevant(bad), bad).toThrow(RelevantSyntaxError);
    }
    let error: unknown;
    try {
      parseRelevant("${A1} = 'x' xor ${A2} = 'y'");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RelevantSyntaxError);
    expect((error as RelevantSyntaxError).position).toBe(12);
  });

  it("reads back every condition it writes (property)", () => {
    const name = fc.constantFrom("A1", "B1_pct", "C1", "E1", "F9");
    const code = fc.constantFrom("cpas", "b0_10", "tres_souvent", "non_demande");
    const leaf: fc.Arbitrary<Condition> = fc.oneof(
      fc.tuple(name, fc.uniqueArray(code, { minLength: 1, maxLength: 3 })).map(([q, v]) => when.in(q, ...v)),
      fc.tuple(name, code).map(([q, c]) => when.selected(q, c)),
      fc
        .tuple(name, fc.constantFrom("<", "<=", ">", ">=", "=", "!=" as const), fc.integer({ min: -5, max: 500 }))
        .map(([q, cmp, v]) => when.compare(q, cmp, v)),
      name.map((q) => when.answered(q)),
    );
    const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
      tree: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.array(tie("tree"), { minLength: 2, maxLength: 3 }).map((cs) => when.and(...cs)),
        fc.array(tie("tree"), { minLength: 2, maxLength: 3 }).map((cs) => when.or(...cs)),
        tie("tree").map((c) => when.not(c)),
      ),
    }));
    // An `or` of single-code equalities on one question is read back as one `in` (same meaning);
    // such trees are not in the canonical form the builders produce, so they are left out.
    const canonical = (c: Condition): boolean => {
      if (
        c.op === "or" &&
        c.conditions.every(
          (d) =>
            d.op === "in" && d.values.length === 1 && d.question === (c.conditions[0] as { question: string }).question,
        )
      ) {
        return false;
      }
      if (c.op === "and" || c.op === "or") return c.conditions.every(canonical);
      if (c.op === "not") return canonical(c.condition);
      return true;
    };
    fc.assert(
      fc.property(tree, (c) => {
        fc.pre(canonical(c));
        expect(parseRelevant(toRelevant(c))).toEqual(c);
      }),
      { numRuns: 300 },
    );
  });
});
