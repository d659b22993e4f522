import { describe, expect, it } from "vitest";
import { ingestMessages } from "../../src/index.ts";

describe("ingest messages", () => {
  it("exist in French and Dutch for every code, with the same placeholders", () => {
    const fr = ingestMessages.fr as Record<string, string>;
    const nl = ingestMessages.nl as Record<string, string>;
    expect(Object.keys(nl).sort()).toEqual(Object.keys(fr).sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(fr)) {
      expect(nl[code]!.trim(), code).not.toBe("");
      expect(ph(nl[code]!), code).toEqual(ph(fr[code]!));
    }
  });
});
