/**
 * Resource limits of the reader, checked before the work they protect (a workbook's size before it
 * is inflated, the number of columns before any row is read), each named in the message that
 * refuses a file. The defaults are far above any survey export: a limit is only met by a broken or
 * hostile file.
 */
export interface IngestLimits {
  /**
   * Largest text file (CSV) read, in bytes. Default: 500 MiB (a JavaScript string holds at most
   * 2^29 − 24 characters; one million responses of 40 columns take 260 MB).
   */
  readonly maxTextBytes: number;
  /**
   * Largest uncompressed content of a workbook (.xlsx), in bytes: the sizes its ZIP directory
   * declares, then what it really inflates to. Default: 256 MiB (the 2025 Schaerbeek export holds
   * under 1 MB; the workbook is read into memory, which takes several times that).
   */
  readonly maxUncompressedBytes: number;
  /** Most files inside a workbook (.xlsx). Default: 10 000. */
  readonly maxZipEntries: number;
  /** Most columns in a header. Default: 5 000 (a full KoboToolbox export of the 2025 questionnaire has about 150). */
  readonly maxColumns: number;
  /** Longest cell, in characters. Default: 32 767, the most an Excel cell holds. */
  readonly maxCellLength: number;
  /**
   * Most lines of a CSV text file that one row may span (line breaks inside quoted cells).
   * Default: 100. A row beyond it is taken for a misplaced quote: it is rejected and the lines
   * after its first are read as rows.
   */
  readonly maxRowLines: number;
  /**
   * Most rows rejected for a misplaced quote before the whole file is refused (the file is then
   * most likely not a CSV with this delimiter). Default: 100.
   */
  readonly maxBrokenRows: number;
}

/** The default {@link IngestLimits}. */
export const DEFAULT_INGEST_LIMITS: IngestLimits = Object.freeze({
  maxTextBytes: 500 * 2 ** 20,
  maxUncompressedBytes: 256 * 2 ** 20,
  maxZipEntries: 10_000,
  maxColumns: 5_000,
  maxCellLength: 32_767,
  maxRowLines: 100,
  maxBrokenRows: 100,
});

/**
 * The default limits with some replaced.
 * @example ingestLimits({ maxColumns: 100 }).maxCellLength // => 32767
 */
export function ingestLimits(overrides: Partial<IngestLimits> = {}): IngestLimits {
  return { ...DEFAULT_INGEST_LIMITS, ...overrides };
}
