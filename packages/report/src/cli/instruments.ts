import { type Instrument, instrumentKey, workerInstruments } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import type { ParsedArgs } from "./args.ts";
import { CliError } from "./io.ts";

/** Instruments the command line knows, by key `id@version`. */
export const KNOWN_INSTRUMENTS: readonly Instrument[] = [...workerInstruments];

/** Default instrument of the command line: the latest worker questionnaire. */
export const DEFAULT_INSTRUMENT = "worker@2025";

/**
 * Finds the instrument named by `--instrument` (default `worker@2025`).
 * @throws CliError naming the known instruments when the key is unknown.
 */
export function instrumentOption(args: ParsedArgs): Instrument {
  const key = args.options.instrument ?? DEFAULT_INSTRUMENT;
  const found = KNOWN_INSTRUMENTS.find((i) => instrumentKey(i) === key);
  if (!found) {
    const available = KNOWN_INSTRUMENTS.map(instrumentKey).join(", ");
    throw new CliError(tr("unknown_instrument", args.lang, { instrument: key, available }));
  }
  return found;
}
