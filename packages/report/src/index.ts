/**
 * @monitoring-social/report — the `monitoring` command line and (issue 6) the report generator.
 * @module
 */
export { type ParsedArgs, parseCliArgs } from "./cli/args.ts";
export { CliError, type CliIo, ExitCode } from "./cli/io.ts";
export { runCli } from "./cli/runCli.ts";
export { type ReportMessageCode, reportMessages, tr } from "./messages/index.ts";
export * from "./privacy/pseudonymise.ts";
