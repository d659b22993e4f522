import { deflateRawSync } from "node:zlib";

/** One file of a hand-made ZIP archive. */
export interface ZipFile {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Size written in the archive's directories. Default: the real one (a lie makes a ZIP bomb). */
  readonly declaredSize?: number;
  /** Deflate the data (method 8) or store it (method 0). Default: true. */
  readonly deflate?: boolean;
}

/**
 * A ZIP archive built byte by byte (APPNOTE.TXT: local headers, central directory, end record),
 * for files no ZIP writer would produce: sizes that lie, entries of any kind. CRC-32s are left at 0
 * (the reader under test checks sizes, not checksums).
 */
export function zip(files: readonly ZipFile[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const raw = typeof f.data === "string" ? Buffer.from(f.data) : Buffer.from(f.data);
    const deflate = f.deflate ?? true;
    const body = deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(f.name);
    const size = f.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(deflate ? 8 : 0, 10);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

/**
 * Rewrites, in a copy of a real ZIP archive, the uncompressed size its central directory declares
 * for one entry.
 */
export function declareSize(bytes: Uint8Array, entry: string, size: number): Uint8Array {
  const copy = Buffer.from(bytes);
  const eocd = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = copy.readUInt32LE(eocd + 16);
  for (let k = 0; k < copy.readUInt16LE(eocd + 10); k++) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString("utf8", at + 46, at + 46 + nameLength) === entry) copy.writeUInt32LE(size, at + 24);
    at += 46 + nameLength + copy.readUInt16LE(at + 30) + copy.readUInt16LE(at + 32);
  }
  return new Uint8Array(copy);
}
