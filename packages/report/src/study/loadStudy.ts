import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { MAX_WAVES } from "@monitoring-social/charts";
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
import * as aq from "arquero";
import { bullets, checkDefinitionQuestions } from "../definition/checkDefinition.ts";
import type { ReportDefinition, WaveSource } from "../definition/reportDefinition.ts";
import { typesetDefinition } from "../definition/typesetDefinition.ts";
import { fileErrorReason } from "../fileErrorReason.ts";
import { tr } from "../messages/index.ts";
import { ReportError } from "../reportError.ts";
import { REFERENCE_WAVES, referenceFolder } from "./referenceStudy.ts";
import { findHarmonisation, findInstrument, KNOWN_INSTRUMENTS } from "./registry.ts";
import { splitByWorkCommune } from "./splitByWorkCommune.ts";
import type { Study } from "./study.ts";
import { POOLED_COLUMN, STUDY_STRATA, STUDY_WAVE_COLUMN } from "./studyColumns.ts";
import { communeText, studyCommune } from "./studyCommune.ts";
import { studyComparisons } from "./studyComparison.ts";
import { studyShape } from "./studyShape.ts";
import type { StudyWave } from "./studyWave.ts";

/** Options of {@link loadStudy}. */
export interface LoadStudyOptions {
  /** Folder that wave paths are relative to (the definition file's folder). Default: the working directory. */
  readonly baseDir?: string;
  /** Reads a file. Default: `fs.readFileSync`. */
  readonly readFile?: (path: string) => Uint8Array;
  /** Language of errors. Default: `"fr"`. */
  readonly lang?: Language;
  /**
   * Folder of the reference study's exports (`reference` in the definition). Default: its folder
   * in this repository (`datasets/schaerbeek/`).
   */
  readonly referenceDir?: string;
}

