import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import Papa from "papaparse";
import {
  encodeCsvText,
  isAscii,
  type RawColumns,
  RawColumnsBuilder,
  type RowHashing,
  StringIndex,
  stringHash,
} from "../typing/rawColumns.ts";
import { decodeText, type Encoding } from "./detectEncoding.ts";
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from "./ingestLimits.ts";
import { countLineBreaks, countTextLineBreaks, type LineBreaks, physicalBreaks, uniformNewline } from "./lineBreaks.ts";
import { type Delimiter, detectDelimiter, type Newline, readCsvHeaderRecord, sepLine } from "./readCsv.ts";
import { ReadFailure } from "./readFailure.ts";
import { type CsvScanOptions, countBreaks, scanCsv } from "./scanCsv.ts";
import type { TextLines } from "./textLines.ts";

/** Options of {@link readCsvColumns}. */
export interface ReadCsvColumnsOptions {
  /** Delimiter. Default: the one Excel's `sep=` first line announces, else detected among `,` `;` tab. */
  readonly delimiter?: Delimiter;
  /**
   * Size from which a file is read by two threads, each parsing half of it. Default: 8 MiB. Only a
   * file without any quote character is split (its every line break then ends a record), in UTF-8
   * or Windows-1252, with one kind of line break throughout.
   */
  readonly parallelFrom?: number;
  /** Hashes to compute while parsing (see `RowHashing`), chosen from the header. Default: none. */
  readonly hashing?: (header: readonly string[]) => RowHashing;
  /** Resource limits. Default: `DEFAULT_INGEST_LIMITS`. */
  readonly limits?: IngestLimits;
}

/** Header, rows as raw columns, and how the file was read. */
export interface CsvColumns {
  /** Headers, trimmed. */
  readonly header: readonly string[];
  /** The data rows. */
  readonly raw: RawColumns;
  /** Delimiter, given, announced by a `sep=` line, or detected. */
  readonly delimiter: Delimiter;
  /** Threads that parsed the file: 2 when its second half was read on a worker thread. */
  readonly threads: 1 | 2;
  /** Whether the file starts with Excel's `sep=` line (skipped). */
  readonly sepLine: boolean;
  /** The physical lines of the file and how they are accounted for. */
  readonly lines: TextLines;
}

/** What the worker thread receives: the second part of the file, and how to parse it. */
interface Job {
  readonly bytes: Uint8Array;
  readonly encoding: "utf-8" | "windows-1252";
  readonly scan: CsvScanOptions;
  readonly hashing: RowHashing;
  readonly papaparse: string;
  readonly iconv: string;
}

/** What the worker sends back. */
interface Part {
  readonly raw: RawColumns;
  readonly records: number;
  readonly lines: number;
  readonly breaks: LineBreaks;
}

/**
 * The worker's program, run with the same code as the main thread: `StringIndex`,
 * `RawColumnsBuilder`, `encodeCsvText`, `scanCsv` and `countLineBreaks` are shipped as their source
 * text (they refer to nothing outside their own files but each other, and are passed in), so that
 * both halves of a file are read by exactly the same code.
 */
