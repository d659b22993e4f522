/**
 * Normalises a header or label for matching: accents, case, punctuation and spacing removed.
 * @example normalizeLabel("  Temps consacré aux démarches (%) ?") // => "temps consacre aux demarches"
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Word stems (first 6 letters of words of 4+ letters) of a text, for fuzzy suggestions. */
export function stems(text: string): Set<string> {
  return new Set(
    normalizeLabel(text)
      .split(" ")
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, 6)),
  );
}
