/** A value of a cell: an answer code, a ticked (`true`) or unticked (`false`) choice, or no answer (`null`). */
export type CellCode = string | boolean | null;

/** What a published number counts, for disclosure control. */
export const FormKind = {
  /** Respondents who gave one of some answers (a cell, « souvent ou très souvent »): protected below the threshold. */
  count: "count",
  /** Respondents who answered at all (a base, « n = 178 »): published, withheld only as a last resort. */
  margin: "margin",
  /** A sum of answers weighted by their rank (a mean rank times its base): withheld when it would reveal a cell. */
  weighted: "weighted",
} as const;
/** One of the form kinds. */
export type FormKind = (typeof FormKind)[keyof typeof FormKind];

/**
 * A published number of a report as what a reader can compute from it: a linear combination of the
 * counts of respondents of one wave (or of several pooled: the other communes of a year) by their
 * answer to one variable. A share with its base, its interval, a difference whose other share is
 * published: each gives the count exactly, so each is described by the count it reveals.
 * @example { kind: "count", wave: "2025", variable: "E1", codes: ["souvent", "tres_souvent"], binary: true }
 * @example { kind: "margin", wave: ["2025-1060", "2025-1190"], variable: "A1", codes: { except: [null] } }
 */
export interface CountForm {
  readonly kind: FormKind;
  /** The wave (a value of the study's wave column), or the waves pooled (their counts added). */
  readonly wave: string | readonly string[];
  /** A column of the harmonised table: a question, or a choice's indicator column (`C1__cpas`). */
  readonly variable: string;
  /** Codes counted (`count`, `margin`), or every code but these (`{ except: [null, "nsp"] }`). Ignored by `weighted`. */
  readonly codes?: readonly CellCode[] | { readonly except: readonly CellCode[] };
  /** `weighted` only: the weight of each code (its rank); other codes weigh 0. */
  readonly weights?: Readonly<Record<string, number>>;
  /**
   * A yes/no figure (« X ou Y », a ticked choice): the respondents of its base who did NOT give
   * these answers are protected too (« tous sauf 2 »). Default: `false`.
   */
  readonly binary?: boolean;
  /** The value the statistics computed, checked against the data when the form is recorded. Default: not checked. */
  readonly observed?: number;
}

const codeKey = (c: CellCode) => JSON.stringify(c);

/**
 * The waves of a form, as a list (one wave, or the pooled ones), sorted.
 * @example formWaves({ kind: "count", wave: ["b", "a"], variable: "A1" }) // => ["a", "b"]
 */
export function formWaves(form: Pick<CountForm, "wave">): readonly string[] {
  return typeof form.wave === "string" ? [form.wave] : [...new Set(form.wave)].sort();
}

/**
 * A stable key of a form (its kind, wave, variable and codes; `observed` left out).
 * @example formKey({ kind: "margin", wave: "2021", variable: "A1", codes: { except: [null] } }) // => 'margin|2021|A1|except:null'
 */
export function formKey(form: CountForm): string {
  const codes =
    form.kind === "weighted"
      ? Object.entries(form.weights ?? {})
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([c, w]) => `${c}*${w}`)
          .join(",")
      : form.codes === undefined
        ? ""
        : Array.isArray(form.codes)
          ? [...(form.codes as readonly CellCode[])].map(codeKey).sort().join(",")
          : `except:${[...(form.codes as { except: readonly CellCode[] }).except].map(codeKey).sort().join(",")}`;
  return `${form.kind}|${formWaves(form).join("+")}|${form.variable}|${codes}`;
}

/**
 * The coefficient a form gives to a cell of its variable and wave (0 for a wave it does not count).
 * @example coefficient({ kind: "count", wave: "2021", variable: "E1", codes: ["souvent"] }, "2021", "souvent") // => 1
 */
export function coefficient(form: CountForm, wave: string, code: CellCode): number {
  if (!formWaves(form).includes(wave)) return 0;
  if (form.kind === "weighted") return typeof code === "string" ? (form.weights?.[code] ?? 0) : 0;
  const codes = form.codes;
  if (codes === undefined) return 1;
  if (Array.isArray(codes)) return (codes as readonly CellCode[]).includes(code) ? 1 : 0;
  return (codes as { except: readonly CellCode[] }).except.includes(code) ? 0 : 1;
}
