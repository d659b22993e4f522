import { describe, expect, it } from "vitest";
import { typesetDefinition } from "../../src/index.ts";
import { schaerbeek } from "../helpers.ts";

describe("typesetDefinition", () => {
  const set = typesetDefinition(schaerbeek);

  it("sets the French texts typed with plain spaces: no line may start with « » » or « : »", () => {
    expect(schaerbeek.source.fr).toContain("« exclusion numérique 1030 »");
    expect(set.source.fr).toContain("«\u00a0exclusion numérique 1030\u00a0»");
    const intro = set.sections.flatMap((s) => ("intro" in s && s.intro ? [s.intro.fr] : []));
    for (const text of [set.title.fr, set.source.fr, ...intro]) expect(text).not.toMatch(/ [»:;%]|« /);
  });

  it("keeps the Dutch texts and the waves as they are", () => {
    expect(set.source.nl).toBe(schaerbeek.source.nl);
    expect(set.waves).toEqual(schaerbeek.waves);
  });
});
