/** Where the command line writes and reads; injected so that tests can capture it. */
export interface CliIo {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Writes a file (creating its folder). */
  readonly writeFile: (path: string, data: string | Uint8Array) => void;
  /** Reads a file. */
  readonly readFile: (path: string) => Uint8Array;
  /**
   * Prints a self-contained HTML page to PDF (`monitoring init`: the paper form). Default: headless
   * Chromium (`printPdf`), which throws `ChromiumMissingError` when none is installed.
   */
  readonly printPdf?: (html: string) => Promise<Uint8Array>;
  /**
   * What a path names on disk, to refuse an `--out` that is a file before any work. Default: not
   * checked up front (a failed write is still told in the user's language).
   */
  readonly pathKind?: (path: string) => PathKind;
}

/** What a path names on disk. */
export type PathKind = "file" | "directory" | "missing";

/** Exit codes of the `monitoring` command. */
export const ExitCode = {
  /** Everything went well (validation: the file is clean). */
  ok: 0,
  /** Validation: some rows were rejected. */
  rejected: 1,
  /** Bad usage, a file that cannot be read (or holds no response), or an unexpected error. */
  error: 2,
} as const;
/** One of the exit codes. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error to show the user as is (already translated), with its exit code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = ExitCode.error) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
