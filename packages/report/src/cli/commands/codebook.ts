import { codebookMarkdown, codebookRows } from "@monitoring-social/questionnaire";
import type { ParsedArgs } from "../args.ts";
import { instrumentOption } from "../instruments.ts";
import { type CliIo, ExitCode } from "../io.ts";

/** `monitoring codebook [--instrument worker@2025] [--lang fr|nl]`: prints the codebook as Markdown. */
export function codebookCommand(args: ParsedArgs, io: CliIo): ExitCode {
  const instrument = instrumentOption(args);
  io.out(codebookMarkdown(codebookRows([instrument]), { lang: args.lang }));
  return ExitCode.ok;
}
