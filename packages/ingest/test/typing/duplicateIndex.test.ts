import fc from "fast-check";
import { describe, expect, it } from "vitest";
// Internal to ingest (not in the barrel): how duplicate rows are found.
import { hotRows } from "../../src/typing/duplicateIndex.ts";

describe("hotRows", () => {
  it("flags every row whose hash another row shares, so no duplicate can be missed (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
        (values, copies) => {
          const hashes = Int32Array.from(values);
          for (const [from, to] of copies) hashes[to % hashes.length] = hashes[from % hashes.length]!;
          const hot = hotRows(hashes);
          for (let a = 0; a < hashes.length; a++) {
            for (let b = a + 1; b < hashes.length; b++) {
              if (hashes[a] === hashes[b]) expect([hot[a], hot[b]]).toEqual([1, 1]);
            }
          }
        },
      ),
    );
  });

  it("leaves alone rows whose hash is alone in its slot", () => {
    expect([...hotRows(Int32Array.from([0x100, 0x200, 0x100, 0x300]))]).toEqual([1, 0, 1, 0]);
  });
});
