import iconv from "iconv-lite";
import type { Encoding } from "../read/detectEncoding.ts";

/**
 * Encodes text for a file: UTF-8 (with or without BOM), Windows-1252, UTF-16 LE with BOM (Excel's
 * "Unicode text"), UTF-16 BE with BOM. Uses iconv-lite.
 * @throws Error when a character cannot be written in Windows-1252 (nothing is replaced silently).
 * @example encodeText("café", "windows-1252") // => Uint8Array [0x63, 0x61, 0x66, 0xe9]
 */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  switch (encoding) {
    case "utf-8":
      return new TextEncoder().encode(body);
    case "utf-8-bom":
      return new TextEncoder().encode(`\uFEFF${body}`);
    case "utf-16le":
      return new Uint8Array(iconv.encode(body, "utf-16le", { addBOM: true }));
    case "utf-16be":
      return new Uint8Array(iconv.encode(body, "utf-16be", { addBOM: true }));
    case "windows-1252": {
      const bytes = iconv.encode(body, "windows-1252");
      const back = iconv.decode(bytes, "windows-1252");
      if (back !== body) {
        const at = [...body].findIndex((ch, i) => ch !== [...back][i]);
        throw new Error(`Caractère « ${[...body][at]} » impossible à écrire en Windows-1252.`);
      }
      return new Uint8Array(bytes);
    }
  }
}
