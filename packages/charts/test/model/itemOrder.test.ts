import { describe, expect, it } from "vitest";
import { isItemOrder, orderItems } from "../../src/index.ts";

describe("orderItems", () => {
  const items = Object.freeze([
    Object.freeze({ k: "a", v: 0.2 }),
    Object.freeze({ k: "b", v: null }),
    Object.freeze({ k: "c", v: 0.5 }),
    Object.freeze({ k: "d", v: 0.2 }),
  ]);
  it("value: largest first, ties in their own order, items without a value last", () => {
    expect(orderItems(items, (x) => x.v, "value").map((x) => x.k)).toEqual(["c", "a", "d", "b"]);
  });
  it("instrument: the rows' order, a copy (the input is never mutated)", () => {
    const out = orderItems(items, (x) => x.v, "instrument");
    expect(out.map((x) => x.k)).toEqual(["a", "b", "c", "d"]);
    expect(out).not.toBe(items);
  });
  it("isItemOrder guards the closed set", () => {
    expect(isItemOrder("value")).toBe(true);
    expect(isItemOrder("instrument")).toBe(true);
    expect(isItemOrder("alphabetical")).toBe(false);
  });
});
