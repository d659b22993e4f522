import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import {
  type ColumnMapping,
  harmonise,
  IngestError,
  MappingError,
  parseMapping,
  readWave,
  type Wave,
} from "@monitoring-social/ingest";
import {
  comparisonInstrument,
  DEFAULT_LANGUAGE,
  type Instrument,
  type Language,
} from "@monitoring-social/questionnaire";
import { surveyDesign } from "@monitoring-social/stats";
import { bullets, checkDefinitionQuestions } from "../definition/checkDefinition.ts";
import type { ReportDefinition, WaveSource } from "../definition/reportDefinition.ts";
import { fileErrorReason } from "../fileErrorReason.ts";
import { ReportError } from "../reportError.ts";
import { findHarmonisation, findInstrument } from "./registry.ts";
import type { Study } from "./study.ts";

/** Options of {@link loadStudy}. */
export interface LoadStudyOptions {
  /** Folder that wave paths are relative to (the definition file's folder). Default: the working directory. */
  readonly baseDir?: string;
  /** Reads a file. Default: `fs.readFileSync`. */
  readonly readFile?: (path: string) => Uint8Array;
  /** Language of errors. Default: `"fr"`. */
  readonly lang?: Language;
}

/**
 * Loads a study: reads and validates both waves of a definition (any supported export format),
 * harmonises them into the comparison schema, and checks that every question the sections name
 * exists there. Raw files are only read.
 *
 * @throws ReportError when a file cannot be read, a wave is not of the harmonisation's family, or
 * a section names an unknown question — in the user's language, naming the file or section.
 * @example const study = await loadStudy(definition, { baseDir: "reports/schaerbeek-2021-2025" })
 */
export async function loadStudy(definition: ReportDefinition, options: LoadStudyOptions = {}): Promise<Study> {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const baseDir = options.baseDir ?? ".";
  const read = options.readFile ?? ((p: string) => readFileSync(p));
  const harmonisation = findHarmonisation(definition.harmonisation ?? "worker", lang);

  // A wave's mapping: inline, or a mapping file relative to the definition's folder.
  const mappingOf = (source: WaveSource, wave: number, instrument: Instrument): ColumnMapping | undefined => {
    const m = source.mapping;
    if (m === undefined) return undefined;
    let value: unknown = m;
    if (typeof m === "string") {
      try {
        value = new TextDecoder().decode(read(resolve(baseDir, m)));
      } catch (e) {
        throw new ReportError(
          "unreadable_file",
          { file: m, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message },
          lang,
        );
      }
    } else if (m === null || typeof m !== "object" || Array.isArray(m)) {
      throw new ReportError("def_mapping", { wave }, lang);
    }
    try {
      return parseMapping(value, instrument).mapping;
    } catch (e) {
      if (e instanceof MappingError)
        throw new ReportError(
          "mapping_unusable",
          { wave, file: typeof m === "string" ? m : "mapping", detail: e.message },
          lang,
        );
      throw e;
    }
  };

  const load = async (source: WaveSource, wave: number): Promise<Wave> => {
    const instrument = findInstrument(source.instrument, lang);
    if (instrument.id !== harmonisation.instrument)
      throw new ReportError("wrong_family", { instrument: source.instrument, family: harmonisation.instrument }, lang);
    const path = resolve(baseDir, source.file);
    let bytes: Uint8Array;
    try {
      bytes = read(path);
    } catch (e) {
      throw new ReportError("unreadable_file", (l) => ({ file: source.file, detail: fileErrorReason(e, l) }), lang);
    }
    try {
      return await readWave(bytes, {
        instrument,
        fictional: source.fictional,
        file: basename(source.file),
        commune: source.commune ?? definition.commune,
        lang,
        ...(source.year !== undefined ? { year: source.year } : {}),
        ...(source.mapping !== undefined ? { mapping: mappingOf(source, wave, instrument) } : {}),
        ...(source.includeIncomplete !== undefined ? { includeIncomplete: source.includeIncomplete } : {}),
      });
    } catch (e) {
      if (e instanceof IngestError) throw new ReportError("wave_unreadable", { detail: e.messages[lang] }, lang);
      throw e;
    }
  };

  const waves = [await load(definition.waves[0], 1), await load(definition.waves[1], 2)] as const;
  if (waves[0].year === waves[1].year) throw new ReportError("same_year", { year: waves[0].year }, lang);
  const harmonised = harmonise(waves, harmonisation);
  const instrument = comparisonInstrument(
    harmonisation,
    waves.map((w) => w.instrument),
  );
  if (checkDefinitionQuestions(definition, instrument, lang).length > 0)
    throw new ReportError(
      "def_invalid",
      (l) => ({ file: definition.id, problems: bullets(checkDefinitionQuestions(definition, instrument, l)) }),
      lang,
    );
  const sorted = harmonised.waves as readonly Wave[];
  return {
    definition,
    waves: [sorted[0]!, sorted[1]!],
    harmonised,
    instrument,
    // Each wave is a stratum (R svydesign(ids = ~1, strata = ~vague)): two samples of fixed size.
    design: surveyDesign(harmonised.table, { strata: "vague" }),
    years: [sorted[0]!.year, sorted[1]!.year],
    fictional: harmonised.fictional,
    alpha: definition.alpha ?? 0.05,
    threshold: definition.threshold ?? 5,
  };
}
