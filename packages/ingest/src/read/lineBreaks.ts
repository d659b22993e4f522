/** Line breaks counted in bytes (`\n` alone, `\r` alone, and `\r\n` pairs). */
export interface LineBreaks {
  /** Line feeds (`\n`), those of `\r\n` included. */
  readonly lf: number;
  /** Carriage returns (`\r`), those of `\r\n` included. */
  readonly cr: number;
  /** `\r\n` pairs. */
  readonly crlf: number;
}

/*
 * `countLineBreaks` also runs on a worker thread, from its source text (see `readCsvColumns`).
 */

/**
 * Counts the line breaks of a text file's bytes between `from` and `to`, for an encoding in which
 * the bytes 0x0A and 0x0D only ever mean `\n` and `\r` (UTF-8, Windows-1252). Native searches, a
 * few tens of milliseconds for 250 MB.
 * @example countLineBreaks(new TextEncoder().encode("a\r\nb\nc")) // => { lf: 2, cr: 1, crlf: 1 }
 */
export function countLineBreaks(bytes: Uint8Array, from = 0, to = bytes.length): LineBreaks {
  let lf = 0;
  for (let at = bytes.indexOf(0x0a, from); at >= 0 && at < to; at = bytes.indexOf(0x0a, at + 1)) lf++;
  let cr = 0;
  let crlf = 0;
  for (let at = bytes.indexOf(0x0d, from); at >= 0 && at < to; at = bytes.indexOf(0x0d, at + 1)) {
    cr++;
    if (at + 1 < to && bytes[at + 1] === 0x0a) crlf++;
  }
  return { lf, cr, crlf };
}

/**
 * Physical line breaks: `\n`, `\r\n` and `\r` each end a line.
 * @example physicalBreaks({ lf: 2, cr: 1, crlf: 1 }) // => 2
 */
export function physicalBreaks(b: LineBreaks): number {
  return b.lf + b.cr - b.crlf;
}

/**
 * The one line break a text uses throughout, or `null` when it mixes them. No line break: `\n`.
 * @example uniformNewline({ lf: 2, cr: 2, crlf: 2 }) // => "\r\n"
 */
export function uniformNewline(b: LineBreaks): "\n" | "\r\n" | "\r" | null {
  if (b.cr === 0) return "\n";
  if (b.lf === 0) return "\r";
  return b.crlf === b.lf && b.crlf === b.cr ? "\r\n" : null;
}

/**
 * {@link countLineBreaks} on decoded text (for UTF-16, whose bytes cannot be searched for 0x0A).
 * @example countTextLineBreaks("a\r\nb\rc") // => { lf: 1, cr: 2, crlf: 1 }
 */
export function countTextLineBreaks(text: string): LineBreaks {
  let lf = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lf++;
  let cr = 0;
  let crlf = 0;
  for (let at = text.indexOf("\r"); at >= 0; at = text.indexOf("\r", at + 1)) {
    cr++;
    if (text.charCodeAt(at + 1) === 0x0a) crlf++;
  }
  return { lf, cr, crlf };
}
