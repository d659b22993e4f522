import type { Span } from "./nationalNumber.ts";

/**
 * Where a text writes a phone number: international (`+32 2 123 45 67`, `0032 470 12 34 56`,
 * `+32 (0)470 12 34 56`, `+33 6 12 34 56 78`, `+212 6 61 23 45 67` — 8 to 14 digits after the
 * country prefix) or national (`0470 12 34 56`, `02/123.45.67`, `06-12345678` — a 0 and 8 or 9
 * more digits), grouped by spaces, dots, slashes or dashes. Years, amounts, postcodes and dates
 * (`12/03/2024`) are too short to be taken.
 * @example findPhones("GSM 0470 12 34 56.") // => [{ start: 4, end: 17 }]
 */
export function findPhones(text: string): Span[] {
  const sep = "[ .\\-/]?";
  const patterns = [
    new RegExp(
      `(?:\\+|(?<![\\p{L}\\p{N}])00)\\d{1,3}${sep}(?:\\(0\\)${sep})?(?:\\d${sep}){6,12}\\d(?![\\p{L}\\p{N}])`,
      "gu",
    ),
    new RegExp(`(?<![\\p{L}\\p{N}+])0\\d(?:${sep}\\d){7,8}(?![\\p{L}\\p{N}]|[ .\\-/]\\d)`, "gu"),
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}
