import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import Papa from "papaparse";
import {
  type CsvParser,
  encodeCsvText,
  isAscii,
  type RawColumns,
  RawColumnsBuilder,
  type RowHashing,
  StringIndex,
  stringHash,
} from "../typing/rawColumns.ts";
import { decodeText, type Encoding } from "./detectEncoding.ts";
import { type Delimiter, detectDelimiter, readCsvHeader } from "./readCsv.ts";

/** Options of {@link readCsvColumns}. */
export interface ReadCsvColumnsOptions {
  /** Delimiter. Default: detected among `,` `;` tab. */
  readonly delimiter?: Delimiter;
  /**
   * Size from which a file is read by two threads, each parsing half of it. Default: 8 MiB. Only a
   * file without any quote character is split (its every line break then ends a record), in UTF-8
   * or Windows-1252.
   */
  readonly parallelFrom?: number;
  /** Hashes to compute while parsing (see `RowHashing`), chosen from the header. Default: none. */
  readonly hashing?: (header: readonly string[]) => RowHashing;
}

/** Header, rows as raw columns, and the delimiter used, of a CSV file. */
export interface CsvColumns {
  /** Headers, trimmed. */
  readonly header: readonly string[];
  /** The data rows. */
  readonly raw: RawColumns;
  /** Delimiter, given or detected. */
  readonly delimiter: Delimiter;
  /** Threads that parsed the file: 2 when its second half was read on a worker thread. */
  readonly threads: 1 | 2;
}

/** What the worker thread receives: the second part of the file, and how to parse it. */
interface Job {
  readonly bytes: Uint8Array;
  readonly encoding: "utf-8" | "windows-1252";
  readonly delimiter: string;
  readonly newline: string;
  readonly width: number;
  readonly hashing: RowHashing;
  readonly papaparse: string;
  readonly iconv: string;
}

/**
 * The worker's program, run with the same code as the main thread: `StringIndex`,
 * `RawColumnsBuilder` and `encodeCsvText` are shipped as their source text (they refer to nothing
 * outside `rawColumns.ts`), so that both halves of a file are read by exactly the same code.
 */
function workerMain(require: NodeJS.Require, encode: typeof encodeCsvText): void {
  const { parentPort } = require("node:worker_threads") as typeof import("node:worker_threads");
  parentPort!.once("message", (job: Job) => {
    try {
      const papa = require(job.papaparse) as CsvParser;
      let text =
        job.encoding === "windows-1252"
          ? (require(job.iconv) as typeof import("iconv-lite")).decode(
              Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
              "windows-1252",
            )
          : new TextDecoder("utf-8", { ignoreBOM: true }).decode(job.bytes);
      // The line break that ends the file is not a blank line (as in readCsv).
      if (text.endsWith("\r\n")) text = text.slice(0, -2);
      else if (text.endsWith("\n")) text = text.slice(0, -1);
      const { builder, records } = encode(papa, text, job, job.width, false, job.hashing);
      const raw = builder.done();
      const transfer = [
        raw.rowNumbers.buffer,
        raw.rowHashes.buffer,
        raw.cellHashes.buffer,
        ...raw.columns.flatMap((c) => (c.codes ? [c.codes.buffer] : [])),
      ];
      parentPort!.postMessage({ raw, records }, transfer as ArrayBuffer[]);
    } catch (e) {
      parentPort!.postMessage({ error: String((e as Error)?.stack ?? e) });
    }
  });
}

let workerSource: string | undefined;
function source(): string {
  workerSource ??= [
    // Some TypeScript transpilers (esbuild with keepNames, as tsx runs it) wrap declarations in
    // __name(…); the worker has no such helper.
    "var __name = (target) => target;",
    // Each definition under its own name, whether the transpiler emitted a declaration or an expression.
    ...[stringHash, isAscii, StringIndex, RawColumnsBuilder, encodeCsvText].map(
      (f) => `const ${f.name} = (${f.toString()});`,
    ),
    `(${workerMain.toString()})(require, ${encodeCsvText.name});`,
  ].join("\n");
  return workerSource;
}