/**
 * Loads a study: reads and validates every wave of a definition (any supported export format; an
 * export split into communes by A6 when a wave asks for it) and, with `reference`, the reference
 * study's waves through the same loader; harmonises them across every instrument version they use;
 * names each wave (its commune in French and Dutch from the postcode, its year); works out the
 * study's shape and the comparisons it calls for; builds the design stratified by wave × commune;
 * and checks that every question the sections name exists. Raw files are only read.
 *
 * @throws ReportError when a file cannot be read, a wave has no accepted respondent, a wave is not of the harmonisation's family, two
 * waves are the same commune and year, a commune has more waves than charts have colours, the
 * reference is missing or is one of the study's communes, or a section names an unknown question —
 * in the user's language, naming the file, wave or section.
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

  const load = async (source: WaveSource, wave: number, dir: string, commune: string): Promise<Wave> => {
    const instrument = findInstrument(source.instrument, lang);
    if (instrument.id !== harmonisation.instrument)
      throw new ReportError("wrong_family", { instrument: source.instrument, family: harmonisation.instrument }, lang);
    const path = resolve(dir, source.file);
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
        commune,
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

  // The definition's waves; an export split by commune of work gives one wave per commune.
  const own: { wave: Wave; reference: boolean }[] = [];
  const outsideCommunes: Study["outsideCommunes"][number][] = [];
  for (const [i, source] of definition.waves.entries()) {
    const wave = await load(source, i + 1, baseDir, source.commune ?? definition.commune);
    if (wave.table.numRows() === 0)
      throw new ReportError(
        "wave_no_respondent",
        { wave: i + 1, file: source.file, instrument: source.instrument, rejected: wave.provenance.rowsRejected },
        lang,
      );
    if (source.splitByWorkCommune !== true) {
      own.push({ wave, reference: false });
      continue;
    }
    const split = splitByWorkCommune(wave, lang);
    for (const w of split.waves) own.push({ wave: w, reference: false });
    outsideCommunes.push({
      file: wave.provenance.file,
      rows: split.outside,
      outsideRegion: split.outsideRegion,
      noCommune: split.noCommune,
    });
  }

  // The reference's waves, through the same loader.
  const reference: { wave: Wave; reference: boolean }[] = [];
  if (definition.reference !== undefined) {
    const ref = REFERENCE_WAVES[definition.reference];
    if (own.some((w) => studyCommune(w.wave.commune).postcode === ref.commune))
      throw new ReportError("reference_own_commune", { reference: definition.reference, commune: ref.commune }, lang);
    const dir = options.referenceDir ?? referenceFolder(definition.reference);
    if (dir === undefined) throw new ReportError("reference_missing", { reference: definition.reference }, lang);
    for (const [i, source] of ref.waves.entries())
      reference.push({ wave: await load(source, i + 1, dir, ref.commune), reference: true });
  }

  // One wave per commune and year.
  const all = [...own, ...reference];
  const seen = new Map<string, Wave>();
  for (const { wave } of all) {
    const key = `${studyCommune(wave.commune).postcode}|${wave.year}`;
    if (seen.has(key))
      throw new ReportError(
        "same_year",
        (l) => ({ year: wave.year, commune: communeText(studyCommune(wave.commune), l) }),
        lang,
      );
    seen.set(key, wave);
  }
  const ownCommunes = [...new Set(own.map((w) => studyCommune(w.wave.commune).postcode))];
  for (const c of ownCommunes) {
    const n = own.filter((w) => studyCommune(w.wave.commune).postcode === c).length;
    if (n > MAX_WAVES)
      throw new ReportError(
        "too_many_waves",
        (l) => ({ commune: communeText(studyCommune(c), l), count: n, max: MAX_WAVES }),
        lang,
      );
  }

  // Keys and labels.
  const allCommunes = new Set(all.map((w) => studyCommune(w.wave.commune).postcode));
  const ownYears = new Set(own.map((w) => w.wave.year));
  const first = studyCommune(definition.commune).postcode;
  const waves: StudyWave[] = all
    .map(({ wave, reference: isReference }) => {
      const place = studyCommune(wave.commune);
      const key = allCommunes.size === 1 ? wave.year : `${wave.year}-${place.postcode}`;
      const label = (l: Language) => {
        if (isReference)
          return `${place.name[l]} ${wave.year}${wave.fictional ? ` (${tr("fictional_short", l)})` : ""}`;
        if (allCommunes.size === 1) return wave.year;
        if (ownYears.size === 1) return place.name[l];
        return `${place.name[l]} ${wave.year}`;
      };
      return {
        ...wave,
        // Every respondent of a wave has its commune (a file's own `commune` column is not trusted).
        commune: place.postcode,
        table: wave.table.derive({ commune: aq.escape(() => place.postcode) }),
        key,
        place,
        label: { fr: label("fr"), nl: label("nl") },
        reference: isReference,
        respondents: wave.table.numRows(),
      };
    })
    .sort(
      (a, b) =>
        Number(a.reference) - Number(b.reference) ||
        a.year.localeCompare(b.year) ||
        Number(b.place.postcode === first) - Number(a.place.postcode === first) ||
        a.place.postcode.localeCompare(b.place.postcode),
    );

  // One table in the comparison schema of every version the waves use.
  const family = KNOWN_INSTRUMENTS.filter((i) => i.id === harmonisation.instrument);
  const harmonised = harmonise(waves, harmonisation, { instruments: family });
  const minSample = definition.minSample ?? 30;
  const { comparisons, tooSmall } = studyComparisons(waves, { minSample, commune: first });
  const keyOf = new Map(waves.map((w) => [`${w.year}|${w.place.postcode}`, w]));
  const vague = harmonised.table.array("vague") as readonly string[];
  const commune = harmonised.table.array("commune") as readonly string[];
  const rowWave = vague.map((y, i) => keyOf.get(`${y}|${commune[i]}`)!);
  const columns: Record<string, (string | null)[]> = {
    [STUDY_WAVE_COLUMN]: rowWave.map((w) => w.key),
    [POOLED_COLUMN]: rowWave.map((w) => (w.reference ? null : w.year)),
  };
  for (const c of comparisons)
    if (c.column !== STUDY_WAVE_COLUMN)
      columns[c.column] = rowWave.map((w) =>
        c.groups[1].waves.includes(w.key)
          ? c.groups[1].key
          : c.groups[0].waves.includes(w.key)
            ? c.groups[0].key
            : null,
      );
  const table = harmonised.table.assign(aq.table(columns));
  const versions = harmonisation.versions.filter((v) => waves.some((w) => w.instrument.version === v));
  const instrument = comparisonInstrument(harmonisation, family, { versions });
  if (checkDefinitionQuestions(definition, instrument, lang).length > 0)
    throw new ReportError(
      "def_invalid",
      (l) => ({ file: definition.id, problems: bullets(checkDefinitionQuestions(definition, instrument, l)) }),
      lang,
    );
  const ownWaves = waves.filter((w) => !w.reference);
  return {
    // French texts typed with plain spaces are set as the report sets its own.
    definition: typesetDefinition(definition),
    waves,
    harmonised: { ...harmonised, table, waves },
    instrument,
    // Each wave of each commune is a stratum (R svydesign(ids = ~1, strata = ~interaction(vague, commune))).
    design: surveyDesign(table, { strata: [...STUDY_STRATA] }),
    years: [...new Set(ownWaves.map((w) => w.year))].sort(),
    communes: [...new Set(ownWaves.map((w) => w.place.postcode))]
      .sort((a, b) => Number(b === first) - Number(a === first) || a.localeCompare(b))
      .map(studyCommune),
    shape: studyShape(ownWaves.map((w) => ({ commune: w.place.postcode, year: w.year }))),
    comparisons,
    tooSmall,
    outsideCommunes,
    fictional: ownWaves.some((w) => w.fictional),
    alpha: definition.alpha ?? 0.05,
    threshold: definition.threshold ?? 5,
    minSample,
  };
}
