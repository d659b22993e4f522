import type { Finding } from "../content/block.ts";

/**
 * One finding for a comparison made twice, raw and at the earlier wave's composition (the later wave
 * raked): the raw finding, carrying the adjusted one in its numbers, so that the key findings say
 * both in one sentence. It counts as demonstrated only when both are, in the same direction: a change
 * that does not hold at equal composition is not a headline. The inputs are not changed.
 * Missing values: when either is withheld (no numbers), the raw finding is returned unchanged.
 * @example withComposition(raw, adjusted, "à composition de 2021").facts?.atComposition?.qualifier // => "à composition de 2021"
 */
export function withComposition(raw: Finding, adjusted: Finding, qualifier: string): Finding {
  if (!raw.facts || !adjusted.facts) return raw;
  const significant =
    raw.significant && adjusted.significant && Math.sign(raw.facts.difference) === Math.sign(adjusted.facts.difference);
  return {
    ...raw,
    significant,
    facts: { ...raw.facts, significant, atComposition: { qualifier, facts: adjusted.facts } },
  };
}
