import {
  type Instrument,
  indicatorColumn,
  isChoiceKind,
  isNumericKind,
  otherTextColumn,
  type Question,
} from "@monitoring-social/questionnaire";
import { PLAIN_VALUES, type ValueConventions } from "../formats/valueConventions.ts";
import type { ColumnBinding } from "../mapping/columnBinding.ts";
import type { IngestMessageCode } from "../messages/index.ts";
import {
  type ChoiceResolver,
  type DecimalSeparator,
  parseDate,
  parseDuration,
  parseIndicator,
  parseNumber,
  splitMultiple,
} from "./parseValues.ts";

/** Parameters of a message that has none. */
export const NO_PARAMS: Readonly<Record<string, string | number>> = Object.freeze({});

/** Options of {@link cellTyper} (see `IngestRowsOptions`). */
export interface CellTypingOptions {
  /** Decimal separator of numbers. */
  readonly decimal: DecimalSeparator;
  /** Whether an unknown answer to a question with an "other" choice is that other text. Default: `false`. */
  readonly otherInPlace?: boolean;
  /** How the file's tool writes blanks, its own "other", positional codes. Default: plain codes and labels. */
  readonly values?: ValueConventions;
}

function rangeOf(q: Question): { min: number; max: number } {
  return {
    min: q.range?.min ?? (q.kind === "percent" ? 0 : Number.NEGATIVE_INFINITY),
    max: q.range?.max ?? (q.kind === "percent" ? 100 : Number.POSITIVE_INFINITY),
  };
}

/** A canonical value as written by a cell (missing values are simply not written). */
export type Written = string | number | boolean;

