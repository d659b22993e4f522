import type { Finding } from "../content/block.ts";

/**
 * A finding about one answer of a question, with the question named (`context`) so that a title or
 * a key finding read alone says what the answer belongs to (« Canaux disponibles à la commune :
 * Guichet sans rendez-vous »). The sentence itself is unchanged; the input is not changed.
 * Missing values: a finding without numbers is returned as it is.
 * @example findingInContext(guichet, "Canaux disponibles à la commune").facts?.context // => "Canaux disponibles à la commune"
 */
export function findingInContext(finding: Finding, context: string): Finding {
  return finding.facts ? { ...finding, facts: { ...finding.facts, context } } : finding;
}
