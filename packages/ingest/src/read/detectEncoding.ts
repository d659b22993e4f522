import * as nodeBuffer from "node:buffer";
import iconv from "iconv-lite";

/** Text encodings the reader detects. Excel's "Unicode text" is UTF-16 LE with a byte-order mark. */
export const Encoding = {
  utf8: "utf-8",
  utf8Bom: "utf-8-bom",
  windows1252: "windows-1252",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
} as const;
/** One of the encodings of {@link Encoding}. */
export type Encoding = (typeof Encoding)[keyof typeof Encoding];

/**
 * Whether a value is a supported encoding name.
 * @example isEncoding("windows-1252") // => true
 */
export function isEncoding(value: unknown): value is Encoding {
  return typeof value === "string" && (Object.values(Encoding) as string[]).includes(value);
}

/**
 * Detects the encoding of a text file: a byte-order mark first (UTF-8, UTF-16 LE/BE), then UTF-16
 * without one (a zero byte in most code units, on the same side: text in Latin script), then valid
 * UTF-8, and Windows-1252 otherwise (what Excel writes on a Belgian PC for "CSV (séparateur:
 * point-virgule)").
 * @example detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // => "utf-8-bom"
 * @example detectEncoding(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // => "windows-1252"
 * @example detectEncoding(new Uint8Array([0x69, 0, 0x64, 0, 0x3b, 0, 0x41, 0])) // => "utf-16le"
 */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return Encoding.utf8Bom;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Encoding.utf16le;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Encoding.utf16be;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  return isValidUtf8(bytes) ? Encoding.utf8 : Encoding.windows1252;
}

/**
 * UTF-16 without a byte-order mark, from the first 4 096 bytes: in text of Latin script every
 * other byte is zero (the high byte of each code unit), and the other bytes almost never are.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const units = n / 2;
  if (zeroOdd >= units * 0.5 && zeroEven <= units * 0.01) return Encoding.utf16le;
  if (zeroEven >= units * 0.5 && zeroOdd <= units * 0.01) return Encoding.utf16be;
  return null;
}

/** Whether bytes are valid UTF-8: Node's native check when there is one (a few ms for 250 MB). */
function isValidUtf8(bytes: Uint8Array): boolean {
  if (typeof nodeBuffer.isUtf8 === "function") return nodeBuffer.isUtf8(bytes);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes bytes with a given (or detected) encoding, without the byte-order mark.
 * @example decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text // => "café"
 */
export function decodeText(
  bytes: Uint8Array,
  encoding: Encoding = detectEncoding(bytes),
): { text: string; encoding: Encoding } {
  // Node's TextDecoder reads "windows-1252" as Latin-1 (0x80–0x9F become control characters, so
  // « … » or « € » would be lost): iconv-lite has the real code page.
  if (encoding === Encoding.windows1252) return { text: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding };
  const label = encoding === Encoding.utf8Bom ? "utf-8" : encoding;
  // TextDecoder drops a leading BOM for the UTF encodings by default.
  const text = new TextDecoder(label).decode(bytes);
  return { text, encoding };
}

/**
 * Whether bytes look binary rather than text: NUL bytes in a file that is not UTF-16, or many
 * control characters. Used to refuse a binary file with a clear message.
 */
export function looksBinary(bytes: Uint8Array, encoding: Encoding): boolean {
  if (encoding === Encoding.utf16le || encoding === Encoding.utf16be) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * Whether bytes are an OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`): an Excel 97–2003 workbook
 * (.xls), or an .xlsx protected by a password (Office encrypts it inside such a file).
 * @example isOleCompound(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) // => true
 */
export function isOleCompound(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

/** Whether bytes are a zip container (an .xlsx workbook starts with `PK\x03\x04`). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