/** Parses `job` on a worker thread. Rejects when the worker cannot run or fails. */
function parseOnWorker(job: Job): Promise<{ raw: RawColumns; records: number }> {
  return new Promise((resolve, reject) => {
    // A larger young generation than the default: the parse allocates millions of short-lived strings.
    const worker = new Worker(source(), { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    worker.once("message", (m: { raw: RawColumns; records: number } | { error: string }) => {
      void worker.terminate();
      if ("error" in m) reject(new Error(m.error));
      else resolve(m);
    });
    worker.once("error", (e) => {
      void worker.terminate();
      reject(e);
    });
    worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
  });
}

const require = createRequire(import.meta.url);

/**
 * Reads CSV bytes into a header and dictionary-encoded raw columns, with papaparse. A large file
 * without quote characters is cut at a line break near its middle and its two parts are parsed at
 * the same time, the second on a worker thread; the result is the same as one parse of the whole
 * text (rows, row numbers, blank lines, ragged rows). Returns `null` when the text is blank.
 * @example (await readCsvColumns(encodeText("id;A1\nr1;cpas\n", "utf-8"), "utf-8"))?.header // => ["id", "A1"]
 */
export async function readCsvColumns(
  bytes: Uint8Array,
  encoding: Encoding,
  options: ReadCsvColumnsOptions = {},
): Promise<CsvColumns | null> {
  const split = splitPoint(bytes, encoding, options.parallelFrom ?? 8 * 2 ** 20);
  if (split !== null) {
    // What one parse of the whole text would find from its beginning (delimiter from the first 64 KB,
    // line breaks from the first megabyte, the header), read from its first 4 MB.
    const prefix = decodeText(bytes.subarray(0, Math.min(split, 2 ** 22)), encoding).text;
    const delimiter = options.delimiter ?? detectDelimiter(prefix);
    const sample = prefix.slice(0, 2 ** 21);
    const first = Papa.parse<string[]>(sample, { delimiter, preview: 1 });
    const newline = first.meta.linebreak;
    // The file is cut after a line feed that ends a record: "\n", or the "\n" of "\r\n".
    const cut = newline === "\n" ? 1 : newline === "\r\n" && bytes[split - 2] === 0x0d ? 2 : 0;
    if (prefix.trim() !== "" && first.meta.cursor < sample.length && cut > 0) {
      const header = (first.data[0] ?? []).map((h) => h.trim());
      const hashing = options.hashing?.(header) ?? {};
      const job: Job = {
        // A copy, handed over to the worker (a Node Buffer's slice would share, and lose, the caller's bytes).
        bytes: Uint8Array.prototype.slice.call(bytes, split),
        encoding: encoding === "windows-1252" ? "windows-1252" : "utf-8",
        delimiter,
        newline,
        width: header.length,
        hashing,
        papaparse: require.resolve("papaparse"),
        iconv: require.resolve("iconv-lite"),
      };
      const second = parseOnWorker(job);
      second.catch(() => undefined); // awaited below
      const part1 = decodeText(bytes.subarray(0, split - cut), encoding).text;
      const { builder, records } = encodeCsvText(Papa, part1, { delimiter, newline }, header.length, true, hashing);
      let rest: { raw: RawColumns; records: number };
      let threads: 1 | 2 = 2;
      try {
        // The caller's synchronous work after this call (the file's SHA-256) runs while the worker ends.
        rest = await second;
      } catch {
        threads = 1;
        // No worker here (or it failed): read the second half on this thread, the same way.
        let text = decodeText(bytes.subarray(split), job.encoding).text;
        if (text.endsWith("\r\n")) text = text.slice(0, -2);
        else if (text.endsWith("\n")) text = text.slice(0, -1);
        const part = encodeCsvText(Papa, text, { delimiter, newline }, header.length, false, hashing);
        rest = { raw: part.builder.done(), records: part.records };
      }
      builder.append(rest.raw, records);
      return { header, raw: builder.done(), delimiter, threads };
    }
  }
  const { text } = decodeText(bytes, encoding);
  if (text.trim() === "") return null;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  // The line break that ends the last row is not a blank line.
  const end = text.endsWith("\r\n") ? 2 : text.endsWith("\n") ? 1 : 0;
  const body = end === 0 ? text : text.slice(0, text.length - end);
  const header = readCsvHeader(body, delimiter);
  const hashing = options.hashing?.(header) ?? {};
  const raw = encodeCsvText(Papa, body, { delimiter }, header.length, true, hashing).builder.done();
  return { header, raw, delimiter, threads: 1 };
}

/**
 * Where to cut a file for two threads: just after the first line feed past its middle, or `null`
 * when it is small, holds a quote character (a line break may then be inside a cell), or is UTF-16.
 */
function splitPoint(bytes: Uint8Array, encoding: Encoding, from: number): number | null {
  if (bytes.length < from || encoding === "utf-16le" || encoding === "utf-16be") return null;
  if (bytes.indexOf(0x22) >= 0) return null;
  // Halves: the worker starts later and sends its part back, while this thread hashes the file;
  // measured on the 1M-row benchmark, cutting at 45 % or 55 % is slower than in the middle.
  const lf = bytes.indexOf(0x0a, bytes.length >> 1);
  return lf < 0 || lf + 1 >= bytes.length ? null : lf + 1;
}
