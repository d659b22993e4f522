import type { Wave } from "@monitoring-social/ingest";
import type { Language } from "@monitoring-social/questionnaire";
import * as aq from "arquero";
import { ReportError } from "../reportError.ts";

/** Code of A6 for a respondent who works outside the Brussels Region. */
const OUTSIDE_REGION = "hors_bxl";

/** The waves one export gives when split by commune of work, and how many respondents were left out. */
export interface SplitWaves {
  /** One wave per commune of work (A6), by postcode; same file, validation and year. */
  readonly waves: readonly Wave[];
  /** Respondents in no wave: {@link outsideRegion} plus {@link noCommune}. */
  readonly outside: number;
  /** Respondents who work outside the Brussels Region (A6 = `hors_bxl`). */
  readonly outsideRegion: number;
  /**
   * Respondents with no commune in A6: left blank, or an answer the validation set aside (an unknown
   * code, listed in the wave's validation report) — A6 is null in the table.
   */
  readonly noCommune: number;
}

/**
 * Splits one export that covers several communes into one wave per commune, by the answer to A6
 * (the commune where the respondent mainly works, code `c` + postcode). Each wave keeps the
 * export's file, validation report and year, and only its commune's respondents. Every accepted
 * respondent is in exactly one wave or counted: those who work outside the Region in
 * `outsideRegion`, those without a commune in A6 (blank, or an unknown code the validation set
 * aside) in `noCommune`; rows the validation rejected are in its report. Pure.
 * @throws ReportError when the export's questionnaire has no A6, or nobody answered it with a commune.
 * @example splitByWorkCommune(wave, "fr").waves.map((w) => w.commune) // => ["1060", "1190"]
 */
export function splitByWorkCommune(wave: Wave, lang: Language): SplitWaves {
  const file = wave.provenance.file;
  if (!wave.instrument.questions.some((q) => q.id === "A6") || !wave.table.columnNames().includes("A6"))
    throw new ReportError("split_no_a6", { file }, lang);
  const a6 = wave.table.array("A6") as readonly (string | null)[];
  const postcodes = [
    ...new Set(a6.flatMap((v) => (typeof v === "string" && /^c\d{4}$/.test(v) ? [v.slice(1)] : []))),
  ].sort();
  if (postcodes.length === 0) throw new ReportError("split_no_commune", { file }, lang);
  const waves = postcodes.map((postcode) => ({
    ...wave,
    commune: postcode,
    table: wave.table
      .params({ code: `c${postcode}` })
      .filter((d: { A6: string | null }, $: { code: string }) => d.A6 === $.code)
      .derive({ commune: aq.escape(() => postcode) }),
  }));
  const inWaves = waves.reduce((s, w) => s + w.table.numRows(), 0);
  const outside = wave.table.numRows() - inWaves;
  const outsideRegion = a6.filter((v) => v === OUTSIDE_REGION).length;
  return { waves, outside, outsideRegion, noCommune: outside - outsideRegion };
}
