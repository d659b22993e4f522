import {
  type Harmonisation,
  type Instrument,
  instrumentKey,
  type Language,
  workerHarmonisation,
  workerInstruments,
} from "@monitoring-social/questionnaire";
import { ReportError } from "../reportError.ts";

/** Instruments that definitions and the command line can name, by key `id@version`. */
export const KNOWN_INSTRUMENTS: readonly Instrument[] = [...workerInstruments];

/** Harmonisations that definitions can name, by instrument family. */
export const KNOWN_HARMONISATIONS: readonly Harmonisation[] = [workerHarmonisation];

/**
 * Finds an instrument by key.
 * @throws ReportError naming the known instruments when the key is unknown.
 * @example findInstrument("worker@2021").version // => "2021"
 */
export function findInstrument(key: string, lang?: Language): Instrument {
  const found = KNOWN_INSTRUMENTS.find((i) => instrumentKey(i) === key);
  if (!found) {
    const available = KNOWN_INSTRUMENTS.map(instrumentKey).join(", ");
    throw new ReportError("unknown_instrument", { instrument: key, available }, lang);
  }
  return found;
}

/**
 * Finds the harmonisation of an instrument family.
 * @throws ReportError when the family has none.
 * @example findHarmonisation("worker").id // => "worker-2021-2025"
 */
export function findHarmonisation(family: string, lang?: Language): Harmonisation {
  const found = KNOWN_HARMONISATIONS.find((h) => h.instrument === family);
  if (!found) {
    const available = KNOWN_HARMONISATIONS.map((h) => h.instrument).join(", ");
    throw new ReportError("unknown_harmonisation", { family, available }, lang);
  }
  return found;
}
