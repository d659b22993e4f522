/**
 * Wraps a label into lines of at most `width` characters at word boundaries, never cutting a word
 * or the text: long labels are wrapped, never truncated.
 * @example wrapLabel("Faire le travail d'autres administrations", 20) // => ["Faire le travail", "d'autres", "administrations"]
 */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
