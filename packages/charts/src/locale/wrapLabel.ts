import { measureText } from "../render/textMetrics.ts";

/** Breakable spaces only: no-break spaces (U+00A0, U+202F) keep « 39–53 % » or « n = 5 » together. */
const BREAKS = /[ \t\r\n]+/;

/**
 * Wraps a label into lines of at most `width` characters at word boundaries, never cutting a word
 * or the text: long labels are wrapped, never truncated. Never breaks at a no-break space (the
 * narrow one before « % » included).
 * @example wrapLabel("Faire le travail d'autres administrations", 20) // => ["Faire le travail", "d'autres", "administrations"]
 */
export function wrapLabel(text: string, width: number): string[] {
  return wrapWith(text, (line) => line.length <= width);
}

/**
 * Wraps text into lines no wider than `maxWidth` px once set in DejaVu Sans at `fontSize`
 * (measured with the font's metrics), at breakable spaces; a single word wider than the line
 * stays whole on its own line.
 * @example wrapToWidth("Source : CASS Schaerbeek, enquête 2025. Données fictives.", 150, 10) // => ["Source : CASS Schaerbeek,", "enquête 2025. Données", "fictives."]
 */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  return wrapWith(text, (line) => measureText(line, fontSize, bold) <= maxWidth);
}

function wrapWith(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(BREAKS).filter(Boolean)) {
    if (line === "") line = word;
    else if (fits(`${line} ${word}`)) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
