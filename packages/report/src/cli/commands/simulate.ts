import { instrumentKey, simulateResponses, tableToCsv } from "@monitoring-social/questionnaire";
import { tr } from "../../messages/index.ts";
import { integerOption, type ParsedArgs } from "../args.ts";
import { instrumentOption } from "../instruments.ts";
import { type CliIo, ExitCode } from "../io.ts";
import { writeOrFail } from "../writeFiles.ts";

/**
 * `monitoring simulate [--instrument] [--n 200] [--seed 1] [--out file.csv]`: writes fictional
 * responses as a codebook CSV (canonical columns). The same seed gives the same bytes.
 */
export function simulateCommand(args: ParsedArgs, io: CliIo): ExitCode {
  const instrument = instrumentOption(args);
  const n = integerOption(args, "n", 200);
  const seed = integerOption(args, "seed", 1);
  const csv = tableToCsv(simulateResponses(instrument, { n, seed }));
  const out = args.options.out;
  if (out === undefined) io.out(csv);
  else {
    writeOrFail(io, args.lang)(out, csv);
    io.err(`${tr("simulated", args.lang, { n, instrument: instrumentKey(instrument), seed, file: out })}\n`);
  }
  io.err(`${tr("fictional_notice", args.lang)}\n`);
  return ExitCode.ok;
}