function workerMain(
  require: NodeJS.Require,
  encode: typeof encodeCsvText,
  scan: typeof scanCsv,
  count: typeof countLineBreaks,
): void {
  const { parentPort } = require("node:worker_threads") as typeof import("node:worker_threads");
  parentPort!.once("message", (job: Job) => {
    try {
      const papa = require(job.papaparse) as Pick<typeof import("papaparse"), "parse">;
      const breaks = count(job.bytes);
      let text =
        job.encoding === "windows-1252"
          ? (require(job.iconv) as typeof import("iconv-lite")).decode(
              Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
              "windows-1252",
            )
          : new TextDecoder("utf-8", { ignoreBOM: true }).decode(job.bytes);
      // The line break that ends the file is not a blank line (as in readCsv).
      if (text.endsWith(job.scan.newline)) text = text.slice(0, text.length - job.scan.newline.length);
      const { builder, records, scan: read } = encode(papa, scan, text, job.scan, false, job.hashing);
      const raw = builder.done();
      const transfer = [
        raw.rowNumbers.buffer,
        raw.rowHashes.buffer,
        raw.cellHashes.buffer,
        ...raw.columns.flatMap((c) => (c.codes ? [c.codes.buffer] : [])),
      ];
      parentPort!.postMessage({ raw, records, lines: read.lines, breaks }, transfer as ArrayBuffer[]);
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
    ...[stringHash, isAscii, StringIndex, RawColumnsBuilder, countBreaks, scanCsv, countLineBreaks, encodeCsvText].map(
      (f) => `const ${f.name} = (${f.toString()});`,
    ),
    `(${workerMain.toString()})(require, ${encodeCsvText.name}, ${scanCsv.name}, ${countLineBreaks.name});`,
  ].join("\n");
  return workerSource;
}

/** Parses `job` on a worker thread. Rejects when the worker cannot run or fails. */
function parseOnWorker(job: Job): Promise<Part> {
  return new Promise((resolve, reject) => {
    // A larger young generation than the default: the parse allocates millions of short-lived strings.
    const worker = new Worker(source(), { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    worker.once("message", (m: Part | { error: string }) => {
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

/** Megabytes, for messages. */
const mb = (bytes: number): number => Math.round(bytes / 1e6);

/**
 * Reads CSV bytes into a header and dictionary-encoded raw columns, with papaparse, and accounts
 * for every physical line of the file (see `TextLines`): header, rows (a row whose quote is left
 * open is cut and rejected, see `scanCsv`), blank lines. Excel's `sep=` first line is honoured and
 * skipped. A text that mixes line breaks is read with `\r\n` and `\r` as `\n`. A large file
 * without quote characters is cut at a line break near its middle and its two parts are parsed at
 * the same time, the second on a worker thread; the result is the same as one parse of the whole
 * text (rows, row numbers, lines, blank lines, ragged rows). Returns `null` when the text is blank.
 * @throws ReadFailure when the file is larger than `maxTextBytes`, its header is unreadable or too
 * wide, or more rows than `maxBrokenRows` are cut at a misplaced quote.
 * @example (await readCsvColumns(encodeText("id;A1\nr1;cpas\n", "utf-8"), "utf-8"))?.header // => ["id", "A1"]
 */
export async function readCsvColumns(
  bytes: Uint8Array,
  encoding: Encoding,
  options: ReadCsvColumnsOptions = {},
): Promise<CsvColumns | null> {
  const limits = options.limits ?? DEFAULT_INGEST_LIMITS;
  if (bytes.length > limits.maxTextBytes)
    throw new ReadFailure("limit_text_size", { size: mb(bytes.length), max: mb(limits.maxTextBytes) });
  const split = splitPoint(bytes, encoding, options.parallelFrom ?? 8 * 2 ** 20);
  if (split !== null) {
    const two = await readInTwo(bytes, encoding, split, options, limits);
    if (two !== null) return two;
  }
  let { text } = decodeText(bytes, encoding);
  const breaks =
    encoding === "utf-16le" || encoding === "utf-16be" ? countTextLineBreaks(text) : countLineBreaks(bytes);
  const endsWithBreak = text.endsWith("\n") || text.endsWith("\r");
  const uniform = uniformNewline(breaks);
  if (uniform === null) text = text.replace(/\r\n?/g, "\n");
  const newline: Newline = uniform ?? "\n";
  const sep = sepLine(text);
  if (sep) text = text.slice(sep.length);
  // The line break that ends the last row is not a blank line.
  if (text.endsWith(newline)) text = text.slice(0, text.length - newline.length);
  if (text.trim() === "") return null;
  const sepLines = sep ? 1 : 0;
  const delimiter = options.delimiter ?? sep?.delimiter ?? detectDelimiter(text);
  const { header } = readCsvHeaderRecord(text, delimiter, newline, limits, sepLines + 1);
  const hashing = options.hashing?.(header) ?? {};
  const scan = { delimiter, newline, width: header.length, firstLine: sepLines + 1, ...limits };
  const read = encodeCsvText(Papa, scanCsv, text, scan, true, hashing);
  if (read.scan.stoppedAt > 0)
    throw new ReadFailure("too_many_broken_rows", { line: read.scan.stoppedAt, max: limits.maxBrokenRows });
  const raw = read.builder.done();
  return {
    header,
    raw,
    delimiter,
    threads: 1,
    sepLine: sep !== null,
    lines: {
      total: physicalBreaks(breaks) + 1 - (endsWithBreak ? 1 : 0),
      header: sepLines + read.headerLines,
      rows: raw.rowLines,
      blank: raw.blankLines,
      multiLineRows: raw.multiLineRows,
    },
  };
}

/**
 * Reads a large quote-free file in two parts, the second on a worker thread; `null` when the file
 * cannot be read that way (line breaks mixed, none near the middle), so that the caller reads it
 * on one thread.
 */
async function readInTwo(
  bytes: Uint8Array,
  encoding: Encoding,
  split: number,
  options: ReadCsvColumnsOptions,
  limits: IngestLimits,
): Promise<CsvColumns | null> {
  // What one parse of the whole text would find from its beginning (sep line, delimiter, line
  // break, header), read from its first 4 MB.
  const prefixBytes = bytes.subarray(0, Math.min(split, 2 ** 22));
  let prefix = decodeText(prefixBytes, encoding).text;
  const newline = uniformNewline(countLineBreaks(prefixBytes));
  if (newline === null) return null;
  const sep = sepLine(prefix);
  if (sep) prefix = prefix.slice(sep.length);
  const sepLines = sep ? 1 : 0;
  if (prefix.trim() === "") return null;
  const delimiter = options.delimiter ?? sep?.delimiter ?? detectDelimiter(prefix);
  // The file is cut after a line feed that ends a record: "\n", or the "\n" of "\r\n".
  const cut = newline === "\n" ? 1 : newline === "\r\n" && bytes[split - 2] === 0x0d ? 2 : 0;
  if (cut === 0 || !prefix.includes(newline)) return null;
  const { header } = readCsvHeaderRecord(prefix, delimiter, newline, limits, sepLines + 1);
  const hashing = options.hashing?.(header) ?? {};
  const scan = { delimiter, newline, width: header.length, firstLine: sepLines + 1, ...limits };
  const job: Job = {
    // A copy, handed over to the worker (a Node Buffer's slice would share, and lose, the caller's bytes).
    bytes: Uint8Array.prototype.slice.call(bytes, split),
    encoding: encoding === "windows-1252" ? "windows-1252" : "utf-8",
    scan: { ...scan, firstLine: 1 },
    hashing,
    papaparse: require.resolve("papaparse"),
    iconv: require.resolve("iconv-lite"),
  };
  const second = parseOnWorker(job);
  second.catch(() => undefined); // awaited below
  const breaks1 = countLineBreaks(bytes, 0, split);
  let part1 = decodeText(bytes.subarray(0, split - cut), encoding).text;
  if (sep) part1 = part1.slice(sep.length);
  const first = encodeCsvText(Papa, scanCsv, part1, scan, true, hashing);
  let rest: Part;
  let threads: 1 | 2 = 2;
  try {
    // The caller's synchronous work after this call (the file's SHA-256) runs while the worker ends.
    rest = await second;
  } catch {
    threads = 1;
    // No worker here (or it failed): read the second half on this thread, the same way.
    const tail = bytes.subarray(split);
    let text = decodeText(tail, job.encoding).text;
    if (text.endsWith(newline)) text = text.slice(0, text.length - newline.length);
    const part = encodeCsvText(Papa, scanCsv, text, job.scan, false, hashing);
    rest = { raw: part.builder.done(), records: part.records, lines: part.scan.lines, breaks: countLineBreaks(tail) };
  }
  const breaks = {
    lf: breaks1.lf + rest.breaks.lf,
    cr: breaks1.cr + rest.breaks.cr,
    crlf: breaks1.crlf + rest.breaks.crlf,
  };
  // A line break of another kind further on: read the whole text on one thread, line breaks unified.
  if (uniformNewline(breaks) !== newline) return null;
  const lineOffset = sepLines + first.scan.lines;
  first.builder.append(rest.raw, first.records, lineOffset);
  const raw = first.builder.done();
  const last = bytes[bytes.length - 1];
  return {
    header,
    raw,
    delimiter,
    threads,
    sepLine: sep !== null,
    lines: {
      total: physicalBreaks(breaks) + 1 - (last === 0x0a || last === 0x0d ? 1 : 0),
      header: sepLines + first.headerLines,
      rows: raw.rowLines,
      blank: raw.blankLines,
      multiLineRows: raw.multiLineRows,
    },
  };
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
  if (lf < 0 || lf + 1 >= bytes.length) return null;
  // A second part that is only the file's last line break would be read as no line at all, where
  // the whole text ends with a blank line: such a file is read on one thread.
  const tail = bytes.subarray(lf + 1);
  if (tail.length <= 2 && tail.every((b) => b === 0x0a || b === 0x0d)) return null;
  return lf + 1;
}
