import { tr } from "../messages/index.ts";
import { parseCliArgs, sniffLanguage } from "./args.ts";
import { CliError, type CliIo, ExitCode } from "./io.ts";

/**
 * Runs the `monitoring` command line and returns its exit code: 0 success, 1 rows rejected
 * (validation), 2 bad usage, unreadable file or unexpected error. Never throws: user errors are
 * printed to `io.err` in the user's language, naming the file and what to do; an unexpected error
 * gets a short message too (its stack trace only with the environment variable
 * `MONITORING_DEBUG=1`), never a stack trace or a library's raw text.
 *
 * Each command's code is loaded when it runs (`import()`), so that `help` or a mistyped option is
 * answered at once, without loading the charts, the workbook reader or Chromium's driver.
 *
 * @example runCli(["codebook", "--lang", "nl"], io) // => 0, the Dutch codebook on io.out
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case "help":
        io.out(`${tr("usage", args.lang)}\n`);
        return ExitCode.ok;
      case "init":
        return await (await import("./commands/init.ts")).initCommand(args, io);
      case "codebook":
        return (await import("./commands/codebook.ts")).codebookCommand(args, io);
      case "simulate":
        return (await import("./commands/simulate.ts")).simulateCommand(args, io);
      case "validate":
        return await (await import("./commands/validate.ts")).validateCommand(args, io);
      case "report":
        return await (await import("./commands/report.ts")).reportCommand(args, io);
      default:
        throw new CliError(tr("unknown_command", args.lang, { command: args.command }));
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`${e.message}\n`);
      return e.exitCode;
    }
    const command = argv.find((a) => !a.startsWith("-")) ?? "help";
    io.err(`${tr("unexpected_error", sniffLanguage(argv), { command })}\n`);
    if (process.env.MONITORING_DEBUG) io.err(`${(e as Error)?.stack ?? String(e)}\n`);
    return ExitCode.error;
  }
}
