import { describe, expect, it } from "vitest";
import {
  assertValidInstrument,
  type Instrument,
  InstrumentError,
  type Question,
  validateInstrument,
  when,
} from "../../src/index.ts";
import { mini } from "../fixtures.ts";

/** Replaces one question of the fixture. */
function withQuestion(id: string, patch: Partial<Question>): Instrument {
  return { ...mini, questions: mini.questions.map((q) => (q.id === id ? { ...q, ...patch } : q)) };
}

function codes(instrument: Instrument): string[] {
  return validateInstrument(instrument).issues.map((i) => i.code);
}

describe("validateInstrument", () => {
  it("accepts a well-formed instrument", () => {
    expect(validateInstrument(mini)).toEqual({ valid: true, issues: [] });
  });

  it("rejects a duplicate question id and names it in both languages", () => {
    const broken = { ...mini, questions: [...mini.questions, { ...mini.questions[2]! }] };
    const { valid, issues } = validateInstrument(broken);
    expect(valid).toBe(false);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "duplicate_question_id", question: "A3" });
    expect(issues[0]!.message.fr).toContain("« A3 »");
    expect(issues[0]!.message.nl).toContain("Vraag ‘A3’");
  });

  it("rejects an invalid question id (space, or the column separator __)", () => {
    expect(codes(withQuestion("A3", { id: "A 3" }))).toEqual(["invalid_question_id"]);
    expect(codes(withQuestion("A3", { id: "A__3" }))).toEqual(["invalid_question_id"]);
  });

  it("rejects a choice code that is not a valid XLSForm name and suggests one", () => {
    const broken: Instrument = {
      ...mini,
      lists: mini.lists.map((l) =>
        l.name === "services"
          ? { ...l, choices: [...l.choices, { code: "Sécurité sociale", label: { fr: "x", nl: "x" } }] }
          : l,
      ),
    };
    const [issue] = validateInstrument(broken).issues;
    expect(issue?.code).toBe("invalid_choice_code");
    expect(issue?.message.fr).toContain("« securite_sociale »");
  });

  it("rejects duplicate choice codes, empty and duplicate lists", () => {
    const dupChoice: Instrument = {
      ...mini,
      lists: mini.lists.map((l) => (l.name === "services" ? { ...l, choices: [...l.choices, l.choices[0]!] } : l)),
    };
    expect(codes(dupChoice)).toEqual(["duplicate_choice_code"]);
    expect(codes({ ...mini, lists: [...mini.lists, { name: "vide", choices: [] }] })).toEqual(["empty_list"]);
    expect(codes({ ...mini, lists: [...mini.lists, mini.lists[0]!] })).toContain("duplicate_list");
  });

  it("rejects skip logic that points forward, to itself, or to nothing", () => {
    const forward = withQuestion("A3", { relevant: when.compare("B1", ">", 0) });
    const { issues } = validateInstrument(forward);
    expect(issues.map((i) => i.code)).toEqual(["skip_forward"]);
    expect(issues[0]!.message.fr).toContain("« A3 »");
    expect(issues[0]!.message.fr).toContain("« B1 »");
    expect(codes(withQuestion("B1", { relevant: when.compare("B1", ">", 0) }))).toEqual(["skip_forward"]);
    expect(codes(withQuestion("B3", { relevant: when.answered("Z9") }))).toEqual(["skip_unknown_question"]);
  });

  it("finds bad references nested inside and/or/not", () => {
    const nested = withQuestion("B4", { relevant: when.or(when.in("A1", "cpas"), when.not(when.answered("Z9"))) });
    expect(codes(nested)).toEqual(["skip_unknown_question"]);
  });

  it("rejects skip logic with an operator that does not fit the question, or an unknown code", () => {
    expect(codes(withQuestion("B3", { relevant: when.selected("A1", "cpas") }))).toEqual(["skip_wrong_kind"]);
    expect(codes(withQuestion("B3", { relevant: when.compare("A1", ">", 1) }))).toEqual(["skip_wrong_kind"]);
    expect(codes(withQuestion("B3", { relevant: when.in("A1", "ocmw") }))).toEqual(["skip_unknown_choice"]);
    expect(codes(withQuestion("B3", { relevant: when.selected("A2", "actiris") }))).toEqual(["skip_unknown_choice"]);
  });

  it("rejects a missing label in either language, naming the question and the language", () => {
    const { issues } = validateInstrument(withQuestion("A4", { label: { fr: "ETP", nl: " " } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("missing_label");
    expect(issues[0]!.message.fr).toBe("Question « A4 » : le libellé en néerlandais manque. Ajoutez la traduction.");
    expect(issues[0]!.message.nl).toContain("Vraag ‘A4’");
    const choiceLabel: Instrument = {
      ...mini,
      lists: mini.lists.map((l) =>
        l.name === "services" ? { ...l, choices: [{ code: "x", label: { fr: "", nl: "X" } }] } : l,
      ),
    };
    expect(validateInstrument(choiceLabel).issues.map((i) => i.message.fr)).toContain(
      "Liste « services », choix « x » : le libellé en français manque. Ajoutez la traduction.",
    );
  });

  it("rejects choice questions without a list or with an unknown list, and lists on other kinds", () => {
    expect(codes(withQuestion("A1", { list: undefined }))).toEqual(["missing_list"]);
    expect(codes(withQuestion("A1", { list: "nope" }))).toEqual(["unknown_list"]);
    expect(codes(withQuestion("A3", { list: "services" }))).toEqual(["unexpected_list"]);
  });

  it("rejects an unknown kind and an unknown module", () => {
    expect(codes(withQuestion("A3", { kind: "slider" as Question["kind"] }))).toEqual(["unknown_kind"]);
    expect(codes(withQuestion("A3", { module: "Z" }))).toEqual(["unknown_module"]);
  });

  it("rejects ordinal scales without ranks", () => {
    const noRank: Instrument = {
      ...mini,
      lists: mini.lists.map((l) =>
        l.name === "accord"
          ? { ...l, choices: l.choices.map((c) => ({ code: c.code, label: c.label, missing: c.missing })) }
          : l,
      ),
    };
    // "non" and "oui" lack a rank; "nsp" is a missing-type answer and needs none.
    expect(codes(noRank)).toEqual(["ordinal_without_rank", "ordinal_without_rank"]);
  });

  it("rejects bad ranges", () => {
    expect(codes(withQuestion("A3", { range: { min: 10, max: 5 } }))).toEqual(["invalid_range"]);
    expect(codes(withQuestion("B1", { range: { min: 0, max: 120 } }))).toEqual(["invalid_range"]);
    expect(codes(withQuestion("B3", { range: { min: 0 } }))).toEqual(["range_on_non_numeric"]);
  });

  it("does not mutate the instrument", () => {
    const frozen = structuredClone(mini);
    deepFreeze(frozen);
    expect(() => validateInstrument(frozen)).not.toThrow();
  });
});

describe("assertValidInstrument", () => {
  it("returns a valid instrument unchanged", () => {
    expect(assertValidInstrument(mini)).toBe(mini);
  });
  it("throws an InstrumentError listing the issues in the requested language", () => {
    const broken = withQuestion("A3", { relevant: when.answered("Z9") });
    expect(() => assertValidInstrument(broken, "nl")).toThrow(InstrumentError);
    expect(() => assertValidInstrument(broken, "nl")).toThrow(/Vraag ‘A3’: de weergavevoorwaarde verwijst naar ‘Z9’/);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
