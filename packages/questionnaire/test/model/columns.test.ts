import { describe, expect, it } from "vitest";
import { canonicalColumns, indicatorColumn, otherTextColumn } from "../../src/index.ts";
import { mini } from "../fixtures.ts";

describe("canonicalColumns", () => {
  it("puts id, vague, commune first, then one column per answer by kind", () => {
    const cols = canonicalColumns(mini).map((c) => [c.name, c.type]);
    expect(cols).toEqual([
      ["id", "string"],
      ["vague", "string"],
      ["commune", "string"],
      ["A1", "string"],
      ["A1__autre_texte", "string"],
      ["A2__commune", "boolean"],
      ["A2__cpas", "boolean"],
      ["A3", "number"],
      ["A4", "number"],
      ["B1", "number"],
      ["B2", "string"],
      ["B3", "string"],
      ["B4", "string"],
    ]);
  });
  it("names indicator and other-text columns with the __ separator", () => {
    expect(indicatorColumn("C1", "cpas")).toBe("C1__cpas");
    expect(otherTextColumn("A1")).toBe("A1__autre_texte");
  });
});
