import { targetName } from "./columnIndex.ts";
import { MAPPING_REVIEW_KEY } from "./mappingFile.ts";
import type { ColumnRecognition } from "./recogniseColumns.ts";

/**
 * The mapping file `validate --write-mapping` writes: every column of the file that is not the
 * tool's own (metadata, id) with its target — what was recognised, the guess for a column that was
 * not, `-` (ignored) for a column with no guess — and, under `$review`, every guess and every
 * ignored column, to check before use. Read back unchanged, it gives the same columns; with the
 * guesses confirmed, they are recognised too.
 * @example JSON.parse(mappingProposal(recogniseColumns(["Temps (%)"], worker2025, "codebook"))) // => { "Temps (%)": "B1_pct", "$review": ["Temps (%)"] }
 */
export function mappingProposal(columns: readonly ColumnRecognition[]): string {
  const out: Record<string, string | string[]> = {};
  const review: string[] = [];
  for (const c of columns) {
    const h = c.header.trim();
    if (h === "" || Object.hasOwn(out, h) || (c.via === "tool" && c.binding.kind !== "unmatched")) continue;
    const b = c.binding;
    if (b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText") out[h] = targetName(b);
    else if (b.kind === "id") out[h] = "id";
    else if (b.kind === "key") out[h] = b.key;
    else if (b.kind === "metadata") out[h] = "-";
    else {
      out[h] = c.guess ?? "-";
      review.push(h);
    }
  }
  if (review.length > 0) out[MAPPING_REVIEW_KEY] = review;
  return `${JSON.stringify(out, null, 2)}\n`;
}
