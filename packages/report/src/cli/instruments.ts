import type { Instrument } from "@monitoring-social/questionnaire";
import { ReportError } from "../reportError.ts";
import { findInstrument } from "../study/registry.ts";
import type { ParsedArgs } from "./args.ts";
import { CliError } from "./io.ts";

/** Default instrument of the command line: the latest worker questionnaire. */
export const DEFAULT_INSTRUMENT = "worker@2025";

/**
 * Finds the instrument named by `--instrument` (default `worker@2025`).
 * @throws CliError naming the known instruments when the key is unknown.
 */
export function instrumentOption(args: ParsedArgs): Instrument {
  try {
    return findInstrument(args.options.instrument ?? DEFAULT_INSTRUMENT, args.lang);
  } catch (e) {
    if (e instanceof ReportError) throw new CliError(e.message);
    throw e;
  }
}
