/**
 * The letters of a spreadsheet column, from its index (0 = A), as Excel names columns.
 * @example columnLetter(27) // => "AB"
 */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
