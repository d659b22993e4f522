import type { Wave } from "@monitoring-social/ingest";
import type { Language } from "@monitoring-social/questionnaire";
import * as aq from "arquero";
import { ReportError } from "../reportError.ts";

/** The waves one export gives when split by commune of work, and how many respondents were left out. */
export interface SplitWaves {
  /** One wave per commune of work (A6), by postcode; same file, validation and year. */
  readonly waves: readonly Wave[];
  /** Respondents who work outside Brussels (`hors_bxl`) or did not answer A6: in no wave. */
  readonly outside: number;
}

/**
 * Splits one export that covers several communes into one wave per commune, by the answer to A6
 * (the commune where the respondent mainly works, code `c` + postcode). Each wave keeps the
 * export's file, validation report and year, and only its commune's respondents; those who work
 * outside Brussels or left A6 blank are counted in `outside`. Pure.
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
  return { waves, outside: wave.table.numRows() - inWaves };
}
