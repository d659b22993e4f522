import { worker2021, worker2025 } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import { recogniseColumns } from "../../src/index.ts";

const targets = (header: string[], format: Parameters<typeof recogniseColumns>[2] = "codebook") =>
  recogniseColumns(header, worker2025, format).map((r) => {
    const b = r.binding;
    if (b.kind === "answer") return b.question;
    if (b.kind === "indicator") return `${b.question}__${b.choice}`;
    if (b.kind === "otherText") return `${b.question}__autre_texte`;
    return b.kind;
  });

describe("recogniseColumns", () => {
  it("recognises question ids, also squeezed to letters and digits (LimeSurvey: B1_pct → B1pct), any case", () => {
    expect(targets(["B1_pct", "B1pct", "b1 pct", "a1"])).toEqual(["B1_pct", "unmatched", "unmatched", "A1"]);
    // One column per target: the first feeds it, the next ones are duplicates.
    const [, second] = recogniseColumns(["B1_pct", "B1pct"], worker2025, "codebook");
    expect(second!.duplicateOf).toBe(0);
    expect(targets(["B1pct"], "limesurvey")).toEqual(["B1_pct"]);
  });

  it("recognises labels and short labels in French and in Dutch, ignoring accents, case and punctuation", () => {
    expect(targets(["dans quel type de structure travaillez vous", "Ancienneté (années)"])).toEqual(["A1", "A4"]);
    expect(targets(["In welk type organisatie werkt u?", "Anciënniteit (jaren)"])).toEqual(["A1", "A4"]);
  });

  it("looks behind group names and labels, whatever the separator", () => {
    for (const h of ["A/A1", "A. Votre profil/Type de structure", "A. Uw profiel - Type organisatie", "A > A1"])
      expect(targets([h], "kobo"), h).toEqual(["A1"]);
    expect(targets(["B :: Part du temps consacrée aux démarches"], "kobo")).toEqual(["B1_pct"]);
  });

  it("recognises one column per choice: by code or label, behind the question's code or label", () => {
    expect(
      targets(["C/C1/cpas", "Secteurs/Logement", "In welke sector(en) werkt u?/Gezondheid", "C1__commune"], "kobo"),
    ).toEqual(["C1__cpas", "A2__logement", "A2__sante", "C1__commune"]);
    expect(targets(["C1[cpas]", "C1[commune]"], "limesurvey")).toEqual(["C1__cpas", "C1__commune"]);
  });

  it("reads LimeSurvey's default subquestion codes by position, its [other] and [comment], and code & text headings", () => {
    const r = recogniseColumns(
      [
        "A2[SQ002]",
        "A2[other]",
        "A1[comment]",
        "C1[SQ001]. Quels services ou organismes… [Commune]",
        "A1. Dans quel type de structure travaillez-vous ?",
      ],
      worker2025,
      "limesurvey",
    );
    expect(r.map((x) => x.binding)).toEqual([
      { kind: "indicator", question: "A2", choice: "logement" },
      { kind: "otherText", question: "A2" },
      { kind: "metadata" },
      { kind: "indicator", question: "C1", choice: "commune" },
      { kind: "answer", question: "A1" },
    ]);
    expect(r.map((x) => x.via)).toEqual(["position", "code", "tool", "position", "code"]);
  });

  it("recognises the XLSForm's « précisez » labels of other texts, in both languages", () => {
    expect(
      targets(["Type de structure : précisez « Autre (précisez) »", "Sectoren: preciseer « Andere (preciseer) »"]),
    ).toEqual(["A1__autre_texte", "A2__autre_texte"]);
    expect(targets(["A1__autre_texte"])).toEqual(["A1__autre_texte"]);
  });

  it("recognises a Google Forms grid row by the question it names", () => {
    const f1 = worker2025.questions.find((q) => q.id === "F1")!.label;
    const f2 = worker2025.questions.find((q) => q.id === "F2")!.label;
    expect(
      targets(
        [`Dans quelle mesure êtes-vous d'accord ? [${f1.fr}]`, `In welke mate bent u het eens? [${f2.nl}]`],
        "google-forms",
      ),
    ).toEqual(["F1", "F2"]);
  });

  it("leaves the tool's metadata out, and offers a guess for an unknown column without binding it", () => {
    const r = recogniseColumns(["_uuid", "_submission_time", "Minutes par démarche accompagnée"], worker2025, "kobo");
    expect(r.map((x) => x.binding.kind)).toEqual(["id", "metadata", "unmatched"]);
    expect(r[2]!.guess).toBe("B4");
  });

  it("never guesses a question another column already feeds", () => {
    const r = recogniseColumns(["B4", "Minutes par démarche accompagnée"], worker2025, "codebook");
    expect(r[1]!.guess).not.toBe("B4");
  });

  it("works for every instrument version (2021: B1 brackets)", () => {
    expect(recogniseColumns(["B/B1"], worker2021, "kobo")[0]!.binding).toEqual({ kind: "answer", question: "B1" });
  });
});