/** A problem found in one cell, before it is placed at a row. */
export interface CellWarning {
  readonly code: IngestMessageCode;
  readonly value: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What a raw cell means: canonical values to write, problems, and what skip logic needs to know. */
export interface CellOutcome {
  /** Canonical column index → value, in the order a row-by-row reading would write them. */
  readonly writes: readonly (readonly [number, Written])[];
  /** Problems of the cell (the value concerned is not written). */
  readonly warnings: readonly CellWarning[];
  /** The cell holds an answer to its question (names the column of a `not_asked` problem). */
  readonly seen: boolean;
  /** A multiple-choice list cell was read (its question counts as answered, unticked → false). */
  readonly listed: boolean;
  /** "Other" text written in place of a choice (Google Forms), to join into `__autre_texte`. */
  readonly pieces: readonly string[] | null;
}

/** A blank cell: nothing written, nothing to report. */
export const NOTHING: CellOutcome = { writes: [], warnings: [], seen: false, listed: false, pieces: null };

function outcome(o: Partial<CellOutcome>): CellOutcome {
  return { ...NOTHING, ...o };
}

function warning(code: IngestMessageCode, value: string, params = NO_PARAMS): CellWarning {
  return { code, value, params };
}

/**
 * The meaning of each raw string of one file column, by its binding and the instrument: the
 * canonical values it writes (codes, numbers, dates, indicators, texts) or the problems it raises,
 * as a row-by-row reading would. `null` for columns that feed nothing (id, metadata, unmatched).
 * @example cellTyper({ kind: "answer", question: "B3" }, worker2025, col, resolvers, { decimal: "," })!("500").warnings[0].code // => "out_of_range"
 */
export function cellTyper(
  b: ColumnBinding,
  instrument: Instrument,
  col: (name: string) => number,
  resolvers: ReadonlyMap<string, ChoiceResolver>,
  options: CellTypingOptions,
): ((raw: string) => CellOutcome) | null {
  const question = (id: string) => instrument.questions.find((q) => q.id === id)!;
  const conventions = options.values ?? PLAIN_VALUES;
  const typer = typerOf(b, col, resolvers, options, question, conventions);
  if (typer === null || conventions.blank.size === 0) return typer;
  // The tool's own "nothing here" (LimeSurvey `N/A`) is a blank cell.
  return (raw) => (conventions.blank.has(raw.trim()) ? NOTHING : typer(raw));
}

function typerOf(
  b: ColumnBinding,
  col: (name: string) => number,
  resolvers: ReadonlyMap<string, ChoiceResolver>,
  options: CellTypingOptions,
  question: (id: string) => Question,
  conventions: ValueConventions,
): ((raw: string) => CellOutcome) | null {
  switch (b.kind) {
    case "key": {
      const at = col(b.key);
      return (raw) => {
        const t = raw.trim();
        return t === "" ? NOTHING : outcome({ writes: [[at, t]] });
      };
    }
    case "otherText": {
      const at = col(otherTextColumn(b.question));
      // LimeSurvey's `Q[other]` text is the only trace of its "Other" option in a multiple choice.
      const q = question(b.question);
      const other =
        conventions.otherTextImpliesChoice && q.kind === "multiple" ? resolvers.get(q.id)?.other : undefined;
      const otherAt = other ? col(indicatorColumn(q.id, other.code)) : -1;
      return (raw) => {
        const t = raw.trim();
        if (t === "") return NOTHING;
        return outcome({
          writes:
            otherAt >= 0
              ? [
                  [at, t],
                  [otherAt, true],
                ]
              : [[at, t]],
          seen: true,
        });
      };
    }
    case "indicator": {
      const at = col(indicatorColumn(b.question, b.choice));
      return (raw) => {
        const v = parseIndicator(raw);
        if (v === undefined) return outcome({ warnings: [warning("unknown_choice", raw)] });
        return v === null ? NOTHING : outcome({ writes: [[at, v]], seen: true });
      };
    }
    case "answer":
      break;
    default:
      return null;
  }
  const q = question(b.question);
  const at = col(q.id);
  if (q.kind === "multiple") {
    const resolver = resolvers.get(q.id)!;
    const otherAt = resolver.other ? col(indicatorColumn(q.id, resolver.other.code)) : -1;
    return (raw) => {
      if (raw.trim() === "") return NOTHING;
      const { codes, rest } = splitMultiple(raw, resolver);
      const writes: [number, Written][] = codes.map((c) => [col(indicatorColumn(q.id, c)), true]);
      if (rest.length === 0) return outcome({ writes, seen: true, listed: true });
      if (otherAt >= 0 && options.otherInPlace) {
        writes.push([otherAt, true]);
        return outcome({ writes, seen: true, listed: true, pieces: rest });
      }
      return outcome({ writes, seen: true, listed: true, warnings: rest.map((r) => warning("unknown_choice", r)) });
    };
  }
  if (isChoiceKind(q.kind)) {
    const resolver = resolvers.get(q.id)!;
    const otherInPlace = resolver.other !== undefined && q.kind === "single" && options.otherInPlace === true;
    const toolOther = resolver.other && conventions.other.size > 0 ? resolver.other.code : undefined;
    return (raw) => {
      if (raw.trim() === "") return NOTHING;
      const code =
        resolver.resolve(raw) ??
        (toolOther !== undefined && conventions.other.has(raw.trim()) ? toolOther : undefined) ??
        conventions.positional(raw, resolver.choices)?.code;
      if (code !== undefined) return outcome({ writes: [[at, code]], seen: true });
      // Google Forms writes the "other" text in place of the choice.
      if (otherInPlace) return outcome({ writes: [[at, resolver.other!.code]], seen: true, pieces: [raw.trim()] });
      return outcome({ seen: true, warnings: [warning("unknown_choice", raw)] });
    };
  }
  if (isNumericKind(q.kind)) {
    const { min, max } = rangeOf(q);
    const integer = q.kind === "integer";
    const range = `${Number.isFinite(min) ? min : "…"}–${Number.isFinite(max) ? max : "…"}`.replaceAll(".", ",");
    return (raw) => {
      if (raw.trim() === "") return NOTHING;
      const v = parseNumber(raw, options.decimal);
      if (v === undefined) {
        // A duration (« 2h30 ») is not converted: the message says which number to type instead.
        const minutes = parseDuration(raw);
        const params = minutes === undefined ? NO_PARAMS : { minutes, hours: Math.round((minutes / 60) * 100) / 100 };
        return outcome({ seen: true, warnings: [warning("not_a_number", raw, params)] });
      }
      if (v !== null && (v < min || v > max || (integer && !Number.isInteger(v))))
        return outcome({ seen: true, warnings: [warning("out_of_range", raw, { range })] });
      return v === null ? outcome({ seen: true }) : outcome({ writes: [[at, v]], seen: true });
    };
  }
  if (q.kind === "date") {
    return (raw) => {
      if (raw.trim() === "") return NOTHING;
      const v = parseDate(raw);
      if (v === undefined) return outcome({ seen: true, warnings: [warning("invalid_date", raw)] });
      return v === null ? outcome({ seen: true }) : outcome({ writes: [[at, v]], seen: true });
    };
  }
  return (raw) => {
    const t = raw.trim();
    return t === "" ? NOTHING : outcome({ writes: [[at, t]], seen: true });
  };
}
