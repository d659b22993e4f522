import { describe, expect, it } from "vitest";
import { nullSpace, otherSolution } from "../../src/index.ts";

describe("nullSpace", () => {
  it("gives whole-number moves that keep every equation", () => {
    const rows = [
      [1, 1, 1, 1, 1],
      [0, 0, 0, 1, 1],
      [1, 2, 3, 4, 5],
    ];
    const basis = nullSpace(rows, 5);
    expect(basis).toHaveLength(2);
    for (const b of basis) {
      expect(b.every(Number.isInteger)).toBe(true);
      for (const r of rows) expect(r.reduce((s, v, i) => s + v * b[i]!, 0)).toBe(0);
    }
  });
});

describe("otherSolution", () => {
  it("finds another table when a total alone is published", () => {
    expect(otherSolution([[1, 1, 1]], [3, 1, 2], [0, 1, 0])).toEqual([2, 2, 2]);
  });
  it("finds none when the total and the other cells are published (margin minus cells)", () => {
    const equations = [
      [1, 1, 1],
      [1, 0, 0],
      [0, 0, 1],
    ];
    expect(otherSolution(equations, [20, 1, 9], [0, 1, 0])).toBeUndefined();
  });
  it("finds none when « X ou Y » and X are published", () => {
    // cells: souvent, tres_souvent, others; published: souvent, souvent + tres_souvent.
    expect(
      otherSolution(
        [
          [1, 0, 0],
          [1, 1, 0],
        ],
        [6, 2, 22],
        [0, 1, 0],
      ),
    ).toBeUndefined();
  });
  it("respects counts ≥ 0: a total of 1 over two cells, one of them 0, still has another solution", () => {
    expect(otherSolution([[1, 1]], [1, 0], [1, 0])).toEqual([0, 1]);
  });
  it("finds none when only a negative count would do (a sum and a weighted sum pin the cell)", () => {
    // x1 + x2 = 1, 1·x1 + 2·x2 = 2 → x2 = 1 exactly.
    expect(
      otherSolution(
        [
          [1, 1],
          [1, 2],
        ],
        [0, 1],
        [0, 1],
      ),
    ).toBeUndefined();
  });
});
