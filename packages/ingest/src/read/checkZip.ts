import { createInflateRaw } from "node:zlib";
import type { IngestLimits } from "./ingestLimits.ts";
import { ReadFailure } from "./readFailure.ts";

/** One file inside a ZIP archive, as its central directory declares it. */
export interface ZipEntry {
  /** Path inside the archive. */
  readonly name: string;
  /** Compression method: 0 stored, 8 deflated. */
  readonly method: number;
  /** Compressed size, in bytes. */
  readonly compressedSize: number;
  /** Uncompressed size the directory declares, in bytes. */
  readonly declaredSize: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

/** What a ZIP archive holds: its entries, and what kind of document it is. */
export interface ZipContents {
  readonly entries: readonly ZipEntry[];
  /** `xlsx` (an Office Open XML workbook), `ods` (OpenDocument spreadsheet) or `other`. */
  readonly kind: "xlsx" | "ods" | "other";
}

const mb = (bytes: number): number => Math.round(bytes / 1e6);

/**
 * Reads a ZIP archive's central directory (APPNOTE.TXT 4.3.16, 4.3.12) without inflating
 * anything, and refuses it up front when it declares more entries than `maxZipEntries` or more
 * uncompressed bytes than `maxUncompressedBytes` (a ZIP64 archive, over 4 GB, always does).
 * @throws ReadFailure `zip_damaged` when the directory cannot be read, `limit_zip_entries`,
 * `limit_uncompressed`.
 * @example readZipDirectory(xlsxBytes, DEFAULT_INGEST_LIMITS).kind // => "xlsx"
 */
export function readZipDirectory(bytes: Uint8Array, limits: IngestLimits): ZipContents {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory record: 22 bytes, then a comment of up to 65 535 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 65_535; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ReadFailure("zip_damaged");
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff)
    throw new ReadFailure("limit_uncompressed", { size: "> 4000", max: mb(limits.maxUncompressedBytes) });
  if (count > limits.maxZipEntries) throw new ReadFailure("limit_zip_entries", { count, max: limits.maxZipEntries });
  if (offset + size > eocd) throw new ReadFailure("zip_damaged");
  const entries: ZipEntry[] = [];
  let declared = 0;
  const decoder = new TextDecoder();
  for (let at = offset, k = 0; k < count; k++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw new ReadFailure("zip_damaged");
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.declaredSize === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw new ReadFailure("limit_uncompressed", { size: "> 4000", max: mb(limits.maxUncompressedBytes) });
    declared += entry.declaredSize;
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (declared > limits.maxUncompressedBytes)
    throw new ReadFailure("limit_uncompressed", { size: mb(declared), max: mb(limits.maxUncompressedBytes) });
  const names = new Set(entries.map((e) => e.name.replace(/^\//, "")));
  const kind = names.has("xl/workbook.xml")
    ? "xlsx"
    : names.has("content.xml") && names.has("mimetype")
      ? "ods"
      : "other";
  return { entries, kind };
}

/** Bytes a deflated stream inflates to, counting at most a little past `cap` (the output is dropped). */
function inflatedSize(data: Uint8Array, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let n = 0;
    inflate.on("data", (chunk: Buffer) => {
      n += chunk.length;
      if (n > cap) {
        inflate.destroy();
        resolve(n);
      }
    });
    inflate.on("end", () => resolve(n));
    inflate.on("error", reject);
    inflate.end(data);
  });
}

/**
 * Checks a ZIP archive before a reader inflates it: its directory first ({@link readZipDirectory}),
 * then each entry inflated as a stream whose output is counted and dropped, stopped as soon as an
 * entry exceeds its declared size (an archive that lies about its sizes is refused) — so that the
 * work done is bounded by `maxUncompressedBytes` whatever the archive claims.
 * @throws ReadFailure `zip_damaged`, `limit_zip_entries`, `limit_uncompressed`, `limit_inflated`.
 * @example (await checkZip(xlsxBytes, DEFAULT_INGEST_LIMITS)).kind // => "xlsx"
 */
export async function checkZip(bytes: Uint8Array, limits: IngestLimits): Promise<ZipContents> {
  const contents = readZipDirectory(bytes, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of contents.entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ReadFailure("zip_damaged");
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new ReadFailure("zip_damaged");
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.declaredSize) throw new ReadFailure("zip_damaged");
      continue;
    }
    if (entry.method !== 8) continue; // another method: the workbook reader refuses it
    let size: number;
    try {
      size = await inflatedSize(bytes.subarray(start, end), entry.declaredSize);
    } catch {
      throw new ReadFailure("zip_damaged");
    }
    if (size > entry.declaredSize)
      throw new ReadFailure("limit_inflated", { name: entry.name, max: mb(limits.maxUncompressedBytes) });
  }
  return contents;
}
